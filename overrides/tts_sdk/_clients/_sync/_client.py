# Generated from overrides/tts_sdk/_clients/_async/_client.py by `python -m generator unasync`; do not edit.
"""``tts_sdk.TTS``: the speech client, its ``speech`` methods and its stream.

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

from tts_sdk._clients._base import ClientBase
from tts_sdk._clients._sync._driver import Driver
from tts_sdk._clients._sync._flavour import new_driver, run_parts
from tts_sdk._clients._sync._openai import AudioSpeech
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
    from collections.abc import Iterator, Mapping
    from types import TracebackType
    from typing import Any

    from tts_sdk_generated._speech_types import SpeechMethods

    from tts_sdk._core._call import SpeechCall, TimeoutTypes
    from tts_sdk._core._events import SpeechEvent
    from tts_sdk._core._exchange import Outcome
    from tts_sdk._media._audio import Audio, Usage

logger = logging.getLogger("tts_sdk")


class TTS(ClientBase[httpx.Client]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; ``stream()`` and ``events()`` too.
    The constructor's options are described on ``__init__``.
    """

    #: ``speech.create``, ``stream`` and ``events``; typed per model (generated overloads: each model's own
    #: parameters, ``Literal`` voices and formats).
    speech: SpeechMethods[Audio, SpeechStream, Iterator[SpeechEvent]]

    def _start(self, http_client: Any, http_backend: str) -> None:
        self._driver: Driver = new_driver(http_client, http_backend, self._options.timeout)
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


class AudioResource:
    """``client.audio``: openai-python's namespace, holding ``speech``."""

    def __init__(self, speech: AudioSpeech) -> None:
        self.speech = speech


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
            return self._split(words, options, concurrency)
        return self._audio(self._call(words, options))

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
    ) -> SpeechStream:
        """The audio as an :class:`SpeechStream`, bytes handed over as they arrive.

        The request is sent when the stream is entered (``with client.speech.stream(...) as stream``) or
        first read (``iter_bytes``, ``read``, ``stream_to_file``). It is retried only before its first byte
        reaches you; the connection closes when the bytes are exhausted, the block ends, or the iterator is
        finalized.
        """
        words = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        options = {"model": model, "extra_body": extra_body, "extra_query": extra_query, "request": request,
                   "provider": provider, "extra_headers": extra_headers, "timeout": timeout,
                   "max_retries": max_retries, "role": "stream"}  # fmt: skip
        return SpeechStream(self._client._driver, self._call(words, options))

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
    ) -> Iterator[SpeechEvent]:
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
        return SpeechStream(self._client._driver, self._call(words, options), events=True).iter_events()

    def _call(self, words: Mapping[str, Any], options: Mapping[str, Any]) -> SpeechCall:
        return speech_call(self._client._options, params=words, **options)

    def _audio(self, call: SpeechCall) -> Audio:
        return audio_of(self._client._driver.drive(speech_flow(call)), call)

    def _split(self, words: Mapping[str, Any], options: Mapping[str, Any], concurrency: int) -> Audio:
        probe = self._call({**words, "text": "probe"}, options)
        check_joinable(probe.requested_format)
        limit = probe.spec.text_limit or 4096
        pieces = split_text(str(words["text"]), limit)
        calls = [self._call({**words, "text": piece}, options) for piece in pieces]
        logger.debug("split %d characters into %d parts of at most %d", len(str(words["text"])), len(pieces), limit)
        return joined(run_parts(self._audio, calls, concurrency), probe.requested_format)


class SpeechStream:
    """Audio arriving over an open connection. Iterate it once; it closes when done, on error, or when closed.

    The request is sent when the stream is entered or first read; ``url``, ``usage``, ``request_id``,
    ``format`` and ``content_type`` are known from then on.
    """

    def __init__(self, driver: Driver, call: SpeechCall, *, events: bool = False) -> None:
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

    def _open(self) -> Outcome:
        """Send the request (once) and take the answer's headers."""
        if self._outcome is None:
            flow = speech_flow(self._call, stream=True, events=self._events)
            outcome = self._outcome = self._driver.drive(flow)
            self.url, self.usage, self.request_id = outcome.link, outcome.usage, outcome.request_id
            self.format = audio_format(outcome.answer, self._call)
            self.content_type = media_type(outcome.answer)
        return self._outcome

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is finalized."""
        if self._consumed:
            raise StreamConsumedError(f"the audio stream of {self._call.model!r} was already read")
        self._consumed = True
        try:
            outcome = self._open()
            decoder = StreamDecoder(outcome, self._call.limit, chunk_size)
            for raw in self._driver.iter_raw(outcome.answer):
                for chunk in decoder.feed(raw):
                    yield chunk
            for chunk in decoder.close():
                yield chunk
        finally:
            self.close()

    def iter_events(self) -> Iterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(self._call.url, shape=self._call.api.events)
        for chunk in self.iter_bytes():
            for event in parser.feed(chunk):
                yield event
        for event in parser.close():
            yield event

    def read(self) -> bytes:
        """All the remaining bytes."""
        return b"".join([chunk for chunk in self.iter_bytes()])

    def stream_to_file(self, path: str | os.PathLike[str]) -> Path:
        """Write the audio to ``path`` as it arrives; the file appears, complete, only when the stream ends well."""
        target = Path(path)
        with atomic_file(target) as handle:
            for chunk in self.iter_bytes():
                handle.write(chunk)
        return target

    @property
    def closed(self) -> bool:
        """Whether the connection is closed (never opened, the body ended or failed, or :meth:`close`)."""
        return self._outcome is None or self._driver.is_closed(self._outcome.answer)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._outcome is not None:
            self._driver.close_answer(self._outcome.answer)

    def __enter__(self) -> SpeechStream:
        self._open()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"SpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"
