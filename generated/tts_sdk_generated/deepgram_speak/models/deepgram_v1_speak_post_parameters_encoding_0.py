from typing import Literal

DeepgramV1SpeakPostParametersEncoding0 = Literal["linear16"]
"""Encoding - linear16. Uncompressed, high-quality audio format often used for telephony or audio processing.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_0_VALUES: set[DeepgramV1SpeakPostParametersEncoding0] = {
    "linear16",
}


def check_deepgram_v1_speak_post_parameters_encoding_0(value: str) -> DeepgramV1SpeakPostParametersEncoding0:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_0_VALUES!r}"
    )
