from typing import Literal

InworldTts1Format = Literal["mp3", "wav"]
"""Audio output format. WAV delivers uncompressed audio in a widely supported container format, while MP3 provides good
compression and compatibility. Default: "wav".
"""
INWORLD_TTS_1_FORMAT_VALUES: set[InworldTts1Format] = {
    "mp3",
    "wav",
}


def check_inworld_tts_1_format(value: str) -> InworldTts1Format:
    if value in INWORLD_TTS_1_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_1_FORMAT_VALUES!r}")
