from typing import Literal

ElevenlabsTurboV25ApplyTextNormalization = Literal["auto", "off", "on"]
"""This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system
will automatically decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text
normalization will always be applied, while with 'off', it will be skipped.
"""
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
