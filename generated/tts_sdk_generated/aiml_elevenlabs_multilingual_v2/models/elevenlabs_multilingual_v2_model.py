from typing import Literal

ElevenlabsMultilingualV2Model = Literal["elevenlabs/eleven_multilingual_v2"]
"""The values the spec lists."""
ELEVENLABS_MULTILINGUAL_V2_MODEL_VALUES: set[ElevenlabsMultilingualV2Model] = {
    "elevenlabs/eleven_multilingual_v2",
}


def check_elevenlabs_multilingual_v2_model(value: str) -> ElevenlabsMultilingualV2Model:
    if value in ELEVENLABS_MULTILINGUAL_V2_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_MULTILINGUAL_V2_MODEL_VALUES!r}")
