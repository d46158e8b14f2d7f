from typing import Literal

MinimaxSpeech25HdPreviewAudioSettingChannel = Literal[1, 2]
"""Number of audio channels. 1 for mono (single channel), 2 for stereo (dual channel) output. Default: 1.
"""
MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_CHANNEL_VALUES: set[MinimaxSpeech25HdPreviewAudioSettingChannel] = {
    1,
    2,
}


def check_minimax_speech_25_hd_preview_audio_setting_channel(value: int) -> MinimaxSpeech25HdPreviewAudioSettingChannel:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_CHANNEL_VALUES!r}"
    )
