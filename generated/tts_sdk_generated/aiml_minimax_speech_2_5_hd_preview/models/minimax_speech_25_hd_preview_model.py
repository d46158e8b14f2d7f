from typing import Literal

MinimaxSpeech25HdPreviewModel = Literal["minimax/speech-2.5-hd-preview"]
"""The values the spec lists."""
MINIMAX_SPEECH_25_HD_PREVIEW_MODEL_VALUES: set[MinimaxSpeech25HdPreviewModel] = {
    "minimax/speech-2.5-hd-preview",
}


def check_minimax_speech_25_hd_preview_model(value: str) -> MinimaxSpeech25HdPreviewModel:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_MODEL_VALUES!r}")
