from typing import Literal

CartesiaTTSSSEChunkEventType = Literal["chunk"]
"""Event type identifier.
"""
CARTESIA_TTSSSE_CHUNK_EVENT_TYPE_VALUES: set[CartesiaTTSSSEChunkEventType] = {
    "chunk",
}


def check_cartesia_ttssse_chunk_event_type(value: str) -> CartesiaTTSSSEChunkEventType:
    if value in CARTESIA_TTSSSE_CHUNK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTSSSE_CHUNK_EVENT_TYPE_VALUES!r}")
