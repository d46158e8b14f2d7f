from enum import StrEnum


class CartesiaTTSSSEErrorEventType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
