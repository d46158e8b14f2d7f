from typing import Literal

AlibabaQwen3TtsFlashModel = Literal["alibaba/qwen3-tts-flash"]
"""The values the spec lists."""
ALIBABA_QWEN_3_TTS_FLASH_MODEL_VALUES: set[AlibabaQwen3TtsFlashModel] = {
    "alibaba/qwen3-tts-flash",
}


def check_alibaba_qwen_3_tts_flash_model(value: str) -> AlibabaQwen3TtsFlashModel:
    if value in ALIBABA_QWEN_3_TTS_FLASH_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_3_TTS_FLASH_MODEL_VALUES!r}")
