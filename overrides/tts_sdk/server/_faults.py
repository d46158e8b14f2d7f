"""Fault injection for tests: one request header selects a behaviour. Off unless the server enables it.

``X-TTS-Fault: status=503; retry-after=1; times=2; id=job-7`` answers 503 with ``Retry-After: 1`` to the
first two requests carrying ``id=job-7``, then lets the third through. Behaviours:

- ``status=N`` (with ``retry-after=S``, ``retry-after-ms=MS``, ``x-should-retry=true|false``): that status
- ``delay=S``: wait S seconds before sending the response headers
- ``drop``: send part of the body, then drop the connection (chunked, no length)
- ``truncate``: announce the full Content-Length, send half, then close
- ``content-type=T``: a success response labelled T
- ``html``: an HTML error page with status 200
- ``invalid-json``: (AIML) a 200 ``application/json`` body that is not JSON
- ``audio-url=404``: (AIML) an audio URL that answers 404
- ``audio-redirect=URL``: (AIML) an audio URL that redirects to URL (another host, say)
- ``pad=N``: N extra bytes after the audio (a response over a client's size limit)
- ``chunk-delay=S``: pause S seconds between the chunks of a streamed body
- ``times=N`` with ``id=K``: apply the fault to the first N requests carrying K only
"""

from __future__ import annotations

import threading

HEADER = "x-tts-fault"


class Fault:
    """A parsed ``X-TTS-Fault`` header."""

    __slots__ = ("options",)

    def __init__(self, options: dict[str, str]) -> None:
        self.options = options

    def get(self, name: str) -> str | None:
        """The value of one behaviour (``""`` for a bare flag), or None."""
        return self.options.get(name)

    def number(self, name: str) -> float | None:
        """A numeric option, or None."""
        value = self.options.get(name)
        return float(value) if value not in (None, "") else None

    def __contains__(self, name: str) -> bool:
        return name in self.options


class FaultInjector:
    """Parses fault headers and counts ``times``-limited faults per ``id``."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()

    def fault_for(self, header: str | None) -> Fault | None:
        """The fault to apply to a request with this header value, or None."""
        if not self.enabled or not header:
            return None
        options = {}
        for part in header.split(";"):
            name, _, value = part.strip().partition("=")
            if name:
                options[name.strip().lower()] = value.strip()
        fault = Fault(options)
        limit = fault.number("times")
        if limit is not None:
            key = options.get("id", "")
            with self._lock:
                seen = self._counts.get(key, 0)
                self._counts[key] = seen + 1
            if seen >= limit:
                return None
        return fault
