from typing import Literal

ElevenlabsStreamApplyTextNormalization = Literal["auto", "off", "on"]

ELEVENLABS_STREAM_APPLY_TEXT_NORMALIZATION_VALUES: set[ElevenlabsStreamApplyTextNormalization] = {
    "auto",
    "off",
    "on",
}


def check_elevenlabs_stream_apply_text_normalization(value: str) -> ElevenlabsStreamApplyTextNormalization:
    if value in ELEVENLABS_STREAM_APPLY_TEXT_NORMALIZATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEVENLABS_STREAM_APPLY_TEXT_NORMALIZATION_VALUES!r}"
    )
