from enum import StrEnum


class DeepgramV1SpeakPostParametersEncoding4(StrEnum):
    MP3 = "mp3"

    def __str__(self) -> str:
        return str(self.value)
