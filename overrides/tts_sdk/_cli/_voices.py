"""``tts-sdk voices MODEL``: a model's voices and formats, from its spec (defaults marked)."""

from __future__ import annotations

import argparse
import sys

from tts_sdk._core._schema import Parts, schema_at
from tts_sdk._core._vocabulary import default_at
from tts_sdk._errors import UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tts_sdk._core._catalog import SpecInfo


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``voices``."""
    voices = commands.add_parser("voices", help="list the voices (and formats) of a model, from its spec")
    voices.add_argument("model")
    voices.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    from tts_sdk._core._catalog import spec_for_model  # noqa: PLC0415

    try:
        spec = spec_for_model(arguments.model)
    except UnknownModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for line in describe_voices(spec):
        print(line)
    return 0


def describe_voices(spec: SpecInfo) -> list[str]:
    """Voice and format lines for a spec, read from its request schema through the catalog (defaults marked)."""
    from tts_sdk._core._vocabulary import format_name  # noqa: PLC0415

    lines = []
    voice = spec.fields.get("voice")
    if voice is not None:
        default = default_at(spec, voice)
        listed = ", ".join(f"{value} (default)" if value == default else str(value) for value in spec.voices)
        lines.append(f"voices ({voice}): {listed or 'any name'}")
        field = schema_at(spec.request_schema(), voice) or {}
        if spec.voices and ("anyOf" in field or "oneOf" in field):
            lines.append("        any other voice name or id the provider knows")
    else:
        lines.append("voices: none (the spec has no voice field)")
    if spec.formats:
        default_format = format_name(spec, Parts())
        listed = ", ".join(f"{name} (default)" if name == default_format else name for name in spec.formats)
        lines.append(f"formats ({' + '.join(spec.format_fields)}): {listed}")
    return lines
