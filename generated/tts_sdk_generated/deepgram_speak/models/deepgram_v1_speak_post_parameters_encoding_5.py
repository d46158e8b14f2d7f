from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding5(StrEnum):
    OPUS = "opus"

    def __str__(self) -> str:
        return str(self.value)
