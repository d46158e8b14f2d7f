from enum import StrEnum


class MicrosoftMaiVoice2ResponseFormat(StrEnum):
    MP3 = "mp3"
    PCM = "pcm"
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
