from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding2(StrEnum):
    MULAW = "mulaw"

    def __str__(self) -> str:
        return str(self.value)
