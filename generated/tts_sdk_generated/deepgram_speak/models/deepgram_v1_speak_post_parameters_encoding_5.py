from typing import Literal

DeepgramV1SpeakPostParametersEncoding5 = Literal["opus"]
"""Encoding - opus. High-compression audio format optimized for real-time communications.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_5_VALUES: set[DeepgramV1SpeakPostParametersEncoding5] = {
    "opus",
}


def check_deepgram_v1_speak_post_parameters_encoding_5(value: str) -> DeepgramV1SpeakPostParametersEncoding5:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_5_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_5_VALUES!r}"
    )
