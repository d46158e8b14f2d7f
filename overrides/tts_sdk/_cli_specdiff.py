"""``tts-sdk spec-diff OLD NEW``: what changed between two versions of a spec, and does it break clients."""

from __future__ import annotations

import argparse
import sys
import time


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``spec-diff``."""
    parser = commands.add_parser(
        "spec-diff",
        help="compare two versions of a spec: what changed for clients, and what breaks them",
        description="Compare the operations the SDK uses (POST /v1/tts, POST /audio/speech, POST /v1/audio/speech, "
        "or --operation) in OLD and NEW. Exit 1 with --fail-on when a change of that class (or worse) is found.",
    )
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument("--fail-on", choices=("breaking", "notice"), help="exit 1 on a change of this class or worse")
    parser.add_argument(
        "--operation",
        action="append",
        metavar="'METHOD /path'",
        help="compare this operation (repeatable) instead of the SDK's",
    )
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from tts_sdk._specdiff import diff, fails, load, render  # noqa: PLC0415

    started = time.perf_counter()
    try:
        with open(arguments.old, "rb") as old_file, open(arguments.new, "rb") as new_file:
            old, new = load(old_file.read(), arguments.old), load(new_file.read(), arguments.new)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    operations = None
    if arguments.operation:
        operations = [(item.split(" ", 1)[0].lower(), item.split(" ", 1)[1]) for item in arguments.operation]
    changes = diff(old, new, operations)
    print(render(changes, arguments.format, f"{arguments.old} -> {arguments.new}"))
    print(f"({time.perf_counter() - started:.2f} s)", file=sys.stderr)
    return 1 if fails(changes, arguments.fail_on) else 0
