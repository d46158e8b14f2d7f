from typing import Literal

CartesiaWAVOutputFormatContainer = Literal["wav"]
"""The values the spec lists."""
CARTESIA_WAV_OUTPUT_FORMAT_CONTAINER_VALUES: set[CartesiaWAVOutputFormatContainer] = {
    "wav",
}


def check_cartesia_wav_output_format_container(value: str) -> CartesiaWAVOutputFormatContainer:
    if value in CARTESIA_WAV_OUTPUT_FORMAT_CONTAINER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_WAV_OUTPUT_FORMAT_CONTAINER_VALUES!r}")
