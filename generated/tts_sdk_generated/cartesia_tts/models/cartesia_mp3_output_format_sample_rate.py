from typing import Literal

CartesiaMP3OutputFormatSampleRate = Literal[8000, 16000, 22050, 24000, 44100, 48000]
"""The values the spec lists."""
CARTESIA_MP3_OUTPUT_FORMAT_SAMPLE_RATE_VALUES: set[CartesiaMP3OutputFormatSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    44100,
    48000,
}


def check_cartesia_mp3_output_format_sample_rate(value: int) -> CartesiaMP3OutputFormatSampleRate:
    if value in CARTESIA_MP3_OUTPUT_FORMAT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_MP3_OUTPUT_FORMAT_SAMPLE_RATE_VALUES!r}")
