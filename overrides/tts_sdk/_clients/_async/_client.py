"""``tts_sdk.AsyncTTS``: the speech client, its ``speech`` methods and its stream.

A call is prepared at once (routing, the body in the model's own words, validation: errors in what you passed
surface at the call), and sent when its result is first needed: ``create`` when awaited, a stream when it is
entered, awaited or first read, events on the first iteration. The exchange itself is the sans-IO core's
(``tts_sdk._core._exchange``), performed by a driver (``_driver.py``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import httpx

from tts_sdk._clients._async._driver import AsyncDriver
from tts_sdk._clients._async._flavour import new_driver, run_parts
from tts_sdk._clients._async._openai import AsyncAudioSpeech
from tts_sdk._clients._base import ClientBase
from tts_sdk._core._call import DEFAULT, speech_call
from tts_sdk._core._events import EventParser
from tts_sdk._core._exchange import media_type, speech_flow
from tts_sdk._core._results import StreamDecoder, audio_format, audio_of, joined
from tts_sdk._core._split import split_text
from tts_sdk._errors import StreamConsumedError
from tts_sdk._media._audio import atomic_file
from tts_sdk._media._join import check_joinable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Generator, Mapping
    from types import TracebackType
    from typing import Any

    from tts_sdk_generated._speech_types import AsyncSpeechMethods

    from tts_sdk._core._call import SpeechCall, TimeoutTypes
    from tts_sdk._core._events import SpeechEvent
    from tts_sdk._core._exchange import Outcome
    from tts_sdk._media._audio import Audio, Usage

logger = logging.getLogger("tts_sdk")


class AsyncTTS(ClientBase[httpx.AsyncClient]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; ``stream()`` and ``events()`` too.
    The constructor's options are described on ``__init__``.
    """

    #: ``speech.create``, ``stream`` and ``events``; typed per model (generated overloads: each model's own
    #: parameters, ``Literal`` voices and formats).
    speech: AsyncSpeechMethods[Audio, AsyncSpeechStream, AsyncIterator[SpeechEvent]]

    def _start(self, http_client: Any, http_backend: str) -> None:
        self._driver: AsyncDriver = new_driver(http_client, http_backend, self._options.timeout)
        self.speech = AsyncSpeech(self)
        #: openai-python's shape: ``client.audio.speech.create(model=, input=, voice=, response_format=)``.
        self.audio = AsyncAudioResource(AsyncAudioSpeech(self.speech))

    async def aclose(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in). A closed client sends
        nothing more: a call raises :class:`ClientClosedError`."""
        await self._driver.aclose()

    async def __aenter__(self) -> AsyncTTS:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncAudioResource:
    """``client.audio``: openai-python's namespace, holding ``speech``."""

    def __init__(self, speech: AsyncAudioSpeech) -> None:
        self.speech = speech


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
        extra_query: Mapping[str, Any] | None = None,
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
        words = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        options = {"model": model, "extra_body": extra_body, "extra_query": extra_query, "request": request,
                   "provider": provider, "extra_headers": extra_headers, "timeout": timeout,
                   "max_retries": max_retries}  # fmt: skip
        if split and text is not None:
            return await self._split(words, options, concurrency)
        return await self._audio(self._call(words, options))

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
        extra_query: Mapping[str, Any] | None = None,
        request: object | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
        max_retries: int | None = None,
    ) -> AsyncSpeechStream:
        """The audio as an :class:`AsyncSpeechStream`, bytes handed over as they arrive.

        The request is sent when the stream is entered (``async with client.speech.stream(...) as stream``) or
        first read (``aiter_bytes``, ``read``, ``stream_to_file``). It is retried only before its first byte
        reaches you; the connection closes when the bytes are exhausted, the block ends, or the iterator is
        finalized.
        """
        words = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        options = {"model": model, "extra_body": extra_body, "extra_query": extra_query, "request": request,
                   "provider": provider, "extra_headers": extra_headers, "timeout": timeout,
                   "max_retries": max_retries, "role": "stream"}  # fmt: skip
        return AsyncSpeechStream(self._client._driver, self._call(words, options))

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
        extra_query: Mapping[str, Any] | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
        max_retries: int | None = None,
    ) -> AsyncIterator[SpeechEvent]:
        """Stream the API's server-sent events (OpenAI's ``stream_format="sse"``, Cartesia's ``/tts/sse``) as typed
        objects.

        Yields :class:`SpeechAudioDelta` (decoded audio bytes) and finally :class:`SpeechAudioDone` (usage). A
        malformed event raises :class:`StreamEventError` naming it. The request is sent on the first iteration;
        leaving the loop early closes the connection.
        """
        words = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        options = {"model": model, "extra_body": extra_body, "extra_query": extra_query, "request": None,
                   "provider": provider, "extra_headers": extra_headers, "timeout": timeout,
                   "max_retries": max_retries, "role": "events"}  # fmt: skip
        return AsyncSpeechStream(self._client._driver, self._call(words, options), events=True).aiter_events()

    def _call(self, words: Mapping[str, Any], options: Mapping[str, Any]) -> SpeechCall:
        return speech_call(self._client._options, params=words, **options)

    async def _audio(self, call: SpeechCall) -> Audio:
        return audio_of(await self._client._driver.drive(speech_flow(call)), call)

    async def _split(self, words: Mapping[str, Any], options: Mapping[str, Any], concurrency: int) -> Audio:
        probe = self._call({**words, "text": "probe"}, options)
        check_joinable(probe.requested_format)
        limit = probe.spec.text_limit or 4096
        pieces = split_text(str(words["text"]), limit)
        calls = [self._call({**words, "text": piece}, options) for piece in pieces]
        logger.debug("split %d characters into %d parts of at most %d", len(str(words["text"])), len(pieces), limit)
        return joined(await run_parts(self._audio, calls, concurrency), probe.requested_format)


