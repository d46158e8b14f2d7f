from typing import Literal

MinimaxSpeech26HdModel = Literal["minimax/speech-2.6-hd"]
"""The values the spec lists."""
MINIMAX_SPEECH_26_HD_MODEL_VALUES: set[MinimaxSpeech26HdModel] = {
    "minimax/speech-2.6-hd",
}


def check_minimax_speech_26_hd_model(value: str) -> MinimaxSpeech26HdModel:
    if value in MINIMAX_SPEECH_26_HD_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_MODEL_VALUES!r}")
