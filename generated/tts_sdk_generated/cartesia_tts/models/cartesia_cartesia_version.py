from typing import Literal

CartesiaCartesiaVersion = Literal["2025-11-04"]
"""The values the spec lists."""
CARTESIA_CARTESIA_VERSION_VALUES: set[CartesiaCartesiaVersion] = {
    "2025-11-04",
}


def check_cartesia_cartesia_version(value: str) -> CartesiaCartesiaVersion:
    if value in CARTESIA_CARTESIA_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_CARTESIA_VERSION_VALUES!r}")
