from typing import Literal

MinimaxSpeech28HdAudioSettingSampleRate = Literal[8000, 16000, 22050, 24000, 32000, 44100]
"""Audio sample rate in Hz. Default: 32000.
"""
MINIMAX_SPEECH_28_HD_AUDIO_SETTING_SAMPLE_RATE_VALUES: set[MinimaxSpeech28HdAudioSettingSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    32000,
    44100,
}


def check_minimax_speech_28_hd_audio_setting_sample_rate(value: int) -> MinimaxSpeech28HdAudioSettingSampleRate:
    if value in MINIMAX_SPEECH_28_HD_AUDIO_SETTING_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_28_HD_AUDIO_SETTING_SAMPLE_RATE_VALUES!r}"
    )
