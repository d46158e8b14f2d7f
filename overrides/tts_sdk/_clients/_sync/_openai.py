# Generated from overrides/tts_sdk/_clients/_async/_openai.py by `python -m generator unasync`; do not edit.
"""openai-python's call shape beside ours: ``client.audio.speech.create(model=, input=, voice=, ...)``.

A thin translation onto ``client.speech`` (``input`` -> ``text``, ``response_format`` -> ``format``): the same
routing, validation, retries and errors. ``with_streaming_response.create(...)`` is a context manager over
``client.speech.stream(...)``, whose stream has openai-python's ``iter_bytes``, ``stream_to_file`` and ``read``.
"""

from __future__ import annotations

import contextlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from typing import Any

    from tts_sdk._clients._sync._client import Speech, SpeechStream
    from tts_sdk._media._audio import Audio


def _arguments(
    *,
    model: str,
    input: str,
    voice: Any,
    response_format: str | None,
    speed: float | None,
    instructions: str | None,
    stream_format: str | None,
    extra_body: Mapping[str, Any] | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """openai-python's arguments in the SDK's vocabulary."""
    body = dict(extra_body or {})
    if stream_format is not None:
        body["stream_format"] = stream_format
    return {
        "model": model,
        "text": input,
        "voice": voice,
        "format": response_format,
        "speed": speed,
        "instructions": instructions,
        "extra_body": body or None,
        **options,
    }


class AudioSpeech:
    """``client.audio.speech``: ``create(...)`` returns the whole audio; ``with_streaming_response`` streams it."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech
        self.with_streaming_response = StreamingSpeech(speech)

    def create(
        self,
        *,
        model: str,
        input: str,
        voice: Any,
        response_format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        stream_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> Audio:
        """openai-python's ``audio.speech.create``: an :class:`Audio` (``.content``, ``.read()``...)."""
        arguments = _arguments(model=model, input=input, voice=voice, response_format=response_format, speed=speed,
                               instructions=instructions, stream_format=stream_format, extra_body=extra_body,
                               options=options)  # fmt: skip
        return self._speech.create(**arguments)


class StreamingSpeech:
    """``client.audio.speech.with_streaming_response``."""

    def __init__(self, speech: Speech) -> None:
        self._speech = speech

    @contextlib.contextmanager
    def create(
        self,
        *,
        model: str,
        input: str,
        voice: Any,
        response_format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        stream_format: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> Iterator[SpeechStream]:
        """``with ...create(...) as response``: ``response.iter_bytes()``, ``read()``, ``stream_to_file()``."""
        arguments = _arguments(model=model, input=input, voice=voice, response_format=response_format, speed=speed,
                               instructions=instructions, stream_format=stream_format, extra_body=extra_body,
                               options=options)  # fmt: skip
        with self._speech.stream(**arguments) as stream:
            yield stream
