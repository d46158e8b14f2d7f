from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding1(StrEnum):
    FLAC = "flac"

    def __str__(self) -> str:
        return str(self.value)
