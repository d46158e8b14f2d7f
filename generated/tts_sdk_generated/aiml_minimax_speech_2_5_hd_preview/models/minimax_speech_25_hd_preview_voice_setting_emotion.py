from typing import Literal

MinimaxSpeech25HdPreviewVoiceSettingEmotion = Literal[
    "angry", "disgusted", "fearful", "happy", "neutral", "sad", "surprised"
]
"""Emotional tone to apply to the synthesized speech. Controls the emotional expression of the generated voice output.
"""
MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_SETTING_EMOTION_VALUES: set[MinimaxSpeech25HdPreviewVoiceSettingEmotion] = {
    "angry",
    "disgusted",
    "fearful",
    "happy",
    "neutral",
    "sad",
    "surprised",
}


def check_minimax_speech_25_hd_preview_voice_setting_emotion(value: str) -> MinimaxSpeech25HdPreviewVoiceSettingEmotion:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_SETTING_EMOTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_VOICE_SETTING_EMOTION_VALUES!r}"
    )
