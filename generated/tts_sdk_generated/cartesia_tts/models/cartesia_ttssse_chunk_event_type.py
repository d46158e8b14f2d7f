from enum import StrEnum


class CartesiaTTSSSEChunkEventType(StrEnum):
    CHUNK = "chunk"

    def __str__(self) -> str:
        return str(self.value)
