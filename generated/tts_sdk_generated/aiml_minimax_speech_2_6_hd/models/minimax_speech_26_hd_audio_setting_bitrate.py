from typing import Literal

MinimaxSpeech26HdAudioSettingBitrate = Literal[32000, 64000, 128000, 256000]
"""Audio bitrate in bits per second. Controls the compression level and audio quality. Higher bitrates provide better
quality but larger file sizes. Default: 128000.
"""
MINIMAX_SPEECH_26_HD_AUDIO_SETTING_BITRATE_VALUES: set[MinimaxSpeech26HdAudioSettingBitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_minimax_speech_26_hd_audio_setting_bitrate(value: int) -> MinimaxSpeech26HdAudioSettingBitrate:
    if value in MINIMAX_SPEECH_26_HD_AUDIO_SETTING_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_AUDIO_SETTING_BITRATE_VALUES!r}"
    )
