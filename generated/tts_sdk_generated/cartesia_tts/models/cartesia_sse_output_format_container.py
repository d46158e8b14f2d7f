from typing import Literal

CartesiaSSEOutputFormatContainer = Literal["raw"]
"""The values the spec lists."""
CARTESIA_SSE_OUTPUT_FORMAT_CONTAINER_VALUES: set[CartesiaSSEOutputFormatContainer] = {
    "raw",
}


def check_cartesia_sse_output_format_container(value: str) -> CartesiaSSEOutputFormatContainer:
    if value in CARTESIA_SSE_OUTPUT_FORMAT_CONTAINER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_SSE_OUTPUT_FORMAT_CONTAINER_VALUES!r}")
