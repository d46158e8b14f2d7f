"""The result of a speech request, and writing it to disk atomically."""

from __future__ import annotations

import contextlib
import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import BinaryIO

    from tts_sdk._media._probe import AudioInfo

#: file extensions -> the format they name.
SUFFIXES = {
    ".mp3": "mp3",
    ".wav": "wav",
    ".flac": "flac",
    ".opus": "opus",
    ".ogg": "opus",
    ".aac": "aac",
    ".pcm": "pcm",
}
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

    __slots__ = ("_info", "content", "content_type", "format", "model", "pcm_rate", "request_id", "url", "usage")

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
        pcm_rate: int | None = None,
    ) -> None:
        from tts_sdk._media._probe import fixed_wav_sizes  # noqa: PLC0415 - kept out of `import tts_sdk`

        #: The audio bytes; a streamed WAV (sizes ``0xFFFFFFFF``) gets its true sizes, so ``wave`` reads it.
        self.content = fixed_wav_sizes(content) if content[:4] == b"RIFF" else content
        #: The sample rate of raw ``pcm`` (16-bit mono): the API's documented one, or the one requested.
        self.pcm_rate = pcm_rate
        self._info: AudioInfo | None = None
        self.content_type = content_type
        self.format = format
        self.model = model
        self.url = url
        self.usage = usage
        self.request_id = request_id

    @property
    def duration(self) -> float | None:
        """Seconds of audio, read from the format's headers (None where they do not tell, as for aac)."""
        return self._probe().duration

    @property
    def sample_rate(self) -> int | None:
        """Samples per second (Opus: the rate the encoder was given); None where the format does not tell."""
        return self._probe().sample_rate

    @property
    def channels(self) -> int | None:
        """1 for mono, 2 for stereo; None where the format does not tell."""
        return self._probe().channels

    def _probe(self) -> AudioInfo:
        if self._info is None:
            from tts_sdk._media._probe import probe  # noqa: PLC0415

            self._info = probe(self.content, self.format, self.pcm_rate)
        return self._info

    def save(self, path: str | os.PathLike[str], *, force: bool = False) -> Path:
        """Write the audio to ``path`` atomically (a temporary file, then a rename) and return the path.

        A path whose extension names another format (WAV bytes into ``x.mp3``) raises
        :class:`FormatMismatchError` unless ``force=True``.
        """
        from pathlib import Path  # noqa: PLC0415 - pathlib is only needed when saving

        target = Path(path)
        named = SUFFIXES.get(target.suffix.lower())
        if named is not None and self.format is not None and named != self.format and not force:
            from tts_sdk._errors import FormatMismatchError  # noqa: PLC0415

            raise FormatMismatchError(
                f"refusing to write {self.format} audio to {target}: its extension names {named} "
                f"(use a .{self.format} path, or save(..., force=True))"
            )
        write_atomic(target, self.content)
        return target

    def read(self) -> bytes:
        """The audio bytes (openai-python's ``response.read()``)."""
        return self.content

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The audio in chunks of ``chunk_size`` bytes (default: all at once), as openai-python's response."""
        size = chunk_size or len(self.content) or 1
        for start in range(0, len(self.content), size):
            yield self.content[start : start + size]

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """openai-python's name for :meth:`save` (atomic; the extension is not checked, as there)."""
        self.save(file, force=True)

    def stream_to_file(self, file: str | os.PathLike[str]) -> None:
        """openai-python's (deprecated) name for :meth:`write_to_file`."""
        self.save(file, force=True)

    def __len__(self) -> int:
        return len(self.content)

    def __repr__(self) -> str:
        return (
            f"Audio(model={self.model!r}, format={self.format!r}, content_type={self.content_type!r}, "
            f"bytes={len(self.content)}, duration={self.duration!r}, url={self.url!r}, request_id={self.request_id!r})"
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
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it 0600: give it the mode open() would
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the complete new one, never a part."""
    with atomic_file(path) as handle:
        handle.write(data)


def format_of(content_type: str) -> str | None:
    """The format name for a media type (``audio/mpeg`` -> ``mp3``), if it is an audio type we know."""
    return FORMATS.get(content_type.split(";", 1)[0].strip().lower())
