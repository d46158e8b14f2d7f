from enum import StrEnum


class CartesiaTTSRequestVoiceSpecifierMode(StrEnum):
    ID = "id"

    def __str__(self) -> str:
        return str(self.value)
