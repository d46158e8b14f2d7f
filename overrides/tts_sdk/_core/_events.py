"""Typed server-sent speech events: :class:`SpeechAudioDelta` (audio bytes) and :class:`SpeechAudioDone` (the end,
with usage where the API reports it), parsed from any API's events by the shape its ``[api.*]`` table gives
(OpenAI's ``speech.audio.delta``/``speech.audio.done``, Cartesia's ``chunk``/``done``)."""

from __future__ import annotations

import base64
import binascii
import json

from tts_sdk._errors import StreamEventError, quoted

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any


class SpeechUsage:
    """Token usage of a streamed synthesis."""

    __slots__ = ("input_tokens", "output_tokens", "total_tokens")

    def __init__(self, input_tokens: int, output_tokens: int, total_tokens: int) -> None:
        self.input_tokens, self.output_tokens, self.total_tokens = input_tokens, output_tokens, total_tokens

    def __repr__(self) -> str:
        counts = (
            f"input_tokens={self.input_tokens}, output_tokens={self.output_tokens}, total_tokens={self.total_tokens}"
        )
        return f"SpeechUsage({counts})"


class SpeechAudioDelta:
    """A chunk of audio, decoded from the event's base64 ``audio``."""

    __slots__ = ("audio",)
    type = "speech.audio.delta"

    def __init__(self, audio: bytes) -> None:
        self.audio = audio

    def __repr__(self) -> str:
        return f"SpeechAudioDelta(audio=<{len(self.audio)} bytes>)"


class SpeechAudioDone:
    """The end of the stream, with usage (None where the API reports none)."""

    __slots__ = ("usage",)
    type = "speech.audio.done"

    def __init__(self, usage: SpeechUsage | None) -> None:
        self.usage = usage

    def __repr__(self) -> str:
        return f"SpeechAudioDone(usage={self.usage!r})"


SpeechEvent = SpeechAudioDelta | SpeechAudioDone


#: The longest SSE line accepted (a ``data:`` line carries one base64 audio delta).
MAX_LINE_BYTES = 16 * 1024 * 1024
#: OpenAI's event shape: the default.
OPENAI_EVENTS = {"type": "type", "delta": "speech.audio.delta", "audio": "audio", "done": "speech.audio.done",
                 "usage": "usage"}  # fmt: skip


class EventParser:
    """Incremental SSE parser over bytes, in linear time: LF, CRLF and CR line ends, UTF-8 split anywhere
    across chunks, lines of at most ``max_line`` bytes. :meth:`close` raises :class:`StreamEventError` when the
    stream ended without its done event. ``shape`` names the type field, the delta and done types, the fields
    of the audio, the usage and an error event's message; events of other types are skipped."""

    def __init__(self, url: str, max_line: int = MAX_LINE_BYTES, shape: Mapping[str, str] | None = None) -> None:
        self._url, self._max_line = url, max_line
        self._shape = dict(shape or OPENAI_EVENTS)
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no line end
        self._after_cr = False  # the last chunk ended in CR: a LF starting the next one belongs to it
        self._data: list[str] = []
        self._count = 0
        self._done = False

    def feed(self, chunk: bytes) -> list[SpeechEvent]:
        """Events completed by ``chunk``."""
        if self._after_cr and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._after_cr = False
        self._buffer += chunk
        events: list[SpeechEvent] = []
        start = 0
        buffer = self._buffer
        position = self._scanned
        while True:
            cr, lf = buffer.find(b"\r", position), buffer.find(b"\n", position)
            end = min(cr, lf) if cr >= 0 and lf >= 0 else max(cr, lf)
            if end < 0:
                break
            if end - start > self._max_line:
                raise self._too_long()
            self._line(bytes(buffer[start:end]), events)
            step = 1
            if buffer[end] == 0x0D:
                if end + 1 < len(buffer):
                    step = 2 if buffer[end + 1] == 0x0A else 1
                else:
                    self._after_cr = True
            start = position = end + step
        del buffer[:start]
        self._scanned = len(buffer)
        if self._scanned > self._max_line:
            raise self._too_long()
        return events

    def close(self) -> list[SpeechEvent]:
        """Events still pending at the end of the body; raises when ``speech.audio.done`` never came."""
        events: list[SpeechEvent] = []
        if self._buffer:
            self._line(bytes(self._buffer), events)
            self._buffer.clear()
        self._line(b"", events)
        if not self._done:
            raise StreamEventError(
                f"the event stream from {self._url} ended after {self._count} events without "
                f"{self._shape['done']}: the audio may be incomplete",
                url=self._url,
            )
        return events

    def _line(self, raw: bytes, events: list[SpeechEvent]) -> None:
        if not raw:
            if self._data:
                self._event("\n".join(self._data), events)
                self._data = []
            return
        if raw.startswith(b"data:"):
            try:
                text = raw[5:].decode("utf-8")
            except UnicodeDecodeError as exc:
                message = f"event {self._count + 1} from {self._url} is not UTF-8 (byte {exc.start + 5} of its line)"
                raise StreamEventError(message, url=self._url) from None
            self._data.append(text.removeprefix(" "))
        # "event:", "id:", "retry:" and ":" comment lines carry nothing a speech event needs.

    def _too_long(self) -> StreamEventError:
        return StreamEventError(f"an event line from {self._url} is longer than {self._max_line} bytes", url=self._url)

    def _event(self, data: str, events: list[SpeechEvent]) -> None:
        self._count += 1
        where = f"event {self._count} from {self._url}"
        shape = self._shape
        try:
            body: Any = json.loads(data)
        except ValueError:
            raise StreamEventError(f"{where} is not JSON: {data[:80]!r}", url=self._url) from None
        if not isinstance(body, dict):
            raise StreamEventError(f"{where} is not a JSON object: {data[:80]!r}", url=self._url)
        kind = body.get(shape["type"])
        if kind == shape["delta"]:
            audio = body.get(shape["audio"])
            if not isinstance(audio, str):
                raise StreamEventError(f"{where} ({kind}) has no base64 `{shape['audio']}`", url=self._url)
            try:
                events.append(SpeechAudioDelta(base64.b64decode(audio, validate=True)))
            except (binascii.Error, ValueError):
                raise StreamEventError(f"{where} ({kind}): `{shape['audio']}` is not base64", url=self._url) from None
        elif kind == shape["done"]:
            self._done = True
            events.append(SpeechAudioDone(self._usage(body, where)))
        elif "error" in shape and kind == shape["error"]:
            message = body.get(shape.get("message", "message"))
            raise StreamEventError(f"{where}: the API reports an error: {quoted(str(message))}", url=self._url)
        # Other event types (word timestamps, a type added later) carry no audio: skipped.

    def _usage(self, body: dict[str, Any], where: str) -> SpeechUsage | None:
        field = self._shape.get("usage")
        if field is None:
            return None
        usage = body.get(field)
        fields = ("input_tokens", "output_tokens", "total_tokens")
        if not isinstance(usage, dict) or not all(isinstance(usage.get(name), int) for name in fields):
            raise StreamEventError(f"{where} ({self._shape['done']}) lacks integer usage {fields}", url=self._url)
        return SpeechUsage(*(int(usage[name]) for name in fields))
