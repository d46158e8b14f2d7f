from typing import Literal

CartesiaRawEncoding = Literal["pcm_alaw", "pcm_f32le", "pcm_mulaw", "pcm_s16le"]
"""The values the spec lists."""
CARTESIA_RAW_ENCODING_VALUES: set[CartesiaRawEncoding] = {
    "pcm_alaw",
    "pcm_f32le",
    "pcm_mulaw",
    "pcm_s16le",
}


def check_cartesia_raw_encoding(value: str) -> CartesiaRawEncoding:
    if value in CARTESIA_RAW_ENCODING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_RAW_ENCODING_VALUES!r}")
