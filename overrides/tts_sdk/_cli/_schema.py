"""``tts-sdk schema MODEL``: print a model's request JSON Schema, or (``--all DIR``) write one file per model."""

from __future__ import annotations

import argparse
import json
import sys

from tts_sdk._cli._validate import safe_streams
from tts_sdk._errors import ConfigurationError, UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``schema``."""
    schema = commands.add_parser(
        "schema",
        help="print a model's request JSON Schema",
        description="Print the request JSON Schema (draft 4 or 2020-12, self-contained) of MODEL, or write one "
        "file per model with --all.",
    )
    schema.add_argument("model", nargs="?", help="a model id (tts-sdk models lists them)")
    schema.add_argument("--provider", help="the provider the model is sent to (elevenlabs: any model id)")
    schema.add_argument("--all", metavar="DIR", help="write DIR/<model id>.schema.json for every model")
    schema.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print one model's request schema, or write every model's into a folder."""
    from pathlib import Path  # noqa: PLC0415

    from tts_sdk._core._catalog import available_models, specs  # noqa: PLC0415
    from tts_sdk._core._validate import spec_for  # noqa: PLC0415

    safe_streams()
    if arguments.all is None and arguments.model is None and arguments.provider is None:
        print("error: give a MODEL (or a --provider), or --all DIR", file=sys.stderr)
        return 2
    if arguments.all is None:
        try:
            spec = spec_for(arguments.model or "", arguments.provider)
        except (UnknownModelError, ConfigurationError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        label = arguments.model or spec.name
        print(json.dumps(_schema_for(spec.request_schema(), label), indent=2, ensure_ascii=False))
        return 0
    folder = Path(arguments.all)
    try:
        written = [(info.model, info.spec) for info in available_models()]
        # A spec that lists no model id (ElevenLabs' takes any): one file named after the spec.
        written += [(spec.name, spec) for spec in specs() if not spec.models]
        for name, spec in written:
            target = folder / f"{name}.schema.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            schema = _schema_for(spec.request_schema(), name)
            target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(target)
    except OSError as exc:
        print(f"error: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def _schema_for(schema: dict[str, Any], model: str) -> dict[str, Any]:
    """The schema with its ``title`` naming the model (draft 4, self-contained: usable by any validator)."""
    return {**schema, "title": f"tts-sdk request for {model}"}
