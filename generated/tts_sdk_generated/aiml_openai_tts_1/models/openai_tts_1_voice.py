from typing import Literal

OpenaiTts1Voice = Literal[
    "alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"
]
"""Name of the voice to be used. Default: "alloy".
"""
OPENAI_TTS_1_VOICE_VALUES: set[OpenaiTts1Voice] = {
    "alloy",
    "ash",
    "ballad",
    "coral",
    "echo",
    "fable",
    "nova",
    "onyx",
    "sage",
    "shimmer",
    "verse",
}


def check_openai_tts_1_voice(value: str) -> OpenaiTts1Voice:
    if value in OPENAI_TTS_1_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_TTS_1_VOICE_VALUES!r}")
