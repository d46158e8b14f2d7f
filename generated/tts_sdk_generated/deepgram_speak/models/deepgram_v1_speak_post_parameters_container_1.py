from enum import StrEnum


class DeepgramV1SpeakPostParametersContainer1(StrEnum):
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
