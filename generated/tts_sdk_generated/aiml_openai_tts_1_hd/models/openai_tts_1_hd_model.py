from typing import Literal

OpenaiTts1HdModel = Literal["openai/tts-1-hd"]
"""The values the spec lists."""
OPENAI_TTS_1_HD_MODEL_VALUES: set[OpenaiTts1HdModel] = {
    "openai/tts-1-hd",
}


def check_openai_tts_1_hd_model(value: str) -> OpenaiTts1HdModel:
    if value in OPENAI_TTS_1_HD_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_TTS_1_HD_MODEL_VALUES!r}")
