from enum import StrEnum


class TTS1HDModel(StrEnum):
    OPENAI_TTS_1_HD = "openai/tts-1-hd"

    def __str__(self) -> str:
        return str(self.value)
