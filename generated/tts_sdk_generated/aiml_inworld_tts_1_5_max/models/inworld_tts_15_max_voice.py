from typing import Literal

InworldTts15MaxVoice = Literal[
    "Alex",
    "Ashley",
    "Craig",
    "Deborah",
    "Dennis",
    "Dominus",
    "Edward",
    "Elizabeth",
    "Hades",
    "Heitor",
    "Julia",
    "Maitê",
    "Mark",
    "Olivia",
    "Pixie",
    "Priya",
    "Ronald",
    "Sarah",
    "Shaun",
    "Theodore",
    "Timothy",
    "Wendy",
]
"""Name of the voice to be used. Default: "Alex".
"""
INWORLD_TTS_15_MAX_VOICE_VALUES: set[InworldTts15MaxVoice] = {
    "Alex",
    "Ashley",
    "Craig",
    "Deborah",
    "Dennis",
    "Dominus",
    "Edward",
    "Elizabeth",
    "Hades",
    "Heitor",
    "Julia",
    "Maitê",
    "Mark",
    "Olivia",
    "Pixie",
    "Priya",
    "Ronald",
    "Sarah",
    "Shaun",
    "Theodore",
    "Timothy",
    "Wendy",
}


def check_inworld_tts_15_max_voice(value: str) -> InworldTts15MaxVoice:
    if value in INWORLD_TTS_15_MAX_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INWORLD_TTS_15_MAX_VOICE_VALUES!r}")
