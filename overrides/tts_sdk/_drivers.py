"""The drivers that perform the exchange core's steps (``_exchange.py``): over httpx (sync and async) and over
aiohttp (async). Each moves bytes and turns its library's exceptions into :class:`TTSError` once; none makes
a decision of the exchange.

The API key stays a :class:`Secret` until :meth:`Send.wire_headers` builds the transport's headers inside the
call expression (httpx keeps them in ``httpx.Headers``, whose repr masks ``Authorization``), so no frame of
ours holds it in a plain local. Audio downloads (``to_api=False``) never go through a caller's client: they
use this driver's own bare transport, so the caller's client headers and auth reach only the API.
"""

from __future__ import annotations

import asyncio
import time
import urllib.request
from functools import lru_cache

import httpx

from tts_sdk._errors import APIConnectionError, APITimeoutError, ClientClosedError, TTSError
from tts_sdk._exchange import Close, Read, Send, Sleep

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Mapping
    from typing import Any

    import aiohttp

    from tts_sdk._exchange import Flow, Outcome


def environment_has_proxies() -> bool:
    """True when HTTP(S)_PROXY or ALL_PROXY is set: then only a full ``httpx.Client`` honours them."""
    proxies = urllib.request.getproxies()
    return any(scheme in proxies for scheme in ("http", "https", "all"))


@lru_cache(maxsize=256)
def parsed_url(url: str) -> httpx.URL:
    """Parse each endpoint URL once (httpx parses a string URL on every request)."""
    return httpx.URL(url)


def _failure(url: str, exc: BaseException, *, reading: bool = False) -> TTSError:
    """The one translation of a transport failure into a typed error (httpx, anyio, aiohttp, OS, bad URLs)."""
    if isinstance(exc, TTSError):
        return exc
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | asyncio.TimeoutError | TimeoutError) or "Timeout" in name:
        return APITimeoutError(f"timed out {'reading from' if reading else 'talking to'} {url} ({name})", url=url)
    reason = str(exc) or name
    if isinstance(exc, BaseExceptionGroup):
        reason = "; ".join(str(inner) or type(inner).__name__ for inner in exc.exceptions)
    if reading:
        return APIConnectionError(f"the response from {url} broke off: {reason}", url=url)
    return APIConnectionError(f"connection to {url} failed: {reason}", url=url)


_TRANSPORT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError, BaseExceptionGroup)


class _HttpxAnswer:
    """An httpx response as the core sees it."""

    __slots__ = ("headers", "response", "status", "url")

    def __init__(self, response: httpx.Response, url: str) -> None:
        self.response, self.status, self.headers, self.url = response, response.status_code, response.headers, url


def _content_length_over(headers: Mapping[str, str], limit: int) -> bool:
    declared = headers.get("content-length", "")
    return declared.isdigit() and int(declared) > limit


