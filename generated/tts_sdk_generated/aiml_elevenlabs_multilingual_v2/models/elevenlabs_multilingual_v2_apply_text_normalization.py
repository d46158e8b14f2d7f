from typing import Literal

ElevenlabsMultilingualV2ApplyTextNormalization = Literal["auto", "off", "on"]

ELEVENLABS_MULTILINGUAL_V2_APPLY_TEXT_NORMALIZATION_VALUES: set[ElevenlabsMultilingualV2ApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_elevenlabs_multilingual_v2_apply_text_normalization(
    value: str,
) -> ElevenlabsMultilingualV2ApplyTextNormalization:
    if value in ELEVENLABS_MULTILINGUAL_V2_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEVENLABS_MULTILINGUAL_V2_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
