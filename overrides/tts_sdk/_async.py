"""``tts_sdk.AsyncTTS``: the asynchronous client, the same shape as :class:`tts_sdk.TTS` with ``await``."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import httpx

from tts_sdk._audio import Audio, Usage, atomic_file
from tts_sdk._client_base import ClientBase
from tts_sdk._errors import APIConnectionError, APIError, APITimeoutError
from tts_sdk._events import EventParser
from tts_sdk._join import check_joinable, join_audio
from tts_sdk._openai_shape import AsyncAudioSpeech, AudioResource
from tts_sdk._prepare import DEFAULT, USER_AGENT, prepare
from tts_sdk._responses import (
    aiml_link,
    audio_format,
    download_error,
    is_audio,
    media_type,
    needs_decoding,
    raise_for_status,
    request_id,
    too_large,
    unexpected_content,
)
from tts_sdk._retries import retry_delay
from tts_sdk._senders import AsyncSender
from tts_sdk._split import split_text
from tts_sdk._urls import MAX_REDIRECTS, next_location, refusal
from tts_sdk._vocabulary import schema_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
    from types import TracebackType
    from typing import Any, TypeVar

    from tts_sdk_generated._speech_types import AsyncSpeechMethods

    from tts_sdk._events import SpeechEvent
    from tts_sdk._prepare import Prepared, TimeoutTypes

    T = TypeVar("T")

logger = logging.getLogger("tts_sdk")
_DOWNLOAD_HEADERS = {"Accept": "audio/*", "User-Agent": USER_AGENT}
_RETRIABLE = (APIError,)


class AsyncTTS(ClientBase[httpx.AsyncClient]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; awaited, like ``stream()`` and ``events()``.
    The constructor's options are described on ``__init__``.
    """

    #: ``await speech.create(...)``, ``speech.stream``, ``speech.events``; typed per model (generated overloads).
    speech: AsyncSpeechMethods[Audio, _StreamRequest, AsyncIterator[SpeechEvent]]

    def _start(self, http_client: httpx.AsyncClient | None) -> None:
        self._sender = AsyncSender(http_client, self._options.timeout)
        self.speech = AsyncSpeech(self)
        #: openai-python's shape: ``await client.audio.speech.create(model=, input=, voice=, response_format=)``.
        self.audio = AudioResource(AsyncAudioSpeech(self.speech))

    async def aclose(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in)."""
        await self._sender.aclose()

    async def __aenter__(self) -> AsyncTTS:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncSpeech:
    """``client.speech``: synthesize speech, whole (:meth:`create`), streamed (:meth:`stream`) or as events."""

    def __init__(self, client: AsyncTTS) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str | None = None,
        text: str | None = None,
        voice: Any = None,
        format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request: object | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
        max_retries: int | None = None,
        split: bool = False,
        concurrency: int = 4,
    ) -> Audio:
        """Synthesize ``text`` with ``model`` and return the audio.

        ``voice``, ``format``, ``speed`` and ``instructions`` are mapped to the model's own names
        (``text``/``input``, ``format``/``response_format``); one the model does not take is an error, never
        dropped. ``extra_body`` passes other fields of the model's spec. Or pass ``request=`` a generated
        request model. The body is validated against the spec before it is sent. ``split=True`` cuts text
        longer than the model accepts (paragraphs, then sentences, then words), synthesizes the parts, at most
        ``concurrency`` at a time, and joins them (wav, pcm or mp3).
        """
        params = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        call = {
            "model": model,
            "extra_body": extra_body,
            "request": request,
            "provider": provider,
            "extra_headers": extra_headers,
            "timeout": timeout,
        }
        if split and text is not None:
            return await self._create_split(params, call, max_retries, concurrency)
        prepared = prepare(self._client._options, params=params, **call)  # type: ignore[arg-type]
        return await _Exchange(self._client, prepared, max_retries).audio()

    def stream(
        self,
        *,
        model: str | None = None,
        text: str | None = None,
        voice: Any = None,
        format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request: object | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
        max_retries: int | None = None,
    ) -> _StreamRequest:
        """The audio as an :class:`AsyncSpeechStream`: ``async with client.speech.stream(...) as s`` or ``await``.

        Iterate :meth:`AsyncSpeechStream.aiter_bytes` inside the block or anywhere (a web framework's streaming
        response): the connection closes when the bytes are exhausted or the iterator is finalized. The request
        is retried only before its first byte reaches you.
        """
        params = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        prepared = prepare(
            self._client._options,
            model=model,
            params=params,
            extra_body=extra_body,
            request=request,
            provider=provider,
            extra_headers=extra_headers,
            timeout=timeout,
        )
        return _StreamRequest(_Exchange(self._client, prepared, max_retries).open_stream())

    def events(
        self,
        *,
        model: str,
        text: str,
        voice: Any = None,
        format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
        max_retries: int | None = None,
    ) -> AsyncIterator[SpeechEvent]:
        """Stream OpenAI server-sent events (``stream_format="sse"``) as typed objects.

        Yields :class:`SpeechAudioDelta` (decoded audio bytes) and finally :class:`SpeechAudioDone` (usage). A
        malformed event raises :class:`StreamEventError` naming it.
        """
        body = {**(extra_body or {}), "stream_format": "sse"}
        params = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        prepared = prepare(
            self._client._options,
            model=model,
            params=params,
            extra_body=body,
            request=None,
            provider=provider,
            extra_headers=extra_headers,
            timeout=timeout,
        )
        return _events(_Exchange(self._client, prepared, max_retries))

    async def _create_split(
        self, params: dict[str, Any], call: dict[str, Any], max_retries: int | None, concurrency: int
    ) -> Audio:
        options = self._client._options
        probe = prepare(options, params={**params, "text": "probe"}, **call)
        check_joinable(probe.requested_format)
        limit = int(schema_at(probe.route.spec, probe.text_field).get("maxLength", 4096))
        pieces = split_text(str(params["text"]), limit)
        prepared = [prepare(options, params={**params, "text": piece}, **call) for piece in pieces]
        logger.debug("split %d characters into %d parts of at most %d", len(str(params["text"])), len(pieces), limit)
        gate = asyncio.Semaphore(max(1, concurrency))

        async def part(item: Prepared) -> Audio:
            async with gate:
                return await _Exchange(self._client, item, max_retries).audio()

        parts = list(await asyncio.gather(*(part(item) for item in prepared)))
        return _joined(parts, probe.requested_format)


class AsyncSpeechStream:
    """Audio arriving over an open connection. Iterate it once; it closes when done, on error, or on collection."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        limit: int,
        model: str,
        format: str | None,
        url: str | None,
        usage: Usage | None,
        request_id: str | None,
        pcm_rate: int | None = None,
    ) -> None:
        self._response, self._limit = response, limit
        self.model, self.format, self.url, self.usage, self.request_id = model, format, url, usage, request_id
        #: The sample rate of raw ``pcm`` audio (16-bit mono), for a player to be set up with.
        self.pcm_rate = pcm_rate
        self.content_type = media_type(response)

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is finalized."""
        url, size = str(self._response.url), 0
        try:
            async for chunk in self._response.aiter_bytes(chunk_size):
                size += len(chunk)
                if size > self._limit:
                    raise too_large(url, self._limit, download=self.url is not None)
                yield chunk
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out reading audio from {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"the audio stream from {url} broke: {exc or type(exc).__name__}", url=url
            ) from None
        finally:
            await self.aclose()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """openai-python's name for :meth:`aiter_bytes` on an async response."""
        return self.aiter_bytes(chunk_size)

    async def aiter_events(self) -> AsyncIterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(str(self._response.url))
        async for chunk in self.aiter_bytes():
            for event in parser.feed(chunk.decode("utf-8")):
                yield event
        for event in parser.close():
            yield event

    async def read(self) -> bytes:
        """All the remaining bytes."""
        return b"".join([chunk async for chunk in self.aiter_bytes()])

    async def stream_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Write the audio to ``path`` as it arrives; the file appears, complete, only when the stream ends well."""
        target = Path(path)
        with atomic_file(target) as handle:
            async for chunk in self.aiter_bytes():
                handle.write(chunk)
        return target

    async def aclose(self) -> None:
        """Close the connection (idempotent)."""
        await self._response.aclose()

    async def __aenter__(self) -> AsyncSpeechStream:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"


class _Exchange:
    """One request (with retries) and, for AIML links, the audio download (with its own retries)."""

    def __init__(self, client: AsyncTTS, prepared: Prepared, max_retries: int | None) -> None:
        self.sender, self.options, self.prepared = client._sender, client._options, prepared
        self.max_retries = self.options.max_retries if max_retries is None else max_retries

    async def audio(self) -> Audio:
        """The whole audio: any failure before it is complete is retried (nothing reached the caller yet)."""
        prepared = self.prepared
        response, content = await self._retrying(prepared.route.url, lambda: self._post(read=True))
        assert content is not None
        identifier = request_id(response)
        if is_audio(response):
            kind = audio_format(response, prepared.requested_format)
            return Audio(
                content,
                content_type=media_type(response),
                format=kind,
                model=prepared.model,
                request_id=identifier,
                pcm_rate=prepared.pcm_rate,
            )
        link, usage = aiml_link(response, content)
        download, data = await self._retrying(link, lambda: self._download(link, read=True))
        assert data is not None
        return Audio(
            data,
            content_type=media_type(download) or "application/octet-stream",
            format=audio_format(download, prepared.requested_format),
            model=prepared.model,
            url=link,
            usage=usage,
            request_id=identifier,
            pcm_rate=prepared.pcm_rate,
        )

    async def open_stream(self, *, events: bool = False) -> AsyncSpeechStream:
        """The response, open and unread: retries stop once it is handed over."""
        prepared = self.prepared
        response, content = await self._retrying(prepared.route.url, lambda: self._post(read=False, events=events))
        identifier, link, usage = request_id(response), None, None
        if content is not None:  # an AIML JSON answer: stream the download instead
            link, usage = aiml_link(response, content)
            response, _ = await self._retrying(link, lambda: self._download(link, read=False))
        return AsyncSpeechStream(
            response,
            limit=self.options.max_audio_bytes,
            model=prepared.model,
            format=audio_format(response, prepared.requested_format),
            url=link,
            usage=usage,
            request_id=identifier,
            pcm_rate=prepared.pcm_rate,
        )

    async def _retrying(self, url: str, action: Callable[[], Awaitable[T]]) -> T:
        attempt = 0
        while True:
            try:
                return await action()
            except _RETRIABLE as error:
                delay = retry_delay(error, attempt) if attempt < self.max_retries else None
                if delay is None:
                    raise
                attempt += 1
                logger.info("retry %d of %d for %s in %.2f s after: %s", attempt, self.max_retries, url, delay, error)
                await asyncio.sleep(delay)

    async def _post(self, *, read: bool, events: bool = False) -> tuple[httpx.Response, bytes | None]:
        """POST the body. Returns the response and its body, or None for an audio response left open."""
        prepared = self.prepared
        url = prepared.route.url
        logger.debug("POST %s model=%s", url, prepared.model)
        response = await self._send("POST", url, prepared.headers, prepared.body, credentials=True)
        try:
            streaming = (is_audio(response) or events) and response.is_success
            if streaming and not read:
                if events and not media_type(response).startswith("text/event-stream"):
                    raise unexpected_content(response, await self._read(response, 512), "text/event-stream")
                return response, None
            content = await self._read(response, self.options.max_audio_bytes, download=False)
            raise_for_status(response, content)
            if not is_audio(response) and not (
                prepared.route.spec.provider == "aiml" and media_type(response) in ("application/json", "")
            ):
                raise unexpected_content(
                    response, content, "audio" if prepared.route.spec.provider == "openai" else "audio or JSON"
                )
            return response, content
        except BaseException:
            await response.aclose()
            raise

    async def _download(self, url: str, *, read: bool) -> tuple[httpx.Response, bytes | None]:
        """GET the audio URL without any credentials, following redirects that pass :func:`refusal`."""
        for _ in range(MAX_REDIRECTS + 1):
            reason = refusal(url)
            if reason:
                raise download_error(url, reason)
            logger.debug("GET %s (audio, no credentials)", url)
            response = await self._send("GET", url, _DOWNLOAD_HEADERS, None, credentials=False)
            if response.is_redirect:
                await response.aclose()
                url = next_location(url, response.headers.get("location"))
                continue
            if not response.is_success:
                await response.aclose()
                raise download_error(url, f"HTTP {response.status_code}", response.status_code)
            if not read:
                return response, None
            try:
                return response, await self._read(response, self.options.max_audio_bytes, download=True)
            finally:
                await response.aclose()
        raise download_error(url, f"more than {MAX_REDIRECTS} redirects")

    async def _send(
        self, method: str, url: str, headers: Mapping[str, str], content: bytes | None, *, credentials: bool
    ) -> httpx.Response:
        """Send and return the response with its body unread; network failures become typed errors.

        ``credentials=False`` (audio downloads): no Authorization, Proxy-Authorization or Cookie at all.
        """
        timeout = self.prepared.timeout
        try:
            return await self.sender.send(method, url, headers, content, timeout, credentials=credentials)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out talking to {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"connection to {url} failed: {exc or type(exc).__name__}", url=url) from None

    async def _read(self, response: httpx.Response, limit: int, *, download: bool = False) -> bytes:
        url = str(response.url)
        try:
            content = await _read_limited(response, limit)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out reading from {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"the response from {url} broke off: {exc or type(exc).__name__}", url=url
            ) from None
        finally:
            await response.aclose()
        if content is None:
            raise too_large(url, limit, download=download)
        return content


def _joined(parts: list[Audio], format_name: str | None) -> Audio:
    """One :class:`Audio` from the parts of a split text."""
    first = parts[0]
    usages = [part.usage for part in parts if part.usage is not None]
    usage = None
    if usages:
        usage = Usage(sum(u.credits_used or 0 for u in usages), sum(u.usd_spent or 0 for u in usages))
    joined = join_audio([part.content for part in parts], first.format or str(format_name))
    return Audio(
        joined,
        content_type=first.content_type,
        format=first.format,
        model=first.model,
        usage=usage,
        request_id=first.request_id,
        pcm_rate=first.pcm_rate,
    )


class _StreamRequest:
    """What :meth:`AsyncSpeech.stream` returns: ``await`` it, or use it with ``async with``."""

    def __init__(self, opening: Awaitable[AsyncSpeechStream]) -> None:
        self._opening = opening
        self._stream: AsyncSpeechStream | None = None

    def __await__(self) -> Generator[Any, None, AsyncSpeechStream]:
        return self._opening.__await__()

    async def __aenter__(self) -> AsyncSpeechStream:
        self._stream = await self._opening
        return self._stream

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.aclose()


async def _events(exchange: _Exchange) -> AsyncIterator[SpeechEvent]:
    stream = await exchange.open_stream(events=True)
    async for event in stream.aiter_events():
        yield event


async def _read_limited(response: httpx.Response, limit: int) -> bytes | None:
    """The whole body, or None as soon as it (or its Content-Length) exceeds ``limit`` bytes."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    parts, size = [], 0
    chunks = response.aiter_bytes() if needs_decoding(response) else response.aiter_raw()
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)
