from typing import Literal

MinimaxSpeech26HdAudioSettingChannel = Literal[1, 2]
"""Number of audio channels. 1 for mono (single channel), 2 for stereo (dual channel) output. Default: 1.
"""
MINIMAX_SPEECH_26_HD_AUDIO_SETTING_CHANNEL_VALUES: set[MinimaxSpeech26HdAudioSettingChannel] = {
    1,
    2,
}


def check_minimax_speech_26_hd_audio_setting_channel(value: int) -> MinimaxSpeech26HdAudioSettingChannel:
    if value in MINIMAX_SPEECH_26_HD_AUDIO_SETTING_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_AUDIO_SETTING_CHANNEL_VALUES!r}"
    )
