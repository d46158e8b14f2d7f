from typing import Literal

AlibabaQwen3TtsFlashVoice = Literal[
    "Cherry",
    "Dylan",
    "Elias",
    "Eric",
    "Ethan",
    "Jada",
    "Jennifer",
    "Katerina",
    "Kiki",
    "Li",
    "Marcus",
    "Nofish",
    "Peter",
    "Rocky",
    "Roy",
    "Ryan",
    "Sunny",
]
"""Name of the voice to be used. Default: "Cherry".
"""
ALIBABA_QWEN_3_TTS_FLASH_VOICE_VALUES: set[AlibabaQwen3TtsFlashVoice] = {
    "Cherry",
    "Dylan",
    "Elias",
    "Eric",
    "Ethan",
    "Jada",
    "Jennifer",
    "Katerina",
    "Kiki",
    "Li",
    "Marcus",
    "Nofish",
    "Peter",
    "Rocky",
    "Roy",
    "Ryan",
    "Sunny",
}


def check_alibaba_qwen_3_tts_flash_voice(value: str) -> AlibabaQwen3TtsFlashVoice:
    if value in ALIBABA_QWEN_3_TTS_FLASH_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ALIBABA_QWEN_3_TTS_FLASH_VOICE_VALUES!r}")
