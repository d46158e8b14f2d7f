from typing import Literal

OpenaiGpt4OMiniTtsModel = Literal["openai/gpt-4o-mini-tts"]
"""The values the spec lists."""
OPENAI_GPT_4O_MINI_TTS_MODEL_VALUES: set[OpenaiGpt4OMiniTtsModel] = {
    "openai/gpt-4o-mini-tts",
}


def check_openai_gpt_4o_mini_tts_model(value: str) -> OpenaiGpt4OMiniTtsModel:
    if value in OPENAI_GPT_4O_MINI_TTS_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_4O_MINI_TTS_MODEL_VALUES!r}")
