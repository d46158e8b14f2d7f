"""``tts_sdk.TTS``: the synchronous client."""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import httpx

from tts_sdk._audio import Audio, atomic_file
from tts_sdk._client_base import ClientBase
from tts_sdk._drivers import HttpxDriver
from tts_sdk._errors import ConfigurationError, StreamConsumedError
from tts_sdk._events import EventParser
from tts_sdk._exchange import media_type, speech_flow
from tts_sdk._join import check_joinable
from tts_sdk._openai_shape import AudioResource, AudioSpeech
from tts_sdk._prepare import DEFAULT, plan, prepare
from tts_sdk._results import StreamDecoder, audio_format, audio_of, joined
from tts_sdk._split import split_text
from tts_sdk._vocabulary import schema_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from types import TracebackType
    from typing import Any

    from tts_sdk_generated._speech_types import SpeechMethods

    from tts_sdk._events import SpeechEvent
    from tts_sdk._exchange import Outcome
    from tts_sdk._prepare import Prepared, TimeoutTypes

logger = logging.getLogger("tts_sdk")


class TTS(ClientBase[httpx.Client]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; ``stream()`` and ``events()`` too.
    The constructor's options are described on ``__init__``.
    """

    #: ``speech.create``, ``stream`` and ``events``; typed per model (generated overloads: each model's own
    #: parameters, ``Literal`` voices and formats).
    speech: SpeechMethods[Audio, SpeechStream, Iterator[SpeechEvent]]

    def _start(self, http_client: httpx.Client | None, http_backend: str = "httpx") -> None:
        if http_backend != "httpx":
            raise ConfigurationError(f"TTS sends over httpx; http_backend={http_backend!r} is for AsyncTTS")
        self._driver = HttpxDriver(http_client, self._options.timeout)
        self.speech = Speech(self)
        #: openai-python's shape: ``client.audio.speech.create(model=, input=, voice=, response_format=)``.
        self.audio = AudioResource(AudioSpeech(self.speech))

    def close(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in). A closed client sends
        nothing more: a call raises :class:`ClientClosedError`."""
        self._driver.close()

    def __enter__(self) -> TTS:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


class Speech:
    """``client.speech``: synthesize speech, whole (:meth:`create`), streamed (:meth:`stream`) or as events."""

    def __init__(self, client: TTS) -> None:
        self._client = client

    def create(
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
            return self._create_split(params, call, max_retries, concurrency)
        prepared = prepare(self._client._options, params=params, **call)  # type: ignore[arg-type]
        return self._audio(prepared, max_retries)

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
    ) -> SpeechStream:
        """Send the request and return the audio as a :class:`SpeechStream`, bytes handed over as they arrive.

        Use it in a ``with`` block, or iterate :meth:`SpeechStream.iter_bytes` anywhere (a web framework's
        streaming response): the connection closes when the bytes are exhausted or the stream is collected.
        The request is retried only before its first byte reaches you.
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
        return self._open(prepared, max_retries)

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
    ) -> Iterator[SpeechEvent]:
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
        return self._open(prepared, max_retries, events=True).iter_events()

    def _create_split(
        self, params: dict[str, Any], call: dict[str, Any], max_retries: int | None, concurrency: int
    ) -> Audio:
        options = self._client._options
        probe = prepare(options, params={**params, "text": "probe"}, **call)
        check_joinable(probe.requested_format)
        limit = int(schema_at(probe.route.spec, probe.text_field).get("maxLength", 4096))
        pieces = split_text(str(params["text"]), limit)
        prepared = [prepare(options, params={**params, "text": piece}, **call) for piece in pieces]
        logger.debug("split %d characters into %d parts of at most %d", len(str(params["text"])), len(pieces), limit)
        with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(prepared)))) as pool:
            futures = [pool.submit(self._audio, item, max_retries) for item in prepared]
            done, _ = wait(futures, return_when="FIRST_EXCEPTION")
            failed = next((future for future in done if future.exception() is not None), None)
            if failed is not None:  # the parts not started yet are not sent (nor billed)
                for future in futures:
                    future.cancel()
                raise failed.exception()  # type: ignore[misc]
            parts = [future.result() for future in futures]
        return joined(parts, probe.requested_format)

    def _audio(self, prepared: Prepared, max_retries: int | None) -> Audio:
        client = self._client
        return audio_of(client._driver.drive(speech_flow(plan(client._options, prepared, max_retries))), prepared)

    def _open(self, prepared: Prepared, max_retries: int | None, *, events: bool = False) -> SpeechStream:
        client = self._client
        flow = speech_flow(plan(client._options, prepared, max_retries), stream=True, events=events)
        outcome = client._driver.drive(flow)
        return SpeechStream(client._driver, outcome, prepared, client._options.max_audio_bytes)


class SpeechStream:
    """Audio arriving over an open connection. Iterate it once; it closes when done, on error, or on collection."""

    def __init__(self, driver: HttpxDriver, outcome: Outcome, prepared: Prepared, limit: int) -> None:
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

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is dropped."""
        if self._consumed:
            raise StreamConsumedError(f"the audio stream from {self._outcome.answer.url} was already read")
        self._consumed = True
        decoder = StreamDecoder(self._outcome, self._limit, chunk_size)
        try:
            for raw in self._driver.iter_raw(self._outcome.answer):
                yield from decoder.feed(raw)
            yield from decoder.close()
        finally:
            self.close()

    def iter_events(self) -> Iterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(self._outcome.answer.url)
        for chunk in self.iter_bytes():
            yield from parser.feed(chunk)
        yield from parser.close()

    def read(self) -> bytes:
        """All the remaining bytes."""
        return b"".join(self.iter_bytes())

    def stream_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Write the audio to ``path`` as it arrives; the file appears, complete, only when the stream ends well."""
        target = Path(path)
        with atomic_file(target) as handle:
            for chunk in self.iter_bytes():
                handle.write(chunk)
        return target

    @property
    def closed(self) -> bool:
        """Whether the connection is closed (the body ended, failed, or :meth:`close` was called)."""
        return self._driver.is_closed(self._outcome.answer)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._outcome.answer.response.close()  # type: ignore[attr-defined]

    def __enter__(self) -> SpeechStream:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __del__(self) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"
