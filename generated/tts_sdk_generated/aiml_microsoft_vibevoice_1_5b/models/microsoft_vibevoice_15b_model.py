from typing import Literal

MicrosoftVibevoice15BModel = Literal["microsoft/vibevoice-1.5b"]
"""The values the spec lists."""
MICROSOFT_VIBEVOICE_15B_MODEL_VALUES: set[MicrosoftVibevoice15BModel] = {
    "microsoft/vibevoice-1.5b",
}


def check_microsoft_vibevoice_15b_model(value: str) -> MicrosoftVibevoice15BModel:
    if value in MICROSOFT_VIBEVOICE_15B_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MICROSOFT_VIBEVOICE_15B_MODEL_VALUES!r}")
