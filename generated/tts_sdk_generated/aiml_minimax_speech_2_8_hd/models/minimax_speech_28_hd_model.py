from enum import StrEnum


class MinimaxSpeech28HdModel(StrEnum):
    MINIMAX_SPEECH_2_8_HD = "minimax/speech-2.8-hd"

    def __str__(self) -> str:
        return str(self.value)
