"""Read payloads for validation, streamed: ``.json`` (one payload), ``.jsonl`` (one per line), ``-`` (stdin).

JSON Lines are split on ``\\n`` alone (a raw U+2028 or U+0085 inside a string is valid JSON, not a line end),
one line at a time, so memory stays flat whatever the file size. Every input gets a payload or a one-line
reason with its line and column: invalid UTF-8, invalid JSON, nesting deeper than the parser goes. What JSON
parsers let through silently is reported at its JSON path: ``NaN`` and ``Infinity`` (not JSON) as errors,
duplicate keys (the last one wins) as warnings.
"""

from __future__ import annotations

import json
import math
import re
import sys

import orjson

from tts_sdk._validation._problems import Problem, key_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


class Loaded:
    """One payload read from ``file`` (``line`` for JSON Lines), or why it could not be read (``error``)."""

    __slots__ = ("column", "error", "file", "line", "notes", "payload", "raw")

    def __init__(  # noqa: PLR0917 - built once per line: positional arguments are cheaper
        self,
        file: str,
        line: int | None,
        payload: Any = None,
        error: str | None = None,
        column: int | None = None,
        raw: bytes = b"",
        notes: list[Problem] | None = None,
    ) -> None:
        self.file, self.line, self.payload, self.error, self.column = file, line, payload, error, column
        #: The source bytes (decoded only to locate problems), and what parsing found (NaN, duplicate keys).
        self.raw, self.notes = raw, notes or []

    @property
    def text(self) -> str:
        """The source as text (invalid UTF-8 replaced)."""
        return self.raw.decode("utf-8", "replace")

    @property
    def location(self) -> str:
        """``file`` or ``file:line``."""
        return self.file if self.line is None else f"{self.file}:{self.line}"


def read_payloads(name: str) -> Iterator[Loaded]:
    """Every payload of one file argument, as it is read."""
    label = "<stdin>" if name == "-" else name
    parser = Parser()
    try:
        if name.endswith(".jsonl"):
            with open(name, "rb") as handle:
                for number, raw in enumerate(handle, start=1):
                    line = raw.rstrip(b"\n").rstrip(b"\r")
                    if line.strip():
                        yield parser.parse(label, number, line)
            return
        data = sys.stdin.buffer.read() if name == "-" else open(name, "rb").read()  # noqa: SIM115
    except OSError as exc:
        yield Loaded(label, None, error=f"cannot read: {exc.strerror or exc}")
        return
    yield parser.parse(label, None, data)


class Parser:
    """A JSON parser that records duplicate keys and non-finite constants as it goes."""

    def __init__(self) -> None:
        self.duplicates: list[tuple[dict[str, Any], list[str]]] = []
        self.non_finite = 0
        self.decoder = json.JSONDecoder(object_pairs_hook=self._object, parse_constant=self._constant)

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated = [key for key, _ in pairs if key in seen or seen.add(key)]  # type: ignore[func-returns-value]
            self.duplicates.append((result, repeated))
        return result

    def _constant(self, name: str) -> float:
        self.non_finite += 1
        return float(name)

    def parse(self, file: str, line: int | None, raw: bytes) -> Loaded:
        """The payload of ``raw``, or the reason it is not one, with its line and column.

        orjson reads the common case. Anything it refuses (NaN, Infinity, lone surrogates, deep nesting), a
        float past 64-bit integers (orjson reads a longer integer as a float), and any payload that may repeat
        a key take the exact path of the standard parser (see :func:`unrepeated`).
        """
        try:
            payload = fast_loads(raw)
        except (ValueError, RecursionError):
            return self.diagnose(file, line, raw)
        if type(payload) is dict:
            for value in payload.values():
                kind = type(value)
                if kind is dict or kind is list or (kind is float and not INT64_FLOATS[0] < value < INT64_FLOATS[1]):
                    break
            else:  # one flat object: the common payload
                if unrepeated(raw, len(payload)):
                    return Loaded(file, line, payload, None, None, raw)
                return self.diagnose(file, line, raw)
        keys, exact = _walk_counts(payload)
        if exact and unrepeated(raw, keys):
            return Loaded(file, line, payload, None, None, raw)
        return self.diagnose(file, line, raw)

    def diagnose(self, file: str, line: int | None, raw: bytes) -> Loaded:
        """The exact path: UTF-8 and JSON errors with their position, NaN, Infinity and repeated keys noted."""
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            row, column = _position(raw[: exc.start].decode("utf-8", "replace"), exc.start)
            where = f"line {row}, column {column}" if line is None else f"column {column}"
            return Loaded(file, line or row, error=f"not UTF-8: byte {raw[exc.start]:#04x} ({where})", column=column)
        self.duplicates, self.non_finite = [], 0
        try:
            payload = self.decoder.decode(text)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}" if line is None else f"column {exc.colno}"
            return Loaded(
                file, line or exc.lineno, error=f"invalid JSON: {exc.msg} ({where})", column=exc.colno, raw=raw
            )
        except RecursionError:
            index = _too_deep(text)
            row, column = _position(text[:index], index)
            where = f"line {row}, column {column}" if line is None else f"column {column}"
            return Loaded(file, line or row, error=f"nested too deeply to check ({where})", column=column, raw=raw)
        except ValueError as exc:  # an integer beyond the interpreter's digit limit, and the like
            return Loaded(file, line, error=f"invalid JSON: {exc}", column=1, raw=raw)
        notes = _notes(payload, self.duplicates, self.non_finite) if self.duplicates or self.non_finite else []
        return Loaded(file, line, payload=payload, raw=raw, notes=notes)


