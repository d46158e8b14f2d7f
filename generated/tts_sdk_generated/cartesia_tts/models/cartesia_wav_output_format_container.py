from enum import StrEnum


class CartesiaWAVOutputFormatContainer(StrEnum):
    WAV = "wav"

    def __str__(self) -> str:
        return str(self.value)
