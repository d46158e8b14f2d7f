"""Audio the AIML endpoint made, kept in memory so that the URL it returns can be fetched."""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict


class AudioStore:
    """The most recent ``capacity`` files (oldest dropped first), and redirect entries for fault injection."""

    def __init__(self, capacity: int = 512) -> None:
        self._files: OrderedDict[str, tuple[bytes, str] | str] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def add(self, content: bytes, media_type: str, extension: str) -> str:
        """Keep a file; return its name (random, with the format's extension)."""
        return self._put(f"{secrets.token_hex(12)}.{extension}", (content, media_type))

    def add_redirect(self, location: str, extension: str) -> str:
        """A name whose URL redirects to ``location``."""
        return self._put(f"{secrets.token_hex(12)}.{extension}", location)

    def get(self, name: str) -> tuple[bytes, str] | str | None:
        """The file (content, media type), a redirect location, or None."""
        with self._lock:
            return self._files.get(name)

    def _put(self, name: str, entry: tuple[bytes, str] | str) -> str:
        with self._lock:
            self._files[name] = entry
            while len(self._files) > self._capacity:
                self._files.popitem(last=False)
        return name
