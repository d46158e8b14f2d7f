from typing import Literal

MinimaxSpeech25HdAudioSettingBitrate = Literal[32000, 64000, 128000, 256000]
"""Audio bitrate in bits per second. Controls the compression level and audio quality. Higher bitrates provide better
quality but larger file sizes.
"""
MINIMAX_SPEECH_25_HD_AUDIO_SETTING_BITRATE_VALUES: set[MinimaxSpeech25HdAudioSettingBitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_minimax_speech_25_hd_audio_setting_bitrate(value: int) -> MinimaxSpeech25HdAudioSettingBitrate:
    if value in MINIMAX_SPEECH_25_HD_AUDIO_SETTING_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_AUDIO_SETTING_BITRATE_VALUES!r}"
    )
