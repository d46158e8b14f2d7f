from enum import StrEnum


class MicrosoftVibevoice15BModel(StrEnum):
    MICROSOFT_VIBEVOICE_1_5B = "microsoft/vibevoice-1.5b"

    def __str__(self) -> str:
        return str(self.value)
