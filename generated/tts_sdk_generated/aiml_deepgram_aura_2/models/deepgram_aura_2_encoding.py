from typing import Literal

DeepgramAura2Encoding = Literal["aac", "alaw", "flac", "linear16", "mp3", "mulaw", "opus"]
"""Specifies the expected encoding of your audio output. Default: "linear16".
"""
DEEPGRAM_AURA_2_ENCODING_VALUES: set[DeepgramAura2Encoding] = {
    "aac",
    "alaw",
    "flac",
    "linear16",
    "mp3",
    "mulaw",
    "opus",
}


def check_deepgram_aura_2_encoding(value: str) -> DeepgramAura2Encoding:
    if value in DEEPGRAM_AURA_2_ENCODING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEEPGRAM_AURA_2_ENCODING_VALUES!r}")
