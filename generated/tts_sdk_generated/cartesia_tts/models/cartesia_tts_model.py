from typing import Literal

CartesiaTTSModel = Literal["sonic-3", "sonic-3-2025-10-27", "sonic-3-2026-01-12", "sonic-3.5", "sonic-3.5-2026-05-04"]
"""Text-to-speech models. See [the docs](https://docs.cartesia.ai/build-with-cartesia/tts-models/latest) for all
options.
"""
CARTESIA_TTS_MODEL_VALUES: set[CartesiaTTSModel] = {
    "sonic-3",
    "sonic-3-2025-10-27",
    "sonic-3-2026-01-12",
    "sonic-3.5",
    "sonic-3.5-2026-05-04",
}


def check_cartesia_tts_model(value: str) -> CartesiaTTSModel:
    if value in CARTESIA_TTS_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARTESIA_TTS_MODEL_VALUES!r}")
