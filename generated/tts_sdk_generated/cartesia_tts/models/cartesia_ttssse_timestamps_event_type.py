from enum import StrEnum


class CartesiaTTSSSETimestampsEventType(StrEnum):
    TIMESTAMPS = "timestamps"

    def __str__(self) -> str:
        return str(self.value)
