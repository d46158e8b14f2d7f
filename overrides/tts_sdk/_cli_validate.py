"""``tts-sdk validate FILE...``: check request payload files; exit 0 all valid, 1 any invalid or unreadable."""

from __future__ import annotations

import argparse
import json
import sys

from tts_sdk._validate import validate
from tts_sdk._validation._files import LoadedPayload, read_payloads
from tts_sdk._validation._problems import Problem


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``validate`` command."""
    parser = commands.add_parser(
        "validate",
        help="check JSON request payloads against their model's schema",
        description="Check request payloads (.json: one, .jsonl: one per line, -: stdin) against the schema "
        "of their model. Exit status: 0 all valid, 1 any invalid or unreadable, 2 usage error.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--model", help="check against this model's schema instead of each payload's `model`")
    parser.add_argument("--strict", action="store_true", help="unknown properties are errors, not warnings")
    parser.add_argument("--format", choices=("text", "json", "github"), default="text", help="output format")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Validate every payload of every file and print the problems."""
    results: list[tuple[LoadedPayload, list[Problem]]] = []
    for name in arguments.files:
        for loaded in read_payloads(name):
            if loaded.error is not None:
                results.append((loaded, [Problem("$", "parse", loaded.error, "")]))
            else:
                results.append((loaded, validate(loaded.payload, arguments.model, strict=arguments.strict)))
    invalid = sum(1 for _, problems in results if any(p.severity == "error" for p in problems))
    {"text": _text, "json": _json, "github": _github}[arguments.format](results)
    print(
        f"{_count(len(results), 'payload')} in {_count(len(arguments.files), 'file')}: {invalid} invalid",
        file=sys.stderr,
    )
    return 1 if invalid else 0


def _text(results: list[tuple[LoadedPayload, list[Problem]]]) -> None:
    lines = []
    for loaded, problems in results:
        for problem in problems:
            if problem.keyword == "parse":
                lines.append(f"{loaded.location}: {problem.message}")
            else:
                warning = "warning: " if problem.severity == "warning" else ""
                lines.append(f"{loaded.location}::{problem.path}: {warning}{problem.message}")
    if lines:
        print("\n".join(lines))


def _json(results: list[tuple[LoadedPayload, list[Problem]]]) -> None:
    payloads = [
        {
            "file": loaded.file,
            "line": loaded.line,
            "valid": not any(p.severity == "error" for p in problems),
            "problems": [p.as_dict() for p in problems],
        }
        for loaded, problems in results
    ]
    print(json.dumps({"valid": all(item["valid"] for item in payloads), "payloads": payloads}, ensure_ascii=False))


def _github(results: list[tuple[LoadedPayload, list[Problem]]]) -> None:
    for loaded, problems in results:
        for problem in problems:
            level = "warning" if problem.severity == "warning" else "error"
            properties = f"file={_escape(loaded.file, True)},line={loaded.line_of(problem.path)}"
            title = _escape(f"tts-sdk validate {problem.path}", True)
            print(f"::{level} {properties},title={title}::{_escape(problem.message, False)}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _escape(text: str, in_property: bool) -> str:
    """GitHub Actions workflow-command escaping."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text
