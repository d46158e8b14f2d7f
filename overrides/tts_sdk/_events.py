"""Typed server-sent speech events: ``speech.audio.delta`` (audio bytes) and ``speech.audio.done`` (usage)."""

from __future__ import annotations

import base64
import binascii
import json

from tts_sdk._errors import StreamEventError

TYPE_CHECKING = False
if TYPE_CHECKING:
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
    """The end of the stream, with usage."""

    __slots__ = ("usage",)
    type = "speech.audio.done"

    def __init__(self, usage: SpeechUsage) -> None:
        self.usage = usage

    def __repr__(self) -> str:
        return f"SpeechAudioDone(usage={self.usage!r})"


SpeechEvent = SpeechAudioDelta | SpeechAudioDone


class EventParser:
    """Incremental SSE parser: feed it text as it arrives, get complete events back."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._buffer = ""
        self._data: list[str] = []
        self._count = 0

    def feed(self, text: str) -> list[SpeechEvent]:
        """Events completed by ``text``."""
        self._buffer += text
        events = []
        *lines, self._buffer = self._buffer.split("\n")
        for raw in lines:
            line = raw.rstrip("\r")
            if not line:
                if self._data:
                    events.append(self._event("\n".join(self._data)))
                    self._data = []
            elif line.startswith("data:"):
                self._data.append(line[5:].removeprefix(" "))
            # "event:", "id:", "retry:" and ":" comment lines carry nothing a speech event needs.
        return events

    def close(self) -> list[SpeechEvent]:
        """Events still pending at the end of the body (a last one without its blank line)."""
        pending = self.feed("\n\n") if (self._buffer.strip() or self._data) else []
        return pending

    def _event(self, data: str) -> SpeechEvent:
        self._count += 1
        where = f"event {self._count} from {self._url}"
        try:
            body: Any = json.loads(data)
        except ValueError as exc:
            raise StreamEventError(f"{where} is not JSON: {data[:80]!r}", url=self._url) from exc
        kind = body.get("type") if isinstance(body, dict) else None
        if kind == "speech.audio.delta":
            audio = body.get("audio")
            if not isinstance(audio, str):
                raise StreamEventError(f"{where} (speech.audio.delta) has no base64 `audio`", url=self._url)
            try:
                return SpeechAudioDelta(base64.b64decode(audio, validate=True))
            except (binascii.Error, ValueError) as exc:
                raise StreamEventError(f"{where} (speech.audio.delta): `audio` is not base64", url=self._url) from exc
        if kind == "speech.audio.done":
            usage = body.get("usage")
            fields = ("input_tokens", "output_tokens", "total_tokens")
            if not isinstance(usage, dict) or not all(isinstance(usage.get(name), int) for name in fields):
                raise StreamEventError(f"{where} (speech.audio.done) lacks integer usage {fields}", url=self._url)
            return SpeechAudioDone(SpeechUsage(*(int(usage[name]) for name in fields)))
        raise StreamEventError(f"{where} has an unknown type {kind!r}", url=self._url)
