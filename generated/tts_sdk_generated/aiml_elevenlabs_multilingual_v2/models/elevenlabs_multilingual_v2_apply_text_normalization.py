from typing import Literal

ElevenlabsMultilingualV2ApplyTextNormalization = Literal["auto", "off", "on"]
"""This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system
will automatically decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text
normalization will always be applied, while with 'off', it will be skipped.
"""
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
