from typing import Literal

DeepgramCallbackMethod = Literal["POST", "PUT"]
"""Default: "POST".
"""
DEEPGRAM_CALLBACK_METHOD_VALUES: set[DeepgramCallbackMethod] = {
    "POST",
    "PUT",
}


def check_deepgram_callback_method(value: str) -> DeepgramCallbackMethod:
    if value in DEEPGRAM_CALLBACK_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEEPGRAM_CALLBACK_METHOD_VALUES!r}")