class HttpxDriver:
    """Performs steps over httpx, synchronously: straight to a transport (the default: no client layer), or
    through a caller's ``httpx.Client`` (or a full client when proxies are configured) for API requests."""

    def __init__(self, client: httpx.Client | None, timeout: httpx.Timeout) -> None:
        proxies = environment_has_proxies()
        self._client = client if client is not None or not proxies else httpx.Client(timeout=timeout)
        self._owns_client = client is None
        self._bare: httpx.BaseTransport | httpx.Client = (
            httpx.Client(timeout=timeout) if proxies else httpx.HTTPTransport()
        )
        self.closed = False

    def drive(self, flow: Flow[Outcome]) -> Outcome:
        """Run a flow to its outcome, closing every response it opened but did not return."""
        opened: list[_HttpxAnswer] = []
        value: Any = None
        error: TTSError | None = None
        try:
            while True:
                try:
                    step = flow.send(value) if error is None else flow.throw(error)
                except StopIteration as done:
                    outcome: Outcome = done.value
                    for answer in opened:
                        if answer is not outcome.answer:
                            answer.response.close()
                    return outcome
                value, error = None, None
                try:
                    value = self._perform(step, opened)
                except TTSError as exc:
                    error = exc
        except BaseException:
            for answer in opened:
                answer.response.close()
            raise

    def _perform(self, step: object, opened: list[_HttpxAnswer]) -> Any:
        if isinstance(step, Send):
            answer = self._send(step)
            opened.append(answer)
            return answer
        if isinstance(step, Read):
            return self._read(step.answer, step.limit, truncate=step.truncate)  # type: ignore[arg-type]
        if isinstance(step, Close):
            step.answer.response.close()  # type: ignore[attr-defined]
            return None
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        raise TypeError(f"not a step: {step!r}")

    def _send(self, step: Send) -> _HttpxAnswer:
        if self.closed:
            raise ClientClosedError("the client is closed: it sends nothing more")
        url = step.url
        try:
            if step.to_api and self._client is not None:
                client = self._client
                request = client.build_request(step.method, url, headers=httpx.Headers(step.wire_headers()),
                                               content=step.body, timeout=step.timeout)  # fmt: skip
                return _HttpxAnswer(client.send(request, stream=True, follow_redirects=False), url)
            request = httpx.Request(step.method, parsed_url(url), headers=httpx.Headers(step.wire_headers()),
                                    content=step.body, extensions={"timeout": step.timeout.as_dict()})  # fmt: skip
            bare = self._bare
            if isinstance(bare, httpx.Client):
                return _HttpxAnswer(bare.send(request, stream=True, follow_redirects=False), url)
            response = bare.handle_request(request)
            response.request = request
            return _HttpxAnswer(response, url)
        except _TRANSPORT_ERRORS as exc:
            raise _failure(url, exc) from None

    def _read(self, answer: _HttpxAnswer, limit: int, *, truncate: bool = False) -> bytes | None:
        if not truncate and _content_length_over(answer.headers, limit):
            answer.response.close()
            return None
        parts, size = [], 0
        for chunk in self.iter_raw(answer):
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                answer.response.close()
                return b"".join(parts)[:limit] if truncate else None
        return b"".join(parts)

    def iter_raw(self, answer: Any) -> Iterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; closes the response at the end."""
        try:
            yield from answer.response.iter_raw()
        except _TRANSPORT_ERRORS as exc:
            raise _failure(answer.url, exc, reading=True) from None
        finally:
            answer.response.close()

    def is_closed(self, answer: Any) -> bool:
        """Is the response's connection closed (or back in the pool)?"""
        return bool(answer.response.is_closed)

    def close(self) -> None:
        """Close what this driver created (not a client passed in); refuse to send from now on."""
        self.closed = True
        self._bare.close()
        if self._owns_client and self._client is not None:
            self._client.close()


class _AsyncDriver:
    """The loop both async drivers run; they differ in how they send, read and let go of a response."""

    closed = False

    async def drive(self, flow: Flow[Outcome]) -> Outcome:
        """Run a flow to its outcome, closing every response it opened but did not return."""
        opened: list[Any] = []
        value: Any = None
        error: TTSError | None = None
        try:
            while True:
                try:
                    step = flow.send(value) if error is None else flow.throw(error)
                except StopIteration as done:
                    outcome: Outcome = done.value
                    for answer in opened:
                        if answer is not outcome.answer:
                            await self.close_answer(answer)
                    return outcome
                value, error = None, None
                try:
                    if isinstance(step, Send):
                        if self.closed:
                            raise ClientClosedError("the client is closed: it sends nothing more")
                        value = await self._send(step)
                        opened.append(value)
                    elif isinstance(step, Read):
                        value = await self._read(step.answer, step.limit, truncate=step.truncate)
                    elif isinstance(step, Close):
                        await self.close_answer(step.answer)
                    elif isinstance(step, Sleep):
                        await asyncio.sleep(step.seconds)
                    else:
                        raise TypeError(f"not a step: {step!r}")
                except TTSError as exc:
                    error = exc
        except BaseException:
            for answer in opened:
                await self.close_answer(answer)
            raise

    async def _send(self, step: Send) -> Any:
        raise NotImplementedError

    async def _read(self, answer: Any, limit: int, *, truncate: bool = False) -> bytes | None:
        raise NotImplementedError

    async def close_answer(self, answer: Any) -> None:
        """Close a response (idempotent)."""
        raise NotImplementedError


