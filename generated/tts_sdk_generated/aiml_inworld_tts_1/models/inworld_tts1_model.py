from enum import StrEnum


class InworldTTS1Model(StrEnum):
    INWORLD_TTS_1 = "inworld/tts-1"

    def __str__(self) -> str:
        return str(self.value)
