from typing import Literal

CartesiaTTSSSEErrorEventType = Literal["error"]
"""Event type identifier.
"""
CARTESIA_TTSSSE_ERROR_EVENT_TYPE_VALUES: set[CartesiaTTSSSEErrorEventType] = {
    "error",
}


def check_cartesia_ttssse_error_event_type(value: str) -> CartesiaTTSSSEErrorEventType:
    if value in CARTESIA_TTSSSE_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTSSSE_ERROR_EVENT_TYPE_VALUES!r}")
