from typing import Literal

DeepgramV1SpeakPostParametersSampleRate1 = Literal["16000", "8000"]
"""Encoding - mulaw. Supported sample rates - 8000, 16000 Hz.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_1_VALUES: set[DeepgramV1SpeakPostParametersSampleRate1] = {
    "16000",
    "8000",
}


def check_deepgram_v1_speak_post_parameters_sample_rate_1(value: str) -> DeepgramV1SpeakPostParametersSampleRate1:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_1_VALUES!r}"
    )
