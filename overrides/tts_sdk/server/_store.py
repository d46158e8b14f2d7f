"""Audio the AIML endpoint made, kept so that the URL it returns can be fetched: small files in memory,
large ones in a private temporary folder."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import IO

#: What the store holds at most: this many files, this many bytes in memory and on disk, each this many seconds.
DEFAULT_CAPACITY = 512
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_DISK_BYTES = 4 * 1024 * 1024 * 1024
DEFAULT_TTL_SECONDS = 3600.0
#: Files up to this size are kept in memory; larger ones on disk.
MEMORY_FILE_BYTES = 1024 * 1024


class StoredFile:
    """A file on disk: its path, size and media type."""

    def __init__(self, path: Path, size: int, media_type: str) -> None:
        self.path, self.size, self.media_type = path, size, media_type


Entry = tuple[bytes, str] | StoredFile | str


class AudioStore:
    """Recent files, oldest dropped first past ``capacity`` files, ``max_bytes`` in memory or ``max_disk_bytes``
    on disk, each kept at most ``ttl`` seconds (then its URL answers 404, as an expired link does); the newest
    always stays. Redirect entries are for fault injection.
    """

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_disk_bytes: int = DEFAULT_MAX_DISK_BYTES,
        ttl: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._files: OrderedDict[str, tuple[float, Entry]] = OrderedDict()
        self._capacity, self._max_bytes, self._max_disk_bytes, self._ttl = capacity, max_bytes, max_disk_bytes, ttl
        self._clock = clock
        self._bytes = self._disk_bytes = 0
        self._folder: Path | None = None
        self._lock = threading.Lock()

    def add(self, content: bytes, media_type: str, extension: str) -> str:
        """Keep a file held in memory; return its name (random, with the format's extension)."""
        return self._put(_name(extension), (content, media_type))

    def add_file(self, source: IO[bytes], size: int, media_type: str, extension: str) -> str:
        """Keep the rest of ``source`` (``size`` bytes): in memory when small, else copied to disk. Blocking."""
        if size <= MEMORY_FILE_BYTES:
            return self.add(source.read(), media_type, extension)
        name = _name(extension)
        path = self._folder_path() / name
        with path.open("xb") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
        return self._put(name, StoredFile(path, size, media_type))

    def add_redirect(self, location: str, extension: str) -> str:
        """A name whose URL redirects to ``location``."""
        return self._put(_name(extension), location)

    def get(self, name: str) -> Entry | None:
        """The file ((content, media type) or a :class:`StoredFile`), a redirect location, or None."""
        with self._lock:
            self._expire()
            found = self._files.get(name)
            return found[1] if found else None

    @property
    def size(self) -> int:
        """Bytes of audio held in memory."""
        return self._bytes

    def close(self) -> None:
        """Forget every file and remove the folder on disk."""
        with self._lock:
            self._files.clear()
            self._bytes = self._disk_bytes = 0
            if self._folder is not None:
                shutil.rmtree(self._folder, ignore_errors=True)
                self._folder = None

    def _folder_path(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="tts-sdk-audio-"))
            return self._folder

    def _put(self, name: str, entry: Entry) -> str:
        with self._lock:
            self._files[name] = (self._clock(), entry)
            self._account(entry, 1)
            self._expire()
            while len(self._files) > 1 and (
                len(self._files) > self._capacity
                or self._bytes > self._max_bytes
                or self._disk_bytes > self._max_disk_bytes
            ):
                self._drop(next(iter(self._files)))
        return name

    def _expire(self) -> None:
        oldest = self._clock() - self._ttl
        while self._files:
            name, (added, _entry) = next(iter(self._files.items()))
            if added > oldest:
                break
            self._drop(name)

    def _drop(self, name: str) -> None:
        entry = self._files.pop(name)[1]
        self._account(entry, -1)
        if isinstance(entry, StoredFile):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)

    def _account(self, entry: Entry, sign: int) -> None:
        if isinstance(entry, StoredFile):
            self._disk_bytes += sign * entry.size
        elif isinstance(entry, tuple):
            self._bytes += sign * len(entry[0])


def _name(extension: str) -> str:
    return f"{secrets.token_hex(12)}.{extension}"
