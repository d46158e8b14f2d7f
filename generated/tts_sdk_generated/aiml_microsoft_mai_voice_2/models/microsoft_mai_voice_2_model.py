from enum import StrEnum


class MicrosoftMaiVoice2Model(StrEnum):
    MICROSOFT_MAI_VOICE_2 = "microsoft/mai-voice-2"

    def __str__(self) -> str:
        return str(self.value)
