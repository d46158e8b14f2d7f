"""Helpers for users' own pytest suites: fail a test when a payload or payload file breaks its schema.

from tts_sdk.testing import assert_valid_payload, assert_valid_files

def test_fixtures():
    assert_valid_files("fixtures/*.json", "jobs/*.jsonl")
"""

from __future__ import annotations

import glob
from typing import Any

from tts_sdk._core._validate import validate
from tts_sdk._validation._reader import read_payloads

__all__ = ["assert_valid_files", "assert_valid_payload"]


def assert_valid_payload(payload: Any, model: str | None = None, *, strict: bool = False) -> None:
    """Raise ``AssertionError`` listing every error of ``payload`` (JSON path and reason)."""
    errors = [p for p in validate(payload, model, strict=strict) if p.severity == "error"]
    if errors:
        raise AssertionError("invalid payload:\n" + "\n".join(f"  {p.path}: {p.message}" for p in errors))


def assert_valid_files(*patterns: str, model: str | None = None, strict: bool = False) -> None:
    """Raise ``AssertionError`` if any payload in the files matching ``patterns`` is invalid or unreadable.

    A pattern that matches no file is an error too, so a renamed fixture folder cannot pass silently.
    """
    lines: list[str] = []
    for pattern in patterns:
        names = sorted(glob.glob(pattern, recursive=True)) or [pattern]
        for name in names:
            for loaded in read_payloads(name):
                if loaded.error is not None:
                    lines.append(f"  {loaded.location}: {loaded.error}")
                    continue
                for problem in [*loaded.notes, *validate(loaded.payload, model, strict=strict)]:
                    if problem.severity == "error":
                        lines.append(f"  {loaded.location}::{problem.path}: {problem.message}")
    if lines:
        raise AssertionError("invalid payload files:\n" + "\n".join(lines))
