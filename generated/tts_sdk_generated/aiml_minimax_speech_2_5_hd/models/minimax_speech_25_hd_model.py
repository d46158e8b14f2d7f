from enum import StrEnum


class MinimaxSpeech25HdModel(StrEnum):
    MINIMAX_SPEECH_2_5_HD = "minimax/speech-2.5-hd"

    def __str__(self) -> str:
        return str(self.value)
