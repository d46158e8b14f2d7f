"""What a valid payload asks the server for: voice, format, speed and sample rate, read through the catalog's
vocabulary. One rule, for the routes and for the formats ``/openapi.json`` declares."""

from __future__ import annotations

from tts_sdk._core._catalog import SpecInfo
from tts_sdk._core._schema import Parts
from tts_sdk._core._vocabulary import chosen, format_values, requested_rate
from tts_sdk._core._vocabulary import format_name as payload_format
from tts_sdk.server._encode import ALIASES, FORMATS


def choices(spec: SpecInfo, parts: Parts) -> tuple[str, str, float, int | None]:
    """Voice name, format, speed and sample rate (None: the format's own) of a valid request, with defaults.

    Where these live is the catalog's vocabulary; a format value that is no facade format (ElevenLabs'
    ``ulaw_8000``, Deepgram's ``mulaw``) is read as ``<codec>_<rate>`` or through the encoder aliases.
    """
    voice = chosen(spec, "voice", parts) or chosen(spec, "model", parts) or "alloy"  # Deepgram's model is its voice
    voice_name = str(voice["id"]) if isinstance(voice, dict) else str(voice)
    name = payload_format(spec, parts) or (next(iter(spec.formats), "wav") if spec.formats else "wav")
    codec, rate = requested_rate(spec, parts)
    if name not in FORMATS and codec is not None:
        name = codec
    if name not in spec.formats and name not in FORMATS and name not in ALIASES:
        # No facade format, and a value naming no codec (Cartesia's container raw): the encoding does.
        name = next((str(value) for value in format_values(spec, parts).values()
                     if str(value) in FORMATS or str(value) in ALIASES), name)  # fmt: skip
    name = ALIASES.get(name, name)
    speed = float(chosen(spec, "speed", parts) or 1.0)
    if isinstance(rate, str) and rate.isdigit():
        rate = int(rate)
    return voice_name, name, speed, rate
