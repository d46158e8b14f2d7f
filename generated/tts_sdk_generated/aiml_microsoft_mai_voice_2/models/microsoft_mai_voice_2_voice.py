from enum import StrEnum


class MicrosoftMaiVoice2Voice(StrEnum):
    DE_DE_KATJANEURAL = "de-DE-KatjaNeural"
    EN_GB_RYANNEURAL = "en-GB-RyanNeural"
    EN_GB_SONIANEURAL = "en-GB-SoniaNeural"
    EN_US_ANDREWNEURAL = "en-US-AndrewNeural"
    EN_US_ANDREW_DRAGONHDLATESTNEURAL = "en-US-Andrew:DragonHDLatestNeural"
    EN_US_ARIANEURAL = "en-US-AriaNeural"
    EN_US_AVANEURAL = "en-US-AvaNeural"
    EN_US_AVA_DRAGONHDLATESTNEURAL = "en-US-Ava:DragonHDLatestNeural"
    EN_US_BRIANNEURAL = "en-US-BrianNeural"
    EN_US_BRIAN_DRAGONHDLATESTNEURAL = "en-US-Brian:DragonHDLatestNeural"
    EN_US_DAVISNEURAL = "en-US-DavisNeural"
    EN_US_EMMANEURAL = "en-US-EmmaNeural"
    EN_US_EMMA_DRAGONHDLATESTNEURAL = "en-US-Emma:DragonHDLatestNeural"
    EN_US_GUYNEURAL = "en-US-GuyNeural"
    EN_US_JANENEURAL = "en-US-JaneNeural"
    EN_US_JENNYNEURAL = "en-US-JennyNeural"
    EN_US_NANCYNEURAL = "en-US-NancyNeural"
    EN_US_SARANEURAL = "en-US-SaraNeural"
    EN_US_TONYNEURAL = "en-US-TonyNeural"
    ES_ES_ELVIRANEURAL = "es-ES-ElviraNeural"
    FR_FR_DENISENEURAL = "fr-FR-DeniseNeural"

    def __str__(self) -> str:
        return str(self.value)
