from typing import Literal

OpenaiSpeechStreamFormat = Literal["audio", "sse"]

OPENAI_SPEECH_STREAM_FORMAT_VALUES: set[OpenaiSpeechStreamFormat] = {
    "audio",
    "sse",
}


def check_openai_speech_stream_format(value: str) -> OpenaiSpeechStreamFormat:
    if value in OPENAI_SPEECH_STREAM_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_STREAM_FORMAT_VALUES!r}")
