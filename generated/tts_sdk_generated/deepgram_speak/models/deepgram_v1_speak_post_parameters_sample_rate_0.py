from typing import Literal

DeepgramV1SpeakPostParametersSampleRate0 = Literal["16000", "24000", "32000", "48000", "8000"]
"""Encoding - linear16. Supported sample rates - 8000, 16000, 24000, 32000, 48000 Hz.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_0_VALUES: set[DeepgramV1SpeakPostParametersSampleRate0] = {
    "16000",
    "24000",
    "32000",
    "48000",
    "8000",
}


def check_deepgram_v1_speak_post_parameters_sample_rate_0(value: str) -> DeepgramV1SpeakPostParametersSampleRate0:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_SAMPLE_RATE_0_VALUES!r}"
    )
