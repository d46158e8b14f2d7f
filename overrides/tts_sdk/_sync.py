"""``tts_sdk.TTS``: the synchronous client."""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tts_sdk._audio import Audio, Usage, atomic_file
from tts_sdk._client_base import ClientBase
from tts_sdk._errors import APIConnectionError, APIError, APITimeoutError
from tts_sdk._events import EventParser
from tts_sdk._join import check_joinable, join_audio
from tts_sdk._openai_shape import AudioResource, AudioSpeech
from tts_sdk._prepare import DEFAULT, USER_AGENT, prepare
from tts_sdk._responses import (
    aiml_link,
    audio_format,
    body_chunks,
    download_error,
    is_audio,
    media_type,
    raise_for_status,
    read_limited,
    request_id,
    too_large,
    unexpected_content,
)
from tts_sdk._retries import retry_delay
from tts_sdk._senders import SyncSender
from tts_sdk._split import split_text
from tts_sdk._urls import MAX_REDIRECTS, next_location, refusal
from tts_sdk._vocabulary import schema_at

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping
    from types import TracebackType
    from typing import Any, TypeVar

    from tts_sdk_generated._speech_types import SpeechMethods

    from tts_sdk._events import SpeechEvent
    from tts_sdk._prepare import Prepared, TimeoutTypes

    T = TypeVar("T")

logger = logging.getLogger("tts_sdk")
_DOWNLOAD_HEADERS = {"Accept": "audio/*", "User-Agent": USER_AGENT}
_RETRIABLE = (APIError,)


class TTS(ClientBase[httpx.Client]):
    """Text to speech over every generated client: one call, one vocabulary, any model.

    ``client.speech.create(model=..., text=..., voice=..., format=...)``; ``stream()`` and ``events()`` too.
    The constructor's options are described on ``__init__``.
    """

    #: ``speech.create``, ``stream`` and ``events``; typed per model (generated overloads: each model's own
    #: parameters, ``Literal`` voices and formats).
    speech: SpeechMethods[Audio, SpeechStream, Iterator[SpeechEvent]]

    def _start(self, http_client: httpx.Client | None) -> None:
        self._sender = SyncSender(http_client, self._options.timeout)
        self.speech = Speech(self)
        #: openai-python's shape: ``client.audio.speech.create(model=, input=, voice=, response_format=)``.
        self.audio = AudioResource(AudioSpeech(self.speech))

    def close(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in)."""
        self._sender.close()

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
        return _Exchange(self._client, prepared, max_retries).audio()

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
        return _Exchange(self._client, prepared, max_retries).open_stream()

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
        stream = _Exchange(self._client, prepared, max_retries).open_stream(events=True)
        return stream.iter_events()

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
            parts = list(pool.map(lambda item: _Exchange(self._client, item, max_retries).audio(), prepared))
        return _joined(parts, probe.requested_format)


class SpeechStream:
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

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The audio bytes as they arrive; the connection closes when they end or the iterator is dropped."""
        url, size = str(self._response.url), 0
        try:
            for chunk in self._response.iter_bytes(chunk_size):
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
            self.close()

    def iter_events(self) -> Iterator[SpeechEvent]:
        """Server-sent speech events, parsed as they arrive."""
        parser = EventParser(str(self._response.url))
        for chunk in self.iter_bytes():
            yield from parser.feed(chunk.decode("utf-8"))
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

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._response.close()

    def __enter__(self) -> SpeechStream:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __del__(self) -> None:
        if not self._response.is_closed:
            self._response.close()

    def __repr__(self) -> str:
        return f"SpeechStream(model={self.model!r}, content_type={self.content_type!r}, url={self.url!r})"


