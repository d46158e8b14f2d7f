from enum import StrEnum


class HumeOctave2Model(StrEnum):
    HUME_OCTAVE_2 = "hume/octave-2"

    def __str__(self) -> str:
        return str(self.value)
