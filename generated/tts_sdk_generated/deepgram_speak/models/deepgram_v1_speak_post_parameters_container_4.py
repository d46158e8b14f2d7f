from typing import Literal

DeepgramV1SpeakPostParametersContainer4 = Literal["ogg"]
"""Encoding - opus. Supported container - ogg (default).
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_4_VALUES: set[DeepgramV1SpeakPostParametersContainer4] = {
    "ogg",
}


def check_deepgram_v1_speak_post_parameters_container_4(value: str) -> DeepgramV1SpeakPostParametersContainer4:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_4_VALUES!r}"
    )
