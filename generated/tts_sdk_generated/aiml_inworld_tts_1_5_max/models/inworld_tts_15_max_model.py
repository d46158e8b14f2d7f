from typing import Literal

InworldTts15MaxModel = Literal["inworld/tts-1-5-max"]
"""The values the spec lists."""
INWORLD_TTS_15_MAX_MODEL_VALUES: set[InworldTts15MaxModel] = {
    "inworld/tts-1-5-max",
}


def check_inworld_tts_15_max_model(value: str) -> InworldTts15MaxModel:
    if value in INWORLD_TTS_15_MAX_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_15_MAX_MODEL_VALUES!r}")
