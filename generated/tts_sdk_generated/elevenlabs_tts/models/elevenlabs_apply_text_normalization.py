from typing import Literal

ElevenlabsApplyTextNormalization = Literal["auto", "off", "on"]

ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES: set[ElevenlabsApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_elevenlabs_apply_text_normalization(value: str) -> ElevenlabsApplyTextNormalization:
    if value in ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES!r}")
