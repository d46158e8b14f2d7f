from typing import Literal

OpenaiSpeechStreamFormat = Literal["audio", "sse"]
"""The format to stream the audio in. `sse` is not supported for `tts-1` or `tts-1-hd`. Default: "audio".
"""
OPENAI_SPEECH_STREAM_FORMAT_VALUES: set[OpenaiSpeechStreamFormat] = {
    "audio",
    "sse",
}


def check_openai_speech_stream_format(value: str) -> OpenaiSpeechStreamFormat:
    if value in OPENAI_SPEECH_STREAM_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_STREAM_FORMAT_VALUES!r}")
