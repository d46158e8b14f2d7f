from typing import Literal

CartesiaRawOutputFormatSampleRate = Literal[8000, 16000, 22050, 24000, 44100, 48000]
"""The values the spec lists."""
CARTESIA_RAW_OUTPUT_FORMAT_SAMPLE_RATE_VALUES: set[CartesiaRawOutputFormatSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    44100,
    48000,
}


def check_cartesia_raw_output_format_sample_rate(value: int) -> CartesiaRawOutputFormatSampleRate:
    if value in CARTESIA_RAW_OUTPUT_FORMAT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_RAW_OUTPUT_FORMAT_SAMPLE_RATE_VALUES!r}")
