from typing import Literal

InworldTts1MaxModel = Literal["inworld/tts-1-max"]
"""The values the spec lists."""
INWORLD_TTS_1_MAX_MODEL_VALUES: set[InworldTts1MaxModel] = {
    "inworld/tts-1-max",
}


def check_inworld_tts_1_max_model(value: str) -> InworldTts1MaxModel:
    if value in INWORLD_TTS_1_MAX_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_1_MAX_MODEL_VALUES!r}")
