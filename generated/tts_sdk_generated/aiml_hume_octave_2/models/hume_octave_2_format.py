from typing import Literal

HumeOctave2Format = Literal["mp3", "wav"]
"""Audio output format. MP3 provides good compression and compatibility, PCM offers uncompressed high quality, and FLAC
provides lossless compression. Default: "wav".
"""
HUME_OCTAVE_2_FORMAT_VALUES: set[HumeOctave2Format] = {
    "mp3",
    "wav",
}


def check_hume_octave_2_format(value: str) -> HumeOctave2Format:
    if value in HUME_OCTAVE_2_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HUME_OCTAVE_2_FORMAT_VALUES!r}")
