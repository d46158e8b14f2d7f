from typing import Literal

OpenaiSpeechAudioDeltaEventType = Literal["speech.audio.delta"]
"""The values the spec lists."""
OPENAI_SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES: set[OpenaiSpeechAudioDeltaEventType] = {
    "speech.audio.delta",
}


def check_openai_speech_audio_delta_event_type(value: str) -> OpenaiSpeechAudioDeltaEventType:
    if value in OPENAI_SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_AUDIO_DELTA_EVENT_TYPE_VALUES!r}")
