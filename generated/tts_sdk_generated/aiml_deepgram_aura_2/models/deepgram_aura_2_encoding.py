from enum import StrEnum


class DeepgramAura2Encoding(StrEnum):
    AAC = "aac"
    ALAW = "alaw"
    FLAC = "flac"
    LINEAR16 = "linear16"
    MP3 = "mp3"
    MULAW = "mulaw"
    OPUS = "opus"

    def __str__(self) -> str:
        return str(self.value)
