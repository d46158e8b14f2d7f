from enum import StrEnum


class MinimaxSpeech26HdVoiceSettingEmotion(StrEnum):
    ANGRY = "angry"
    DISGUSTED = "disgusted"
    FEARFUL = "fearful"
    HAPPY = "happy"
    NEUTRAL = "neutral"
    SAD = "sad"
    SURPRISED = "surprised"

    def __str__(self) -> str:
        return str(self.value)
