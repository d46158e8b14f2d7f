"""The ``tts-sdk`` command."""

from __future__ import annotations

import argparse
import sys

from tts_sdk._catalog import models


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``tts-sdk`` command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="tts-sdk", description="Typed text-to-speech clients.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("models", help="list the models the generated clients serve")
    arguments = parser.parse_args(argv)
    if arguments.command == "models":
        rows = [(info.model, info.api, info.package) for info in models()]
        widths = [max(len(row[i]) for row in [("model", "api", "package"), *rows]) for i in range(3)]
        for row in [("model", "api", "package"), *rows]:
            print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
