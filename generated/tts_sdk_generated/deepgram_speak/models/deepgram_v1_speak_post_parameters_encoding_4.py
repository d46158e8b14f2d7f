from typing import Literal

DeepgramV1SpeakPostParametersEncoding4 = Literal["mp3"]
"""Encoding - mp3. Popular compressed audio format for music and streaming.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_4_VALUES: set[DeepgramV1SpeakPostParametersEncoding4] = {
    "mp3",
}


def check_deepgram_v1_speak_post_parameters_encoding_4(value: str) -> DeepgramV1SpeakPostParametersEncoding4:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_4_VALUES!r}"
    )
