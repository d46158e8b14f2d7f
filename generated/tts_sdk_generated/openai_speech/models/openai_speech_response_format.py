from typing import Literal

OpenaiSpeechResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]
"""The format to audio in. Default: "mp3".
"""
OPENAI_SPEECH_RESPONSE_FORMAT_VALUES: set[OpenaiSpeechResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_openai_speech_response_format(value: str) -> OpenaiSpeechResponseFormat:
    if value in OPENAI_SPEECH_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_RESPONSE_FORMAT_VALUES!r}")
