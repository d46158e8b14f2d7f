from typing import Literal

OpenaiSpeechVoiceName = Literal["alloy", "ash", "ballad", "cedar", "coral", "echo", "marin", "sage", "shimmer", "verse"]
"""The values the spec lists."""
OPENAI_SPEECH_VOICE_NAME_VALUES: set[OpenaiSpeechVoiceName] = {
    "alloy",
    "ash",
    "ballad",
    "cedar",
    "coral",
    "echo",
    "marin",
    "sage",
    "shimmer",
    "verse",
}


def check_openai_speech_voice_name(value: str) -> OpenaiSpeechVoiceName:
    if value in OPENAI_SPEECH_VOICE_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_SPEECH_VOICE_NAME_VALUES!r}")
