from enum import StrEnum


class DeepgramV1SpeakPostParametersSampleRate0(StrEnum):
    VALUE_16000 = "16000"
    VALUE_24000 = "24000"
    VALUE_32000 = "32000"
    VALUE_48000 = "48000"
    VALUE_8000 = "8000"

    def __str__(self) -> str:
        return str(self.value)
