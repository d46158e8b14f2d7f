from typing import Literal

CartesiaModelSpeed = Literal["fast", "normal", "slow"]
"""Speed setting for the model. Defaults to `normal`.
This feature is experimental and may not work for all voices.
Influences the speed of the generated speech. Faster speeds may reduce hallucination rate. Default: "normal".
"""
CARTESIA_MODEL_SPEED_VALUES: set[CartesiaModelSpeed] = {
    "fast",
    "normal",
    "slow",
}


def check_cartesia_model_speed(value: str) -> CartesiaModelSpeed:
    if value in CARTESIA_MODEL_SPEED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_MODEL_SPEED_VALUES!r}")
