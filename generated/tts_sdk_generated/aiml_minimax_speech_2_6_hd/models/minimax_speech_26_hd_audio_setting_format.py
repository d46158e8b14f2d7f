from typing import Literal

MinimaxSpeech26HdAudioSettingFormat = Literal["flac", "mp3", "pcm"]
"""Audio output format. MP3 provides good compression and compatibility, PCM offers uncompressed high quality, and FLAC
provides lossless compression. Default: "mp3".
"""
MINIMAX_SPEECH_26_HD_AUDIO_SETTING_FORMAT_VALUES: set[MinimaxSpeech26HdAudioSettingFormat] = {
    "flac",
    "mp3",
    "pcm",
}


def check_minimax_speech_26_hd_audio_setting_format(value: str) -> MinimaxSpeech26HdAudioSettingFormat:
    if value in MINIMAX_SPEECH_26_HD_AUDIO_SETTING_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MINIMAX_SPEECH_26_HD_AUDIO_SETTING_FORMAT_VALUES!r}")
