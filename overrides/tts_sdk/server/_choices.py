"""What a valid payload asks the server for: voice, format, speed and sample rate, read through the catalog's
vocabulary. One rule, for the routes and for the formats ``/openapi.json`` declares."""

from __future__ import annotations

from tts_sdk._core._catalog import SpecInfo
from tts_sdk._core._vocabulary import chosen, requested_rate
from tts_sdk._core._vocabulary import format_name as payload_format
from tts_sdk.server._encode import ALIASES, FORMATS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def choices(spec: SpecInfo, payload: dict[str, Any]) -> tuple[str, str, float, int | None]:
    """Voice name, format, speed and sample rate (None: the format's own) of a valid payload, with defaults.

    Where these live is the catalog's vocabulary; a format value that is no facade format (ElevenLabs'
    ``ulaw_8000``, Deepgram's ``mulaw``) is read as ``<codec>_<rate>`` or through the encoder aliases.
    """
    voice = chosen(spec, "voice", payload) or "alloy"
    voice_name = str(voice["id"]) if isinstance(voice, dict) else str(voice)
    name = payload_format(spec, payload) or (next(iter(spec.formats), "wav") if spec.formats else "wav")
    codec, rate = requested_rate(spec, payload)
    if name not in FORMATS and codec is not None:
        name = codec
    name = ALIASES.get(name, name)
    speed = float(chosen(spec, "speed", payload) or 1.0)
    return voice_name, name, speed, rate
