from typing import Literal

CartesiaTTSSSETimestampsEventType = Literal["timestamps"]
"""Event type identifier.
"""
CARTESIA_TTSSSE_TIMESTAMPS_EVENT_TYPE_VALUES: set[CartesiaTTSSSETimestampsEventType] = {
    "timestamps",
}


def check_cartesia_ttssse_timestamps_event_type(value: str) -> CartesiaTTSSSETimestampsEventType:
    if value in CARTESIA_TTSSSE_TIMESTAMPS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTSSSE_TIMESTAMPS_EVENT_TYPE_VALUES!r}")
