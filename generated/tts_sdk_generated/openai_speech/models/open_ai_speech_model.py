from enum import StrEnum


class OpenAISpeechModel(StrEnum):
    GPT_4O_MINI_TTS = "gpt-4o-mini-tts"
    GPT_4O_MINI_TTS_2025_12_15 = "gpt-4o-mini-tts-2025-12-15"
    TTS_1 = "tts-1"
    TTS_1_HD = "tts-1-hd"

    def __str__(self) -> str:
        return str(self.value)
