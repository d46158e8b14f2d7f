from typing import Literal

OpenaiGpt4OMiniTtsVoice = Literal[
    "alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"
]
"""Name of the voice to be used. Default: "alloy".
"""
OPENAI_GPT_4O_MINI_TTS_VOICE_VALUES: set[OpenaiGpt4OMiniTtsVoice] = {
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


def check_openai_gpt_4o_mini_tts_voice(value: str) -> OpenaiGpt4OMiniTtsVoice:
    if value in OPENAI_GPT_4O_MINI_TTS_VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPENAI_GPT_4O_MINI_TTS_VOICE_VALUES!r}")
