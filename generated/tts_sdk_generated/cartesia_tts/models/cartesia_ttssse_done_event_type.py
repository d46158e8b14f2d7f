from enum import StrEnum


class CartesiaTTSSSEDoneEventType(StrEnum):
    DONE = "done"

    def __str__(self) -> str:
        return str(self.value)
