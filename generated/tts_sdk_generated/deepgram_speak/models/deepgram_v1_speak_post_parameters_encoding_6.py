from typing import Literal

DeepgramV1SpeakPostParametersEncoding6 = Literal["aac"]
"""Encoding - aac. Advanced audio format offering better quality at smaller file sizes than mp3.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_6_VALUES: set[DeepgramV1SpeakPostParametersEncoding6] = {
    "aac",
}


def check_deepgram_v1_speak_post_parameters_encoding_6(value: str) -> DeepgramV1SpeakPostParametersEncoding6:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_6_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_6_VALUES!r}"
    )