fast_loads = orjson.loads


#: A quote, maybe whitespace, a colon: where a key may end.
_KEY_ENDS = re.compile(rb'"[ \t\r\n]*:')


def unrepeated(raw: bytes, keys: int) -> bool:
    """True when ``raw`` cannot repeat a key, its parsed objects holding ``keys`` keys in all.

    Every key written ends in a quote followed (after optional whitespace) by a colon, so the number of such
    places bounds the keys written from above; equal to the keys kept, none was repeated. ``raw.count`` finds
    them at C speed when no quote is followed by whitespace, the regex otherwise.
    """
    if b'" ' in raw or b'"\t' in raw or b'"\r' in raw:
        return len(_KEY_ENDS.findall(raw)) == keys
    return raw.count(b'":') == keys


#: Floats strictly between these came from numbers orjson reads exactly (64-bit integers and real floats).
INT64_FLOATS = (-9.2e18, 1.8e19)


def _walk_counts(value: Any) -> tuple[int, bool]:
    """The number of keys of every object in ``value``, and False if a float may be a misread long integer."""
    count, pending = 0, [value]
    low, high = INT64_FLOATS
    while pending:
        item = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        if isinstance(item, dict):
            count += len(item)
        for child in children:
            if isinstance(child, dict | list):
                pending.append(child)
            elif type(child) is float and not low < child < high:
                return count, False
    return count, True


def _notes(payload: Any, duplicates: list[tuple[dict[str, Any], list[str]]], non_finite: int) -> list[Problem]:
    """Problems at the JSON paths of NaN/Infinity values and of repeated keys (walked without recursion)."""
    repeated = {id(found): keys for found, keys in duplicates}
    notes: list[Problem] = []
    pending: list[tuple[str, Any]] = [("$", payload)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            for key in repeated.get(id(value), ()):
                notes.append(
                    Problem(
                        key_path(path, key),
                        "json",
                        f"duplicate key {json.dumps(key)}: the last value wins",
                        "",
                        "warning",
                    )
                )
            pending.extend((key_path(path, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            pending.extend((f"{path}[{index}]", item) for index, item in reversed(list(enumerate(value))))
        elif non_finite and isinstance(value, float) and not math.isfinite(value):
            name = "NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity"
            notes.append(Problem(path, "json", f"{name} is not valid JSON (JSON has no NaN or Infinity)", ""))
    return notes


def _position(before: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``index``, given the text before it."""
    line = before.count("\n") + 1
    return line, index - (before.rfind("\n") + 1) + 1


def _too_deep(text: str, limit: int = 900) -> int:
    """Where nesting passes ``limit`` levels (strings skipped): the place to point a depth error at."""
    depth, index, length = 0, 0, len(text)
    while index < length:
        char = text[index]
        if char == '"':
            index = string_end(text, index)
            continue
        if char in "[{":
            depth += 1
            if depth > limit:
                return index
        elif char in "]}":
            depth -= 1
        index += 1
    return 0


def string_end(text: str, start: int) -> int:
    """The index just past the JSON string that opens at ``start``."""
    index = start
    while True:
        index = text.find('"', index + 1)
        if index < 0:
            return len(text)
        backslashes = 0
        while text[index - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return index + 1


def member_positions(text: str) -> dict[str, tuple[int, int]]:
    """Line and column of every member of a JSON document, by JSON path, in one pass (for annotations)."""
    found: dict[str, tuple[int, int]] = {"$": (1, 1)}
    containers: list[list[Any]] = []  # [is object, path, current child (key path or index), awaiting a key]
    line, line_start, index, length = 1, 0, 0, len(text)
    while index < length:
        char = text[index]
        if char == "\n":
            line, line_start, index = line + 1, index + 1, index + 1
            continue
        if char in " \t\r:":
            index += 1
            continue
        if char == ",":
            top = containers[-1]
            if top[0]:
                top[3] = True
            else:
                top[2] += 1
            index += 1
            continue
        if char in "}]":
            containers.pop()
            index += 1
            continue
        value_path = "$"
        if containers:
            top = containers[-1]
            if top[0] and top[3]:
                end = string_end(text, index)
                top[2] = key_path(top[1], json.loads(text[index:end]))
                found.setdefault(top[2], (line, index - line_start + 1))
                top[3] = False
                index = end
                continue
            value_path = top[2] if top[0] else f"{top[1]}[{top[2]}]"
            if not top[0]:
                found.setdefault(value_path, (line, index - line_start + 1))
        if char in "{[":
            containers.append([char == "{", value_path, None if char == "{" else 0, char == "{"])
            index += 1
        elif char == '"':
            index = string_end(text, index)
        else:
            while index < length and text[index] not in ",}] \t\r\n":
                index += 1
    return found
