from typing import Literal

OpenaiSpeechModel = Literal["gpt-4o-mini-tts", "gpt-4o-mini-tts-2025-12-15", "tts-1", "tts-1-hd"]
"""The values the spec lists."""
OPENAI_SPEECH_MODEL_VALUES: set[OpenaiSpeechModel] = {
    "gpt-4o-mini-tts",
    "gpt-4o-mini-tts-2025-12-15",
    "tts-1",
    "tts-1-hd",
}


def check_openai_speech_model(value: str) -> OpenaiSpeechModel:
    if value in OPENAI_SPEECH_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_MODEL_VALUES!r}")
