"""``tts-sdk models``: the models the generated clients serve, with their API and package."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``models``."""
    commands.add_parser("models", help="list the models the generated clients serve").set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Print a table of model ids, APIs and packages."""
    from tts_sdk._core._catalog import available_models  # noqa: PLC0415

    header = ("model", "api", "package")
    rows = [header, *((info.model, info.api, info.package) for info in available_models())]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0
