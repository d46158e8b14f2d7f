from enum import StrEnum


class DeepgramV1SpeakPostParametersSampleRate3(StrEnum):
    VALUE_22050 = "22050"

    def __str__(self) -> str:
        return str(self.value)
