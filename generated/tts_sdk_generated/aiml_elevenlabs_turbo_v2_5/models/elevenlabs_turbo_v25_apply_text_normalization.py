from typing import Literal

ElevenlabsTurboV25ApplyTextNormalization = Literal["auto", "off", "on"]

ELEVENLABS_TURBO_V25_APPLY_TEXT_NORMALIZATION_VALUES: set[ElevenlabsTurboV25ApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_elevenlabs_turbo_v25_apply_text_normalization(value: str) -> ElevenlabsTurboV25ApplyTextNormalization:
    if value in ELEVENLABS_TURBO_V25_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEVENLABS_TURBO_V25_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
