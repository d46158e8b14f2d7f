from typing import Literal

DeepgramV1SpeakPostParametersEncoding2 = Literal["mulaw"]
"""Encoding - mulaw. Compressed audio format commonly used in telephony.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_2_VALUES: set[DeepgramV1SpeakPostParametersEncoding2] = {
    "mulaw",
}


def check_deepgram_v1_speak_post_parameters_encoding_2(value: str) -> DeepgramV1SpeakPostParametersEncoding2:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_2_VALUES!r}"
    )
