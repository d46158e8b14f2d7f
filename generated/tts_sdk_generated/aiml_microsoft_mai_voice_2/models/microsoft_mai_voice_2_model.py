from typing import Literal

MicrosoftMaiVoice2Model = Literal["microsoft/mai-voice-2"]
"""The values the spec lists."""
MICROSOFT_MAI_VOICE_2_MODEL_VALUES: set[MicrosoftMaiVoice2Model] = {
    "microsoft/mai-voice-2",
}


def check_microsoft_mai_voice_2_model(value: str) -> MicrosoftMaiVoice2Model:
    if value in MICROSOFT_MAI_VOICE_2_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MICROSOFT_MAI_VOICE_2_MODEL_VALUES!r}")
