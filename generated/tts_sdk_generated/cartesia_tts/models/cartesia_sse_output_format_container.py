from enum import StrEnum


class CartesiaSSEOutputFormatContainer(StrEnum):
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
