from typing import Literal

DeepgramAura2Model = Literal["deepgram/aura-2"]
"""The values the spec lists."""
DEEPGRAM_AURA_2_MODEL_VALUES: set[DeepgramAura2Model] = {
    "deepgram/aura-2",
}


def check_deepgram_aura_2_model(value: str) -> DeepgramAura2Model:
    if value in DEEPGRAM_AURA_2_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEEPGRAM_AURA_2_MODEL_VALUES!r}")
