from enum import StrEnum


class GPT4OMiniTTSModel(StrEnum):
    OPENAIGPT_4O_MINI_TTS = "openai/gpt-4o-mini-tts"

    def __str__(self) -> str:
        return str(self.value)
