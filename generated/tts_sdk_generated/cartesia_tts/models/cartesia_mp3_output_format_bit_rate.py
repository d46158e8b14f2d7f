from typing import Literal

CartesiaMP3OutputFormatBitRate = Literal[32000, 64000, 96000, 128000, 192000]
"""The values the spec lists."""
CARTESIA_MP3_OUTPUT_FORMAT_BIT_RATE_VALUES: set[CartesiaMP3OutputFormatBitRate] = {
    32000,
    64000,
    96000,
    128000,
    192000,
}


def check_cartesia_mp3_output_format_bit_rate(value: int) -> CartesiaMP3OutputFormatBitRate:
    if value in CARTESIA_MP3_OUTPUT_FORMAT_BIT_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_MP3_OUTPUT_FORMAT_BIT_RATE_VALUES!r}")
