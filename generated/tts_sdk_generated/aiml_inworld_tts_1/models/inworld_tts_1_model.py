from typing import Literal

InworldTts1Model = Literal["inworld/tts-1"]
"""The values the spec lists."""
INWORLD_TTS_1_MODEL_VALUES: set[InworldTts1Model] = {
    "inworld/tts-1",
}


def check_inworld_tts_1_model(value: str) -> InworldTts1Model:
    if value in INWORLD_TTS_1_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_1_MODEL_VALUES!r}")
