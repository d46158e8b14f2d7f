from typing import Literal

MinimaxSpeech28HdVoiceSettingEmotion = Literal["angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"]
"""Emotional tone to apply to the synthesized speech. Controls the emotional expression of the generated voice output.
"""
MINIMAX_SPEECH_28_HD_VOICE_SETTING_EMOTION_VALUES: set[MinimaxSpeech28HdVoiceSettingEmotion] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_minimax_speech_28_hd_voice_setting_emotion(value: str) -> MinimaxSpeech28HdVoiceSettingEmotion:
    if value in MINIMAX_SPEECH_28_HD_VOICE_SETTING_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_HD_VOICE_SETTING_EMOTION_VALUES!r}"
    )
