"""``tts_sdk.AsyncTTS``: the asynchronous client, the same shape as :class:`tts_sdk.TTS` with ``await``."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

import httpx

from tts_sdk._audio import Audio, atomic_file
from tts_sdk._client_base import ClientBase
from tts_sdk._drivers import AiohttpDriver, AsyncHttpxDriver
from tts_sdk._errors import ConfigurationError, StreamConsumedError
from tts_sdk._events import EventParser
from tts_sdk._exchange import media_type, speech_flow
from tts_sdk._join import check_joinable
from tts_sdk._openai_shape import AsyncAudioSpeech, AudioResource
from tts_sdk._prepare import DEFAULT, plan, prepare
from tts_sdk._results import StreamDecoder, audio_format, audio_of, joined
from tts_sdk._split import split_text
from tts_sdk._vocabulary import schema_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Generator, Mapping
    from types import TracebackType
    from typing import Any

    from tts_sdk_generated._speech_types import AsyncSpeechMethods

    from tts_sdk._events import SpeechEvent
    from tts_sdk._exchange import Outcome
    from tts_sdk._prepare import Prepared, TimeoutTypes

logger = logging.getLogger("tts_sdk")


class AsyncTTS(ClientBase[httpx.AsyncClient]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; awaited, like ``stream()`` and ``events()``.
    The constructor's options are described on ``__init__``.
    """

    #: ``await speech.create(...)``, ``speech.stream``, ``speech.events``; typed per model (generated overloads).
    speech: AsyncSpeechMethods[Audio, _StreamRequest, AsyncIterator[SpeechEvent]]

    def _start(self, http_client: Any, http_backend: str = "httpx") -> None:
        self._driver: AsyncHttpxDriver | AiohttpDriver
        if http_backend == "aiohttp" or type(http_client).__module__.startswith("aiohttp"):
            self._driver = AiohttpDriver(http_client, self._options.timeout)
        elif http_backend == "httpx":
            self._driver = AsyncHttpxDriver(http_client, self._options.timeout)
        else:
            raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', not {http_backend!r}")
        self.speech = AsyncSpeech(self)
        #: openai-python's shape: ``await client.audio.speech.create(model=, input=, voice=, response_format=)``.
        self.audio = AudioResource(AsyncAudioSpeech(self.speech))

    async def aclose(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in)."""
        await self._driver.aclose()

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
        return await self._audio(prepared, max_retries)

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
        return _StreamRequest(self._open(prepared, max_retries))

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
        return _events(self._open(prepared, max_retries, events=True))

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
                return await self._audio(item, max_retries)

        # A TaskGroup: when one part fails, the others are cancelled (not synthesized, nor billed, behind you).
        try:
            async with asyncio.TaskGroup() as group:
                tasks = [group.create_task(part(item)) for item in prepared]
        except BaseExceptionGroup as failed:
            raise failed.exceptions[0] from None
        return joined([task.result() for task in tasks], probe.requested_format)

    async def _audio(self, prepared: Prepared, max_retries: int | None) -> Audio:
        client = self._client
        flow = speech_flow(plan(client._options, prepared, max_retries))
        return audio_of(await client._driver.drive(flow), prepared)

    async def _open(self, prepared: Prepared, max_retries: int | None, *, events: bool = False) -> AsyncSpeechStream:
        client = self._client
        flow = speech_flow(plan(client._options, prepared, max_retries), stream=True, events=events)
        outcome = await client._driver.drive(flow)
        return AsyncSpeechStream(client._driver, outcome, prepared, client._options.max_audio_bytes)


class AsyncSpeechStream:
    """Audio arriving over an open connection. Iterate it once; it closes when done, on error, or when closed."""

    def __init__(
        self, driver: AsyncHttpxDriver | AiohttpDriver, outcome: Outcome, prepared: Prepared, limit: int
    ) -> None:
        self._driver, self._outcome, self._limit = driver, outcome, limit
        answer = outcome.answer
        self.model, self.url, self.usage, self.request_id = (
            prepared.model,
            outcome.link,
            outcome.usage,
            outcome.request_id,
        )
        self.format = audio_format(answer, prepared.requested_format)
        #: The sample rate of raw ``pcm`` audio (16-bit mono), for a player to be set up with.
        self.pcm_rate = prepared.pcm_rate
        self.content_type = media_type(answer)
        self._consumed = False

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is finalized."""
        if self._consumed:
            raise StreamConsumedError(f"the audio stream from {self._outcome.answer.url} was already read")
        self._consumed = True
        decoder = StreamDecoder(self._outcome, self._limit, chunk_size)
        try:
            async for raw in self._driver.aiter_raw(self._outcome.answer):
                for chunk in decoder.feed(raw):
                    yield chunk
            for chunk in decoder.close():
                yield chunk
        finally:
            await self.aclose()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """openai-python's name for :meth:`aiter_bytes` on an async response."""
        return self.aiter_bytes(chunk_size)

    async def aiter_events(self) -> AsyncIterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(self._outcome.answer.url)
        async for chunk in self.aiter_bytes():
            for event in parser.feed(chunk):
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

    @property
    def closed(self) -> bool:
        """Whether the connection is closed (the body ended, failed, or :meth:`close` was called)."""
        return self._driver.is_closed(self._outcome.answer)

    async def aclose(self) -> None:
        """Close the connection (idempotent)."""
        await self._driver.close_answer(self._outcome.answer)

    async def __aenter__(self) -> AsyncSpeechStream:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncSpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"


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


async def _events(opening: Awaitable[AsyncSpeechStream]) -> AsyncIterator[SpeechEvent]:
    stream = await opening
    try:
        async for event in stream.aiter_events():
            yield event
    finally:
        await stream.aclose()  # an events iterator dropped early closes its connection
