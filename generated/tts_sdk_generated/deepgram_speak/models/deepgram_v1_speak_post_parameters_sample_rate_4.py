from typing import Literal

DeepgramV1SpeakPostParametersSampleRate4 = Literal["48000"]
"""Encoding - opus. Sample rate is fixed at 48000 Hz.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_4_VALUES: set[DeepgramV1SpeakPostParametersSampleRate4] = {
    "48000",
}


def check_deepgram_v1_speak_post_parameters_sample_rate_4(value: str) -> DeepgramV1SpeakPostParametersSampleRate4:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_4_VALUES!r}"
    )
