from enum import StrEnum


class TTS1Model(StrEnum):
    OPENAI_TTS_1 = "openai/tts-1"

    def __str__(self) -> str:
        return str(self.value)
