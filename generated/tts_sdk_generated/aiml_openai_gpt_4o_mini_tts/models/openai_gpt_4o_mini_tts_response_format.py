from typing import Literal

OpenaiGpt4OMiniTtsResponseFormat = Literal["aac", "flac", "mp3", "opus", "pcm", "wav"]
"""Format of the output content for non-streaming requests. Controls how the generated audio data is encoded in the
response. Default: "mp3".
"""
OPENAI_GPT_4O_MINI_TTS_RESPONSE_FORMAT_VALUES: set[OpenaiGpt4OMiniTtsResponseFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm",
    "wav",
}


def check_openai_gpt_4o_mini_tts_response_format(value: str) -> OpenaiGpt4OMiniTtsResponseFormat:
    if value in OPENAI_GPT_4O_MINI_TTS_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_4O_MINI_TTS_RESPONSE_FORMAT_VALUES!r}")
