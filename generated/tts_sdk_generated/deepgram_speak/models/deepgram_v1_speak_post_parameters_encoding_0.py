from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding0(StrEnum):
    LINEAR16 = "linear16"

    def __str__(self) -> str:
        return str(self.value)
