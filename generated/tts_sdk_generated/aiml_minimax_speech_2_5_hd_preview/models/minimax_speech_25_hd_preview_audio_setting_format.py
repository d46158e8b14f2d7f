from enum import StrEnum


class MinimaxSpeech25HdPreviewAudioSettingFormat(StrEnum):
    FLAC = "flac"
    MP3 = "mp3"
    PCM = "pcm"

    def __str__(self) -> str:
        return str(self.value)
