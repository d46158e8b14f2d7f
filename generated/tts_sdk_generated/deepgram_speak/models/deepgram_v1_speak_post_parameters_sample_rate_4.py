from enum import StrEnum


class DeepgramV1SpeakPostParametersSampleRate4(StrEnum):
    VALUE_48000 = "48000"

    def __str__(self) -> str:
        return str(self.value)
