from typing import Literal

ElevenlabsApplyTextNormalization = Literal["auto", "off", "on"]
"""This parameter controls text normalization with three modes: 'auto', 'on', and 'off'. When set to 'auto', the system
will automatically decide whether to apply text normalization (e.g., spelling out numbers). With 'on', text
normalization will always be applied, while with 'off', it will be skipped. For 'eleven_turbo_v2_5' and
'eleven_flash_v2_5' models, text normalization can only be enabled with Enterprise plans. Default: "auto".
"""
ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES: set[ElevenlabsApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_elevenlabs_apply_text_normalization(value: str) -> ElevenlabsApplyTextNormalization:
    if value in ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ELEVENLABS_APPLY_TEXT_NORMALIZATION_VALUES!r}")
