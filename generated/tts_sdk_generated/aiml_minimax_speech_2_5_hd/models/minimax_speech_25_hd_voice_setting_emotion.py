from typing import Literal

MinimaxSpeech25HdVoiceSettingEmotion = Literal["angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"]
"""Emotional tone to apply to the synthesized speech. Controls the emotional expression of the generated voice output.
"""
MINIMAX_SPEECH_25_HD_VOICE_SETTING_EMOTION_VALUES: set[MinimaxSpeech25HdVoiceSettingEmotion] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_minimax_speech_25_hd_voice_setting_emotion(value: str) -> MinimaxSpeech25HdVoiceSettingEmotion:
    if value in MINIMAX_SPEECH_25_HD_VOICE_SETTING_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_VOICE_SETTING_EMOTION_VALUES!r}"
    )
