from typing import Literal

OpenaiTts1Model = Literal["openai/tts-1"]
"""The values the spec lists."""
OPENAI_TTS_1_MODEL_VALUES: set[OpenaiTts1Model] = {
    "openai/tts-1",
}


def check_openai_tts_1_model(value: str) -> OpenaiTts1Model:
    if value in OPENAI_TTS_1_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_TTS_1_MODEL_VALUES!r}")
