"""Content-Encoding, undone as bytes arrive, within a bound on the decoded size. Pure.

Every driver reads bodies raw and hands them here, so ``max_audio_bytes`` bounds the bytes a body *decodes*
to, as they are decoded: ``gzip, gzip`` that would turn 2 KB into 1 GiB stops at the limit, whichever layer
grows. Supported: ``identity``, ``gzip`` (``x-gzip``), ``deflate`` (zlib or raw) and, when the ``brotli``
package is installed, ``br``.
"""

from __future__ import annotations

import zlib

from tts_sdk._errors import APIResponseValidationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Protocol

    class _Layer(Protocol):
        def feed(self, data: bytes, room: int) -> bytes: ...


#: What the client asks servers for (a ``http_client`` of yours would otherwise ask for br or zstd too).
ACCEPT_ENCODING = "gzip, deflate"


class TooLargeError(Exception):
    """The decoded body would pass the limit."""


class CorruptBodyError(Exception):
    """The body does not decode as its Content-Encoding says."""


class BodyDecoder:
    """Feed raw chunks, get decoded bytes; :class:`TooLargeError` once more than ``limit`` bytes would come out."""

    def __init__(self, headers: Mapping[str, str], limit: int, url: str) -> None:
        codings = [part.strip().lower() for part in str(headers.get("content-encoding", "")).split(",")]
        # Applied in the order listed, so undone in reverse.
        self._layers = [_layer(coding, url) for coding in reversed(codings) if coding not in ("", "identity")]
        self._limit, self._size = limit, 0

    def feed(self, data: bytes) -> bytes:
        """The bytes ``data`` decodes to (possibly none yet)."""
        for layer in self._layers:
            if not data:
                return b""
            data = layer.feed(data, self._limit - self._size)
        self._size += len(data)
        if self._size > self._limit:
            raise TooLargeError
        return data

    def decode_all(self, raw: bytes) -> bytes:
        """A whole raw body, decoded."""
        if not self._layers:
            if len(raw) > self._limit:
                raise TooLargeError
            return raw
        return self.feed(raw)


def _layer(coding: str, url: str) -> _Layer:
    if coding in ("gzip", "x-gzip"):
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Deflate()
    if coding == "br":
        try:
            import brotli  # type: ignore[import-not-found]  # noqa: PLC0415 - optional
        except ImportError:
            pass
        else:
            return _Brotli(brotli.Decompressor())
    raise APIResponseValidationError(
        f"{url} sent a body with Content-Encoding {coding!r}, which this client cannot decode", url=url
    )


class _Zlib:
    def __init__(self, wbits: int) -> None:
        self._decompressor = zlib.decompressobj(wbits)

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._decompressor.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            raise CorruptBodyError(str(exc)) from None
        if len(out) > room or self._decompressor.unconsumed_tail:
            raise TooLargeError
        return out


class _Deflate:
    """``deflate`` as sent in practice: zlib-wrapped, or (some servers) raw."""

    def __init__(self) -> None:
        self._inner: _Zlib | None = None
        self._first = b""

    def feed(self, data: bytes, room: int) -> bytes:
        if self._inner is None:
            self._first += data
            if len(self._first) < 2:
                return b""
            header = self._first[0] & 0x0F == 8 and (self._first[0] << 8 | self._first[1]) % 31 == 0
            self._inner = _Zlib(zlib.MAX_WBITS if header else -zlib.MAX_WBITS)
            data, self._first = self._first, b""
        return self._inner.feed(data, room)


class _Brotli:
    def __init__(self, decompressor: object) -> None:
        self._decompressor = decompressor

    def feed(self, data: bytes, room: int) -> bytes:
        out: bytes = self._decompressor.process(data)  # type: ignore[attr-defined]
        if len(out) > room:
            raise TooLargeError
        return out
