from enum import StrEnum


class AlibabaQwen3TtsFlashModel(StrEnum):
    ALIBABA_QWEN3_TTS_FLASH = "alibaba/qwen3-tts-flash"

    def __str__(self) -> str:
        return str(self.value)
