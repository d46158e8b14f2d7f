from typing import Literal

CartesiaTTSSSEDoneEventType = Literal["done"]
"""Event type identifier.
"""
CARTESIA_TTSSSE_DONE_EVENT_TYPE_VALUES: set[CartesiaTTSSSEDoneEventType] = {
    "done",
}


def check_cartesia_ttssse_done_event_type(value: str) -> CartesiaTTSSSEDoneEventType:
    if value in CARTESIA_TTSSSE_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTSSSE_DONE_EVENT_TYPE_VALUES!r}")