class _Exchange:
    """One request (with retries) and, for AIML links, the audio download (with its own retries)."""

    def __init__(self, client: TTS, prepared: Prepared, max_retries: int | None) -> None:
        self.sender, self.options, self.prepared = client._sender, client._options, prepared
        self.max_retries = self.options.max_retries if max_retries is None else max_retries

    def audio(self) -> Audio:
        """The whole audio: any failure before it is complete is retried (nothing reached the caller yet)."""
        prepared = self.prepared
        response, content = self._retrying(prepared.route.url, lambda: self._post(read=True))
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
        download, data = self._retrying(link, lambda: self._download(link, read=True))
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

    def open_stream(self, *, events: bool = False) -> SpeechStream:
        """The response, open and unread: retries stop once it is handed over."""
        prepared = self.prepared
        response, content = self._retrying(prepared.route.url, lambda: self._post(read=False, events=events))
        identifier, link, usage = request_id(response), None, None
        if content is not None:  # an AIML JSON answer: stream the download instead
            link, usage = aiml_link(response, content)
            response, _ = self._retrying(link, lambda: self._download(link, read=False))
        return SpeechStream(
            response,
            limit=self.options.max_audio_bytes,
            model=prepared.model,
            format=audio_format(response, prepared.requested_format),
            url=link,
            usage=usage,
            request_id=identifier,
            pcm_rate=prepared.pcm_rate,
        )

    def _retrying(self, url: str, action: Callable[[], T]) -> T:
        attempt = 0
        while True:
            try:
                return action()
            except _RETRIABLE as error:
                delay = retry_delay(error, attempt) if attempt < self.max_retries else None
                if delay is None:
                    raise
                attempt += 1
                logger.info("retry %d of %d for %s in %.2f s after: %s", attempt, self.max_retries, url, delay, error)
                time.sleep(delay)

    def _post(self, *, read: bool, events: bool = False) -> tuple[httpx.Response, bytes | None]:
        """POST the body. Returns the response and its body, or None for an audio response left open."""
        prepared = self.prepared
        url = prepared.route.url
        logger.debug("POST %s model=%s", url, prepared.model)
        response = self._send("POST", url, prepared.headers, prepared.body, credentials=True)
        try:
            streaming = (is_audio(response) or events) and response.is_success
            if streaming and not read:
                if events and not media_type(response).startswith("text/event-stream"):
                    raise unexpected_content(response, self._read(response, 512), "text/event-stream")
                return response, None
            content = self._read(response, self.options.max_audio_bytes, download=False)
            raise_for_status(response, content)
            if not is_audio(response) and not (
                prepared.route.spec.provider == "aiml" and media_type(response) in ("application/json", "")
            ):
                raise unexpected_content(
                    response, content, "audio" if prepared.route.spec.provider == "openai" else "audio or JSON"
                )
            return response, content
        except BaseException:
            response.close()
            raise

    def _download(self, url: str, *, read: bool) -> tuple[httpx.Response, bytes | None]:
        """GET the audio URL without any credentials, following redirects that pass :func:`refusal`."""
        for _ in range(MAX_REDIRECTS + 1):
            reason = refusal(url)
            if reason:
                raise download_error(url, reason)
            logger.debug("GET %s (audio, no credentials)", url)
            response = self._send("GET", url, _DOWNLOAD_HEADERS, None, credentials=False)
            if response.is_redirect:
                response.close()
                url = next_location(url, response.headers.get("location"))
                continue
            if not response.is_success:
                response.close()
                raise download_error(url, f"HTTP {response.status_code}", response.status_code)
            if not read:
                return response, None
            try:
                return response, self._read(response, self.options.max_audio_bytes, download=True)
            finally:
                response.close()
        raise download_error(url, f"more than {MAX_REDIRECTS} redirects")

    def _send(
        self, method: str, url: str, headers: Mapping[str, str], content: bytes | None, *, credentials: bool
    ) -> httpx.Response:
        """Send and return the response with its body unread; network failures become typed errors.

        ``credentials=False`` (audio downloads): no Authorization, Proxy-Authorization or Cookie at all.
        """
        timeout = self.prepared.timeout
        try:
            return self.sender.send(method, url, headers, content, timeout, credentials=credentials)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out talking to {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"connection to {url} failed: {exc or type(exc).__name__}", url=url) from None

    def _read(self, response: httpx.Response, limit: int, *, download: bool = False) -> bytes:
        url = str(response.url)
        try:
            content = read_limited(body_chunks(response), response, limit)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out reading from {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"the response from {url} broke off: {exc or type(exc).__name__}", url=url
            ) from None
        finally:
            response.close()
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