class AsyncSpeechStream:
    """Audio arriving over an open connection. Iterate it once; it closes when done, on error, or when closed.

    The request is sent when the stream is entered or first read; ``url``, ``usage``, ``request_id``,
    ``format`` and ``content_type`` are known from then on.
    """

    def __init__(self, driver: AsyncDriver, call: SpeechCall, *, events: bool = False) -> None:
        self._driver, self._call, self._events = driver, call, events
        self._outcome: Outcome | None = None
        self._consumed = False
        self.model = call.model
        #: The sample rate of raw ``pcm`` audio (16-bit mono), for a player to be set up with.
        self.pcm_rate = call.pcm_rate
        self.url: str | None = None
        self.usage: Usage | None = None
        self.request_id: str | None = None
        self.format: str | None = call.requested_format
        self.content_type: str | None = None

    async def _open(self) -> Outcome:
        """Send the request (once) and take the answer's headers."""
        if self._outcome is None:
            flow = speech_flow(self._call, stream=True, events=self._events)
            outcome = self._outcome = await self._driver.drive(flow)
            self.url, self.usage, self.request_id = outcome.link, outcome.usage, outcome.request_id
            self.format = audio_format(outcome.answer, self._call)
            self.content_type = media_type(outcome.answer)
        return self._outcome

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is finalized."""
        if self._consumed:
            raise StreamConsumedError(f"the audio stream of {self._call.model!r} was already read")
        self._consumed = True
        try:
            outcome = await self._open()
            decoder = StreamDecoder(outcome, self._call.limit, chunk_size)
            async for raw in self._driver.aiter_raw(outcome.answer):
                for chunk in decoder.feed(raw):
                    yield chunk
            for chunk in decoder.close():
                yield chunk
        finally:
            await self.aclose()

    async def aiter_events(self) -> AsyncIterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(self._call.url, shape=self._call.api.events)
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
        """Whether the connection is closed (never opened, the body ended or failed, or :meth:`aclose`)."""
        return self._outcome is None or self._driver.is_closed(self._outcome.answer)

    async def aclose(self) -> None:
        """Close the connection (idempotent)."""
        if self._outcome is not None:
            await self._driver.close_answer(self._outcome.answer)

    async def __aenter__(self) -> AsyncSpeechStream:
        await self._open()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # unasync: async only
    def __await__(self) -> Generator[Any, None, AsyncSpeechStream]:
        """``stream = await client.speech.stream(...)``: the stream, opened (the request sent)."""
        return self.__aenter__().__await__()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """openai-python's name for :meth:`aiter_bytes` on an async response."""
        return self.aiter_bytes(chunk_size)

    # unasync: end

    def __repr__(self) -> str:
        return f"AsyncSpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"
