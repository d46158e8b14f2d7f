from enum import StrEnum


class InworldTts15MaxModel(StrEnum):
    INWORLD_TTS_1_5_MAX = "inworld/tts-1-5-max"

    def __str__(self) -> str:
        return str(self.value)
