from enum import StrEnum


class OpenAISpeechAudioDeltaEventType(StrEnum):
    SPEECH_AUDIO_DELTA = "speech.audio.delta"

    def __str__(self) -> str:
        return str(self.value)
