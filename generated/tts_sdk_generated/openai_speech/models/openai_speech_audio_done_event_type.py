from typing import Literal

OpenaiSpeechAudioDoneEventType = Literal["speech.audio.done"]
"""The values the spec lists."""
OPENAI_SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES: set[OpenaiSpeechAudioDoneEventType] = {
    "speech.audio.done",
}


def check_openai_speech_audio_done_event_type(value: str) -> OpenaiSpeechAudioDoneEventType:
    if value in OPENAI_SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_AUDIO_DONE_EVENT_TYPE_VALUES!r}")
