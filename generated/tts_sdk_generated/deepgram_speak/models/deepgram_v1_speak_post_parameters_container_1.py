from typing import Literal

DeepgramV1SpeakPostParametersContainer1 = Literal["wav"]
"""Encoding - linear16. Supported container - wav (default), or no container.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_1_VALUES: set[DeepgramV1SpeakPostParametersContainer1] = {
    "wav",
}


def check_deepgram_v1_speak_post_parameters_container_1(value: str) -> DeepgramV1SpeakPostParametersContainer1:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_1_VALUES!r}"
    )
