from typing import Literal

CartesiaTTSSSEPhonemeTimestampsEventType = Literal["phoneme_timestamps"]
"""Event type identifier.
"""
CARTESIA_TTSSSE_PHONEME_TIMESTAMPS_EVENT_TYPE_VALUES: set[CartesiaTTSSSEPhonemeTimestampsEventType] = {
    "phoneme_timestamps",
}


def check_cartesia_ttssse_phoneme_timestamps_event_type(value: str) -> CartesiaTTSSSEPhonemeTimestampsEventType:
    if value in CARTESIA_TTSSSE_PHONEME_TIMESTAMPS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CARTESIA_TTSSSE_PHONEME_TIMESTAMPS_EVENT_TYPE_VALUES!r}"
    )
