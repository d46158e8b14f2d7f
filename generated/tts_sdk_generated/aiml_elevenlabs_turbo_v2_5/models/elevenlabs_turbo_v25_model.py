from typing import Literal

ElevenlabsTurboV25Model = Literal["elevenlabs/eleven_turbo_v2_5"]
"""The values the spec lists."""
ELEVENLABS_TURBO_V25_MODEL_VALUES: set[ElevenlabsTurboV25Model] = {
    "elevenlabs/eleven_turbo_v2_5",
}


def check_elevenlabs_turbo_v25_model(value: str) -> ElevenlabsTurboV25Model:
    if value in ELEVENLABS_TURBO_V25_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_TURBO_V25_MODEL_VALUES!r}")
