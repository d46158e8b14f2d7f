from enum import StrEnum


class DeepgramV1SpeakPostParametersContainer0(StrEnum):
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
