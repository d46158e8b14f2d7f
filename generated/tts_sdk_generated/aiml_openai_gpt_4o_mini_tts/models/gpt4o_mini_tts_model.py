from enum import StrEnum


class GPT4OMiniTTSModel(StrEnum):
    OPENAI_GPT_4O_MINI_TTS = "openai/gpt-4o-mini-tts"

    def __str__(self) -> str:
        return str(self.value)
