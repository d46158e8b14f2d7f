from enum import StrEnum


class InworldTTS1MaxModel(StrEnum):
    INWORLD_TTS_1_MAX = "inworld/tts-1-max"

    def __str__(self) -> str:
        return str(self.value)
