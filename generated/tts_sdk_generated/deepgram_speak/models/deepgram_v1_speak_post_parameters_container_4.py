from enum import StrEnum


class DeepgramV1SpeakPostParametersContainer4(StrEnum):
    OGG = "ogg"

    def __str__(self) -> str:
        return str(self.value)
