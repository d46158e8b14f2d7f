from enum import StrEnum


class CartesiaRawOutputFormatContainer(StrEnum):
    RAW = "raw"

    def __str__(self) -> str:
        return str(self.value)
