from enum import StrEnum


class DeepgramV1SpeakPostParametersBitRate0(StrEnum):
    VALUE_32000 = "32000"
    VALUE_48000 = "48000"

    def __str__(self) -> str:
        return str(self.value)
