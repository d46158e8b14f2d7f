from enum import StrEnum


class MinimaxSpeech25HdPreviewModel(StrEnum):
    MINIMAX_SPEECH_2_5_HD_PREVIEW = "minimax/speech-2.5-hd-preview"

    def __str__(self) -> str:
        return str(self.value)
