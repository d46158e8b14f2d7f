from typing import Literal

HumeOctave2Model = Literal["hume/octave-2"]
"""The values the spec lists."""
HUME_OCTAVE_2_MODEL_VALUES: set[HumeOctave2Model] = {
    "hume/octave-2",
}


def check_hume_octave_2_model(value: str) -> HumeOctave2Model:
    if value in HUME_OCTAVE_2_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HUME_OCTAVE_2_MODEL_VALUES!r}")
