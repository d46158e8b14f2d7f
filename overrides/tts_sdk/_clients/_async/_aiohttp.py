"""The aiohttp driver (``AsyncTTS(http_backend="aiohttp")``, extra ``tts-sdk[aiohttp]``): async only.

Bodies are read undecoded (``auto_decompress=False``): the exchange core decodes them within its bound.
"""

from __future__ import annotations

import asyncio

from tts_sdk._clients._async._driver import AsyncDriver
from tts_sdk._clients._transport import environment_has_proxies, failure, pinned
from tts_sdk._errors import TTSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator
    from typing import Any

    import aiohttp
    import httpx

    from tts_sdk._core._exchange import Send


class _AiohttpAnswer:
    """An aiohttp response as the exchange core sees it."""

    __slots__ = ("headers", "response", "status", "url")

    def __init__(self, response: aiohttp.ClientResponse, url: str) -> None:
        self.response, self.status, self.headers, self.url = response, response.status, response.headers, url


def _with(headers: dict[str, str], more: dict[str, str] | None) -> dict[str, str]:
    if more:
        headers.update(more)
    return headers


class AiohttpDriver(AsyncDriver):
    """Performs the core's steps over aiohttp: one session for the API (yours, if you pass one), another, bare,
    for audio downloads."""

    def __init__(self, session: aiohttp.ClientSession | None, timeout: httpx.Timeout) -> None:
        try:
            import aiohttp  # noqa: PLC0415 - optional
        except ImportError as exc:
            raise TTSError("http_backend='aiohttp' needs the aiohttp extra: pip install 'tts-sdk[aiohttp]'") from exc
        self._aiohttp = aiohttp
        self._session, self._owns_session = session, session is None
        self._bare: aiohttp.ClientSession | None = None
        self._timeout = aiohttp.ClientTimeout(total=None, connect=timeout.connect, sock_read=timeout.read)
        self._errors = (aiohttp.ClientError, OSError, ValueError, asyncio.TimeoutError)

    def _new_session(self) -> aiohttp.ClientSession:
        library = self._aiohttp
        connector = library.TCPConnector(limit=100, ttl_dns_cache=300)
        # trust_env only with proxies set: it costs two thread hops a request (proxy and netrc lookups).
        session: aiohttp.ClientSession = library.ClientSession(
            connector=connector, auto_decompress=False, trust_env=environment_has_proxies()
        )
        return session

    async def _send(self, step: Send) -> _AiohttpAnswer:
        url = step.url
        try:
            if step.to_api:
                if self._session is None:
                    self._session = self._new_session()
                session = self._session
            else:
                if self._bare is None:
                    self._bare = self._new_session()
                session = self._bare
            target, host, tls_name = (url, None, None) if step.connect_to is None else pinned(url, step.connect_to)
            # The key is revealed inside the call expression: no local of ours holds it.
            response = await session.request(step.method, target, headers=_with(step.wire_headers(), host),
                                             data=step.body, allow_redirects=False, timeout=self._timeout,
                                             auto_decompress=False, server_hostname=tls_name)  # fmt: skip
            return _AiohttpAnswer(response, url)
        except self._errors as exc:
            raise failure(url, exc) from None

    async def _read(self, answer: Any, limit: int, *, truncate: bool = False) -> bytes | None:
        declared = answer.headers.get("content-length", "")
        if not truncate and declared.isdigit():
            if int(declared) > limit:
                answer.response.close()
                return None
            try:  # a body of announced, bounded length: aiohttp reads exactly that much
                return bytes(await answer.response.read())
            except self._errors as exc:
                answer.response.close()
                raise failure(answer.url, exc, reading=True) from None
        parts, size = [], 0
        async for chunk in self._chunks(answer, release=False):
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                answer.response.close()
                return b"".join(parts)[:limit] if truncate else None
        answer.response.release()
        return b"".join(parts)

    def aiter_raw(self, answer: Any) -> AsyncIterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; releases the connection at the end."""
        return self._chunks(answer, release=True)

    async def _chunks(self, answer: Any, *, release: bool) -> AsyncIterator[bytes]:
        finished = False
        try:
            async for chunk in answer.response.content.iter_any():
                yield chunk
            finished = True
        except self._errors as exc:
            raise failure(answer.url, exc, reading=True) from None
        finally:
            if not finished:
                answer.response.close()
            elif release:
                answer.response.release()

    async def close_answer(self, answer: Any) -> None:
        """Close a response (idempotent)."""
        answer.response.close()

    def is_closed(self, answer: Any) -> bool:
        """Is the response's connection closed (or released)?"""
        return bool(answer.response.closed)

    async def aclose(self) -> None:
        """Close the sessions this driver created (not one passed in); refuse to send from now on."""
        self.closed = True
        if self._bare is not None:
            await self._bare.close()
        if self._owns_session and self._session is not None:
            await self._session.close()
