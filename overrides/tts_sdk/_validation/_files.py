"""Read payloads from files for validation: ``.json`` (one payload), ``.jsonl`` (one per line), ``-`` (stdin)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LoadedPayload:
    """One payload read from ``file`` (at ``line`` for JSON Lines), or why it could not be read."""

    file: str
    line: int | None
    payload: Any = None
    error: str | None = None
    text: str = ""

    @property
    def location(self) -> str:
        """``file`` or ``file:line``."""
        return self.file if self.line is None else f"{self.file}:{self.line}"

    def line_of(self, json_path: str) -> int:
        """Best-effort line of the member a JSON path ends in (for editor and CI annotations)."""
        if self.line is not None:
            return self.line
        key = re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)$|\[\"((?:[^\"\\]|\\.)*)\"\]$", json_path)
        if key:
            name = key[0][0] or key[0][1]
            found = re.search(rf'"{re.escape(name)}"\s*:', self.text)
            if found:
                return self.text.count("\n", 0, found.start()) + 1
        return 1


def read_payloads(name: str) -> Iterator[LoadedPayload]:
    """Every payload of one file argument."""
    label = "<stdin>" if name == "-" else name
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield LoadedPayload(label, None, error=f"cannot read: {exc.strerror if isinstance(exc, OSError) else exc}")
        return
    if name.endswith(".jsonl"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _parse(label, number, line)
        return
    yield _parse(label, None, text)


def _parse(file: str, line: int | None, text: str) -> LoadedPayload:
    try:
        return LoadedPayload(file, line, payload=json.loads(text), text=text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}" if line is None else f"column {exc.colno}"
        return LoadedPayload(file, line, error=f"invalid JSON: {exc.msg} ({where})", text=text)
