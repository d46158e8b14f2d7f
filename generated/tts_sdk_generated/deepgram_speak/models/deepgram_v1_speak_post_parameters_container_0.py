from typing import Literal

DeepgramV1SpeakPostParametersContainer0 = Literal["none"]
"""No container.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_0_VALUES: set[DeepgramV1SpeakPostParametersContainer0] = {
    "none",
}


def check_deepgram_v1_speak_post_parameters_container_0(value: str) -> DeepgramV1SpeakPostParametersContainer0:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_CONTAINER_0_VALUES!r}"
    )
