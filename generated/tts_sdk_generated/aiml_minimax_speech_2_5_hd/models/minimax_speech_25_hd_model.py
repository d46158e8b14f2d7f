from typing import Literal

MinimaxSpeech25HdModel = Literal["minimax/speech-2.5-hd"]
"""The values the spec lists."""
MINIMAX_SPEECH_25_HD_MODEL_VALUES: set[MinimaxSpeech25HdModel] = {
    "minimax/speech-2.5-hd",
}


def check_minimax_speech_25_hd_model(value: str) -> MinimaxSpeech25HdModel:
    if value in MINIMAX_SPEECH_25_HD_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_MODEL_VALUES!r}")
