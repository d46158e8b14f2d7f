from typing import Literal

OpenaiTts1ResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]
"""Format of the output content for non-streaming requests. Controls how the generated audio data is encoded in the
response. Default: "mp3".
"""
OPENAI_TTS_1_RESPONSE_FORMAT_VALUES: set[OpenaiTts1ResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_openai_tts_1_response_format(value: str) -> OpenaiTts1ResponseFormat:
    if value in OPENAI_TTS_1_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_TTS_1_RESPONSE_FORMAT_VALUES!r}")
