from typing import Literal

CartesiaRawOutputFormatContainer = Literal["raw"]
"""The values the spec lists."""
CARTESIA_RAW_OUTPUT_FORMAT_CONTAINER_VALUES: set[CartesiaRawOutputFormatContainer] = {
    "raw",
}


def check_cartesia_raw_output_format_container(value: str) -> CartesiaRawOutputFormatContainer:
    if value in CARTESIA_RAW_OUTPUT_FORMAT_CONTAINER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_RAW_OUTPUT_FORMAT_CONTAINER_VALUES!r}")
