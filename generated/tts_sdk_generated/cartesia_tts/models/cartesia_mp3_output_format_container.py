from typing import Literal

CartesiaMP3OutputFormatContainer = Literal["mp3"]
"""The values the spec lists."""
CARTESIA_MP3_OUTPUT_FORMAT_CONTAINER_VALUES: set[CartesiaMP3OutputFormatContainer] = {
    "mp3",
}


def check_cartesia_mp3_output_format_container(value: str) -> CartesiaMP3OutputFormatContainer:
    if value in CARTESIA_MP3_OUTPUT_FORMAT_CONTAINER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_MP3_OUTPUT_FORMAT_CONTAINER_VALUES!r}")
