from enum import StrEnum


class CartesiaTTSSSEPhonemeTimestampsEventType(StrEnum):
    PHONEME_TIMESTAMPS = "phoneme_timestamps"

    def __str__(self) -> str:
        return str(self.value)
