from enum import StrEnum


class DeepgramAura2Model(StrEnum):
    DEEPGRAM_AURA_2 = "deepgram/aura-2"

    def __str__(self) -> str:
        return str(self.value)
