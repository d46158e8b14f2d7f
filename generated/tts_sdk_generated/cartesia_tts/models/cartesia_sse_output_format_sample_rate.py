from typing import Literal

CartesiaSSEOutputFormatSampleRate = Literal[8000, 16000, 22050, 24000, 44100, 48000]
"""The values the spec lists."""
CARTESIA_SSE_OUTPUT_FORMAT_SAMPLE_RATE_VALUES: set[CartesiaSSEOutputFormatSampleRate] = {
    8000,
    16000,
    22050,
    24000,
    44100,
    48000,
}


def check_cartesia_sse_output_format_sample_rate(value: int) -> CartesiaSSEOutputFormatSampleRate:
    if value in CARTESIA_SSE_OUTPUT_FORMAT_SAMPLE_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_SSE_OUTPUT_FORMAT_SAMPLE_RATE_VALUES!r}")