class AsyncHttpxDriver(_AsyncDriver):
    """The asynchronous httpx driver: the same steps with ``await``."""

    def __init__(self, client: httpx.AsyncClient | None, timeout: httpx.Timeout) -> None:
        proxies = environment_has_proxies()
        self._client = client if client is not None or not proxies else httpx.AsyncClient(timeout=timeout)
        self._owns_client = client is None
        self._bare: httpx.AsyncBaseTransport | httpx.AsyncClient = (
            httpx.AsyncClient(timeout=timeout) if proxies else httpx.AsyncHTTPTransport()
        )

    async def _send(self, step: Send) -> _HttpxAnswer:
        url = step.url
        try:
            if step.to_api and self._client is not None:
                client = self._client
                request = client.build_request(step.method, url, headers=httpx.Headers(step.wire_headers()),
                                               content=step.body, timeout=step.timeout)  # fmt: skip
                return _HttpxAnswer(await client.send(request, stream=True, follow_redirects=False), url)
            request = httpx.Request(step.method, parsed_url(url), headers=httpx.Headers(step.wire_headers()),
                                    content=step.body, extensions={"timeout": step.timeout.as_dict()})  # fmt: skip
            bare = self._bare
            if isinstance(bare, httpx.AsyncClient):
                return _HttpxAnswer(await bare.send(request, stream=True, follow_redirects=False), url)
            response = await bare.handle_async_request(request)
            response.request = request
            return _HttpxAnswer(response, url)
        except _TRANSPORT_ERRORS as exc:
            raise _failure(url, exc) from None

    async def _read(self, answer: _HttpxAnswer, limit: int, *, truncate: bool = False) -> bytes | None:
        if not truncate and _content_length_over(answer.headers, limit):
            await answer.response.aclose()
            return None
        parts, size = [], 0
        async for chunk in self.aiter_raw(answer):
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                await answer.response.aclose()
                return b"".join(parts)[:limit] if truncate else None
        return b"".join(parts)

    async def aiter_raw(self, answer: Any) -> AsyncIterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; closes the response at the end."""
        try:
            async for chunk in answer.response.aiter_raw():
                yield chunk
        except _TRANSPORT_ERRORS as exc:
            raise _failure(answer.url, exc, reading=True) from None
        finally:
            await answer.response.aclose()

    async def close_answer(self, answer: Any) -> None:
        """Close a response handed out in an outcome."""
        await answer.response.aclose()

    def is_closed(self, answer: Any) -> bool:
        """Is the response's connection closed (or back in the pool)?"""
        return bool(answer.response.is_closed)

    async def aclose(self) -> None:
        """Close what this driver created (not a client passed in); refuse to send from now on."""
        self.closed = True
        await self._bare.aclose()
        if self._owns_client and self._client is not None:
            await self._client.aclose()


class _AiohttpAnswer:
    """An aiohttp response as the core sees it."""

    __slots__ = ("headers", "response", "status", "url")

    def __init__(self, response: aiohttp.ClientResponse, url: str) -> None:
        self.response, self.status, self.headers, self.url = response, response.status, response.headers, url


class AiohttpDriver(_AsyncDriver):
    """Performs steps over aiohttp (``AsyncTTS(http_backend="aiohttp")``, extra ``tts-sdk[aiohttp]``).

    Bodies are read undecoded (``auto_decompress=False``): the core decodes them within its bound.
    """

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
            response = await session.request(step.method, url, headers=step.wire_headers(), data=step.body,
                                             allow_redirects=False, timeout=self._timeout,
                                             auto_decompress=False)  # fmt: skip
            return _AiohttpAnswer(response, url)
        except self._errors as exc:
            raise _failure(url, exc) from None

    async def _read(self, answer: _AiohttpAnswer, limit: int, *, truncate: bool = False) -> bytes | None:
        if not truncate and _content_length_over(answer.headers, limit):
            answer.response.close()
            return None
        parts, size = [], 0
        async for chunk in self.aiter_raw(answer, release=False):
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                answer.response.close()
                return b"".join(parts)[:limit] if truncate else None
        answer.response.release()
        return b"".join(parts)

    async def aiter_raw(self, answer: Any, *, release: bool = True) -> AsyncIterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; releases the connection at the end."""
        finished = False
        try:
            async for chunk in answer.response.content.iter_any():
                yield chunk
            finished = True
        except self._errors as exc:
            raise _failure(answer.url, exc, reading=True) from None
        finally:
            if not finished:
                answer.response.close()
            elif release:
                answer.response.release()

    async def close_answer(self, answer: Any) -> None:
        """Close a response handed out in an outcome."""
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
