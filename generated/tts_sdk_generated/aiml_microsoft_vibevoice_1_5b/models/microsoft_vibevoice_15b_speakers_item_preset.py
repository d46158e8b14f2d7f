from enum import StrEnum


class MicrosoftVibevoice15BSpeakersItemPreset(StrEnum):
    ALICE_EN = "Alice [EN]"
    ALICE_EN_BACKGROUND_MUSIC = "Alice [EN] (Background Music)"
    ANCHEN_ZH_BACKGROUND_MUSIC = "Anchen [ZH] (Background Music)"
    BOWEN_ZH = "Bowen [ZH]"
    CARTER_EN = "Carter [EN]"
    FRANK_EN = "Frank [EN]"
    MAYA_EN = "Maya [EN]"
    XINRAN_ZH = "Xinran [ZH]"

    def __str__(self) -> str:
        return str(self.value)
