from typing import Literal

DeepgramV1SpeakPostParametersEncoding3 = Literal["alaw"]
"""Encoding - alaw. Similar to mulaw but used in international telephony.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_3_VALUES: set[DeepgramV1SpeakPostParametersEncoding3] = {
    "alaw",
}


def check_deepgram_v1_speak_post_parameters_encoding_3(value: str) -> DeepgramV1SpeakPostParametersEncoding3:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_ENCODING_3_VALUES!r}"
    )
