from typing import Literal

CartesiaTTSRequestVoiceSpecifierMode = Literal["id"]
"""The values the spec lists."""
CARTESIA_TTS_REQUEST_VOICE_SPECIFIER_MODE_VALUES: set[CartesiaTTSRequestVoiceSpecifierMode] = {
    "id",
}


def check_cartesia_tts_request_voice_specifier_mode(value: str) -> CartesiaTTSRequestVoiceSpecifierMode:
    if value in CARTESIA_TTS_REQUEST_VOICE_SPECIFIER_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTS_REQUEST_VOICE_SPECIFIER_MODE_VALUES!r}")
