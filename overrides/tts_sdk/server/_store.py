"""Audio the AIML endpoint made, kept in memory so that the URL it returns can be fetched."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

#: What the store holds at most: this many files, this many bytes in all, each for this many seconds.
DEFAULT_CAPACITY = 512
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
DEFAULT_TTL_SECONDS = 3600.0


class AudioStore:
    """Recent files, oldest dropped first past ``capacity`` files or ``max_bytes`` bytes, each kept at most
    ``ttl`` seconds (then its URL answers 404, as an expired link does); redirect entries for fault injection.
    """

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        ttl: float = DEFAULT_TTL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._files: OrderedDict[str, tuple[float, tuple[bytes, str] | str]] = OrderedDict()
        self._capacity, self._max_bytes, self._ttl = capacity, max_bytes, ttl
        self._clock = clock
        self._bytes = 0
        self._lock = threading.Lock()

    def add(self, content: bytes, media_type: str, extension: str) -> str:
        """Keep a file; return its name (random, with the format's extension)."""
        return self._put(f"{secrets.token_hex(12)}.{extension}", (content, media_type))

    def add_redirect(self, location: str, extension: str) -> str:
        """A name whose URL redirects to ``location``."""
        return self._put(f"{secrets.token_hex(12)}.{extension}", location)

    def get(self, name: str) -> tuple[bytes, str] | str | None:
        """The file (content, media type), a redirect location, or None (unknown or expired)."""
        with self._lock:
            self._expire()
            found = self._files.get(name)
            return found[1] if found else None

    @property
    def size(self) -> int:
        """Bytes of audio held."""
        return self._bytes

    def _put(self, name: str, entry: tuple[bytes, str] | str) -> str:
        with self._lock:
            self._files[name] = (self._clock(), entry)
            self._bytes += _size(entry)
            self._expire()
            # The newest file always stays, even one larger than max_bytes: its URL is about to be sent.
            while len(self._files) > 1 and (len(self._files) > self._capacity or self._bytes > self._max_bytes):
                self._bytes -= _size(self._files.popitem(last=False)[1][1])
        return name

    def _expire(self) -> None:
        oldest = self._clock() - self._ttl
        while self._files:
            name, (added, entry) = next(iter(self._files.items()))
            if added > oldest:
                break
            del self._files[name]
            self._bytes -= _size(entry)


def _size(entry: tuple[bytes, str] | str) -> int:
    return len(entry[0]) if isinstance(entry, tuple) else 0
