from typing import Literal

MinimaxSpeech25HdPreviewAudioSettingBitrate = Literal[32000, 64000, 128000, 256000]

MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_BITRATE_VALUES: set[MinimaxSpeech25HdPreviewAudioSettingBitrate] = {
    32000,
    64000,
    128000,
    256000,
}


def check_minimax_speech_25_hd_preview_audio_setting_bitrate(value: int) -> MinimaxSpeech25HdPreviewAudioSettingBitrate:
    if value in MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_BITRATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_25_HD_PREVIEW_AUDIO_SETTING_BITRATE_VALUES!r}"
    )
