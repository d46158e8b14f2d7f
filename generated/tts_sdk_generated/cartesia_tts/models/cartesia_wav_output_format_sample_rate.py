from typing import Literal

CartesiaWAVOutputFormatSampleRate = Literal[8000, 16000, 22050, 24000, 44100, 48000]
"""The values the spec lists."""
CARTESIA_WAV_OUTPUT_FORMAT_SAMPLE_RATE_VALUES: set[CartesiaWAVOutputFormatSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    44100,
    48000,
}


def check_cartesia_wav_output_format_sample_rate(value: int) -> CartesiaWAVOutputFormatSampleRate:
    if value in CARTESIA_WAV_OUTPUT_FORMAT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_WAV_OUTPUT_FORMAT_SAMPLE_RATE_VALUES!r}")
