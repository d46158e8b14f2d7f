"""The result of a speech request, and writing it to disk atomically."""

from __future__ import annotations

import contextlib
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import BinaryIO

#: audio media types -> format names (the API vocabulary).
FORMATS = {
    "audio/mpeg": "mp3",
    "audio/mp3": "mp3",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/wave": "wav",
    "audio/ogg": "opus",
    "audio/opus": "opus",
    "audio/flac": "flac",
    "audio/x-flac": "flac",
    "audio/aac": "aac",
    "audio/pcm": "pcm",
    "audio/l16": "pcm",
}


class Usage:
    """What a request cost, as the provider reports it (AIML: ``meta.usage``)."""

    __slots__ = ("credits_used", "usd_spent")

    def __init__(self, credits_used: float | None, usd_spent: float | None) -> None:
        self.credits_used = credits_used
        self.usd_spent = usd_spent

    def __repr__(self) -> str:
        return f"Usage(credits_used={self.credits_used!r}, usd_spent={self.usd_spent!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Usage) and (self.credits_used, self.usd_spent) == (other.credits_used, other.usd_spent)

    __hash__ = None  # type: ignore[assignment]


class Audio:
    """Synthesized speech: the bytes and what is known about them."""

    __slots__ = ("content", "content_type", "format", "model", "request_id", "url", "usage")

    def __init__(
        self,
        content: bytes,
        *,
        content_type: str,
        format: str | None,
        model: str,
        url: str | None = None,
        usage: Usage | None = None,
        request_id: str | None = None,
    ) -> None:
        self.content = content
        self.content_type = content_type
        self.format = format
        self.model = model
        self.url = url
        self.usage = usage
        self.request_id = request_id

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the audio to ``path`` atomically (a temporary file, then a rename) and return the path."""
        from pathlib import Path  # noqa: PLC0415 - pathlib is only needed when saving

        target = Path(path)
        write_atomic(target, self.content)
        return target

    def __len__(self) -> int:
        return len(self.content)

    def __repr__(self) -> str:
        return (
            f"Audio(model={self.model!r}, format={self.format!r}, content_type={self.content_type!r}, "
            f"bytes={len(self.content)}, url={self.url!r}, request_id={self.request_id!r})"
        )


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only if the block ends without error, complete and fsynced.

    It is written as a temporary file beside ``path`` and renamed over it; on any error the temporary file
    is removed, so a reader sees the old file or the complete new one, never a part.
    """
    import tempfile  # noqa: PLC0415 - costs ~10 ms to import; only saving needs it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the complete new one, never a part."""
    with atomic_file(path) as handle:
        handle.write(data)


def format_of(content_type: str) -> str | None:
    """The format name for a media type (``audio/mpeg`` -> ``mp3``), if it is an audio type we know."""
    return FORMATS.get(content_type.split(";", 1)[0].strip().lower())
