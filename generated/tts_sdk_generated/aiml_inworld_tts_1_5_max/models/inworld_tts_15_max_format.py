from typing import Literal

InworldTts15MaxFormat = Literal["mp3", "wav"]
"""Audio output format. WAV delivers uncompressed audio in a widely supported container format, while MP3 provides good
compression and compatibility. Default: "wav".
"""
INWORLD_TTS_15_MAX_FORMAT_VALUES: set[InworldTts15MaxFormat] = {
    "mp3",
    "wav",
}


def check_inworld_tts_15_max_format(value: str) -> InworldTts15MaxFormat:
    if value in INWORLD_TTS_15_MAX_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_15_MAX_FORMAT_VALUES!r}")
