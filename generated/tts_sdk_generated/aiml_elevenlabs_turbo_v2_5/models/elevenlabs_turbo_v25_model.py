from enum import StrEnum


class ElevenlabsTurboV25Model(StrEnum):
    ELEVENLABS_ELEVEN_TURBO_V2_5 = "elevenlabs/eleven_turbo_v2_5"

    def __str__(self) -> str:
        return str(self.value)
