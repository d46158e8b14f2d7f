from enum import StrEnum


class ElevenlabsMultilingualV2Model(StrEnum):
    ELEVENLABS_ELEVEN_MULTILINGUAL_V2 = "elevenlabs/eleven_multilingual_v2"

    def __str__(self) -> str:
        return str(self.value)
