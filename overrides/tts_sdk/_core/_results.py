"""What a finished exchange becomes: an :class:`Audio`, or the parts of a stream. Pure; sync and async share it."""

from __future__ import annotations

from tts_sdk._core._decoding import BodyDecoder, CorruptBodyError, TooLargeError
from tts_sdk._core._exchange import media_type, too_large
from tts_sdk._errors import APIResponseValidationError
from tts_sdk._media._audio import Audio, Usage, format_of
from tts_sdk._media._join import join_audio

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tts_sdk._core._call import SpeechCall
    from tts_sdk._core._exchange import Answer, Outcome


def audio_format(answer: Answer, call: SpeechCall) -> str | None:
    """The format of audio bytes: the response's audio media type, else what the call asked for."""
    return format_of(media_type(answer)) or call.requested_format


def audio_of(outcome: Outcome, call: SpeechCall) -> Audio:
    """The :class:`Audio` of a whole (read) outcome."""
    assert outcome.content is not None
    kind = outcome.kind
    format_name = format_of(kind) or call.requested_format
    return Audio(
        outcome.content,
        content_type=kind or "application/octet-stream",
        format=format_name,
        model=call.model,
        url=outcome.link,
        usage=outcome.usage,
        request_id=outcome.request_id,
        pcm_rate=call.pcm_rate if format_name == "pcm" else None,
    )


def joined(parts: list[Audio], format_name: str | None) -> Audio:
    """One :class:`Audio` from the parts of a split text."""
    first = parts[0]
    usages = [part.usage for part in parts if part.usage is not None]
    usage = None
    if usages:
        usage = Usage(sum(u.credits_used or 0 for u in usages), sum(u.usd_spent or 0 for u in usages))
    content = join_audio([part.content for part in parts], first.format or str(format_name))
    return Audio(
        content,
        content_type=first.content_type,
        format=first.format,
        model=first.model,
        usage=usage,
        request_id=first.request_id,
        pcm_rate=first.pcm_rate,
    )


class StreamDecoder:
    """A stream's raw chunks to audio bytes: decoded within ``max_audio_bytes``, re-cut to ``chunk_size``."""

    def __init__(self, outcome: Outcome, limit: int, chunk_size: int | None) -> None:
        self._url, self._limit, self._download = outcome.answer.url, limit, outcome.link is not None
        self._decoder = BodyDecoder(outcome.answer.headers, limit, self._url)
        self._chunk_size = chunk_size
        self._pending = bytearray()

    def feed(self, raw: bytes) -> list[bytes]:
        """Whole chunks ready to hand over."""
        try:
            data = self._decoder.feed(raw)
        except TooLargeError:
            raise too_large(self._url, self._limit, download=self._download) from None
        except CorruptBodyError as exc:
            message = f"{self._url} sent a body that does not decode: {exc}"
            raise APIResponseValidationError(message, url=self._url) from None
        if self._chunk_size is None:
            return [data] if data else []
        self._pending += data
        size, ready = self._chunk_size, []
        while len(self._pending) >= size:
            ready.append(bytes(self._pending[:size]))
            del self._pending[:size]
        return ready

    def close(self) -> list[bytes]:
        """What is left at the end."""
        rest, self._pending = bytes(self._pending), bytearray()
        return [rest] if rest else []
