from typing import Literal

DeepgramV1SpeakPostParametersBitRate0 = Literal["32000", "48000"]
"""Encoding - mp3(default). Supported bitrates - 32000, 48000(default) bps.
"""
DEEPGRAM_V1_SPEAK_POST_PARAMETERS_BIT_RATE_0_VALUES: set[DeepgramV1SpeakPostParametersBitRate0] = {
    "32000",
    "48000",
}


def check_deepgram_v1_speak_post_parameters_bit_rate_0(value: str) -> DeepgramV1SpeakPostParametersBitRate0:
    if value in DEEPGRAM_V1_SPEAK_POST_PARAMETERS_BIT_RATE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEEPGRAM_V1_SPEAK_POST_PARAMETERS_BIT_RATE_0_VALUES!r}"
    )
