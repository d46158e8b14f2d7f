from enum import StrEnum


class DeepgramV1SpeakPostParametersSampleRate1(StrEnum):
    VALUE_16000 = "16000"
    VALUE_8000 = "8000"

    def __str__(self) -> str:
        return str(self.value)
