from enum import StrEnum


class CartesiaCartesiaVersion(StrEnum):
    VALUE_2025_11_04 = "2025-11-04"

    def __str__(self) -> str:
        return str(self.value)
