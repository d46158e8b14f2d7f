from enum import StrEnum


class CartesiaModelSpeed(StrEnum):
    FAST = "fast"
    NORMAL = "normal"
    SLOW = "slow"

    def __str__(self) -> str:
        return str(self.value)
