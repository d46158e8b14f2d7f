from typing import Literal

MinimaxSpeech28HdModel = Literal["minimax/speech-2.8-hd"]
"""The values the spec lists."""
MINIMAX_SPEECH_28_HD_MODEL_VALUES: set[MinimaxSpeech28HdModel] = {
    "minimax/speech-2.8-hd",
}


def check_minimax_speech_28_hd_model(value: str) -> MinimaxSpeech28HdModel:
    if value in MINIMAX_SPEECH_28_HD_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_HD_MODEL_VALUES!r}")
