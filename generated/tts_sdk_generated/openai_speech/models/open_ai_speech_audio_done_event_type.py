from enum import StrEnum


class OpenAISpeechAudioDoneEventType(StrEnum):
    SPEECH_AUDIO_DONE = "speech.audio.done"

    def __str__(self) -> str:
        return str(self.value)
