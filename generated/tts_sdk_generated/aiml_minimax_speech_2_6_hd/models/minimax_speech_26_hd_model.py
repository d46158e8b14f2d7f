from enum import StrEnum


class MinimaxSpeech26HdModel(StrEnum):
    MINIMAX_SPEECH_2_6_HD = "minimax/speech-2.6-hd"

    def __str__(self) -> str:
        return str(self.value)
