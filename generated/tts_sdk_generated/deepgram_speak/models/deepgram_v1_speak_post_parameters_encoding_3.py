from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding3(StrEnum):
    ALAW = "alaw"

    def __str__(self) -> str:
        return str(self.value)
