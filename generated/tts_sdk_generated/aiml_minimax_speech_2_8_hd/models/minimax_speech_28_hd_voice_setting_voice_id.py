from typing import Literal

MinimaxSpeech28HdVoiceSettingVoiceId = Literal[
    "Abbess",
    "Calm_Woman",
    "Casual_Guy",
    "Decent_Boy",
    "Deep_Voice_Man",
    "Determined_Man",
    "Elegant_Man",
    "Exuberant_Girl",
    "Friendly_Person",
    "Imposing_Manner",
    "Inspirational_girl",
    "Lively_Girl",
    "Lovely_Girl",
    "Patient_Man",
    "Sweet_Girl_2",
    "Wise_Woman",
    "Young_Knight",
]
"""The values the spec lists."""
MINIMAX_SPEECH_28_HD_VOICE_SETTING_VOICE_ID_VALUES: set[MinimaxSpeech28HdVoiceSettingVoiceId] = {
    "Abbess",
    "Calm_Woman",
    "Casual_Guy",
    "Decent_Boy",
    "Deep_Voice_Man",
    "Determined_Man",
    "Elegant_Man",
    "Exuberant_Girl",
    "Friendly_Person",
    "Imposing_Manner",
    "Inspirational_girl",
    "Lively_Girl",
    "Lovely_Girl",
    "Patient_Man",
    "Sweet_Girl_2",
    "Wise_Woman",
    "Young_Knight",
}


def check_minimax_speech_28_hd_voice_setting_voice_id(value: str) -> MinimaxSpeech28HdVoiceSettingVoiceId:
    if value in MINIMAX_SPEECH_28_HD_VOICE_SETTING_VOICE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_HD_VOICE_SETTING_VOICE_ID_VALUES!r}"
    )
