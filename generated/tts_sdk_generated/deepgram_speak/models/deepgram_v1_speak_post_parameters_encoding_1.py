from typing import Literal

DeepgramV1SpeakPostParametersEncoding1 = Literal["flac"]
"""Encoding - flac. Lossless audio format for high-quality compression.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_1_VALUES: set[DeepgramV1SpeakPostParametersEncoding1] = {
    "flac",
}


def check_deepgram_v1_speak_post_parameters_encoding_1(value: str) -> DeepgramV1SpeakPostParametersEncoding1:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_1_VALUES!r}"
    )
