"""``tts-sdk schema MODEL``: print a model's request JSON Schema, or (``--all DIR``) write one file per model."""

from __future__ import annotations

import argparse
import json
import sys

from tts_sdk._cli._validate import safe_streams
from tts_sdk._errors import UnknownModelError

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
    schema.add_argument("--all", metavar="DIR", help="write DIR/<model id>.schema.json for every model")
    schema.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print one model's request schema, or write every model's into a folder."""
    from pathlib import Path  # noqa: PLC0415

    from tts_sdk._core._catalog import available_models, spec_for_model  # noqa: PLC0415

    safe_streams()
    if arguments.all is None and arguments.model is None:
        print("error: give a MODEL, or --all DIR", file=sys.stderr)
        return 2
    if arguments.all is None:
        try:
            spec = spec_for_model(arguments.model)
        except UnknownModelError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(json.dumps(_schema_for(spec.request_schema(), arguments.model), indent=2, ensure_ascii=False))
        return 0
    folder = Path(arguments.all)
    try:
        for info in available_models():
            target = folder / f"{info.model}.schema.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            schema = _schema_for(info.spec.request_schema(), info.model)
            target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(target)
    except OSError as exc:
        print(f"error: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def _schema_for(schema: dict[str, Any], model: str) -> dict[str, Any]:
    """The schema with its ``title`` naming the model (draft 4, self-contained: usable by any validator)."""
    return {**schema, "title": f"tts-sdk request for {model}"}
