from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding6(StrEnum):
    AAC = "aac"

    def __str__(self) -> str:
        return str(self.value)
