from typing import Literal

DeepgramV1SpeakPostParametersSampleRate3 = Literal["22050"]
"""Encoding - mp3. Sample rate is fixed and not configurable (22050 Hz).
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_3_VALUES: set[DeepgramV1SpeakPostParametersSampleRate3] = {
    "22050",
}


def check_deepgram_v1_speak_post_parameters_sample_rate_3(value: str) -> DeepgramV1SpeakPostParametersSampleRate3:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_3_VALUES!r}"
    )
