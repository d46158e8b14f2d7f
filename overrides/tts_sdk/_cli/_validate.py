"""``tts-sdk validate FILE...``: check request payload files as they are read (memory stays flat, whatever the
size); exit 0 when all are valid, 1 when any is invalid or unreadable, 2 on a usage error."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys

from tts_sdk._errors import ConfigurationError, UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any, TextIO, TypeVar

    from tts_sdk._validation._problems import Problem
    from tts_sdk._validation._reader import Loaded

    T = TypeVar("T")
    #: One chunk of a JSON Lines file for a worker: file, start, end, first line number, --model, --provider,
    #: --strict.
    Job = tuple[str, int, int, int, str | None, str | None, bool]

#: Rows of the report written to ``$GITHUB_STEP_SUMMARY`` (GitHub caps a step summary at 1 MiB).
_SUMMARY_ROWS = 1000


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``validate``."""
    parser = commands.add_parser(
        "validate",
        help="check JSON request payloads against their model's schema",
        description="Check request payloads (.json: one, .jsonl: one per line, -: stdin) against the schema "
        "of their model. Exit status: 0 all valid, 1 any invalid or unreadable, 2 usage error.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="a .json or .jsonl file, - (stdin), or a folder "
                        "(its *.json and *.jsonl files, at any depth)")  # fmt: skip
    parser.add_argument("--model", help="check against this model's schema instead of each payload's `model`")
    parser.add_argument(
        "--provider", help="check as requests to this provider (elevenlabs, cartesia, ...): its API's schema"
    )
    parser.add_argument("--strict", action="store_true", help="unknown properties are errors, not warnings")
    parser.add_argument("--format", choices=("text", "json", "github"), default="text", help="output format")
    parser.set_defaults(run=run)


def run(arguments: argparse.Namespace) -> int:
    """Validate every payload of every file, printing problems as they are found."""
    from tts_sdk._validation._reader import read_payloads  # noqa: PLC0415

    safe_streams()
    sys.set_int_max_str_digits(0)  # any integer in a payload gets a verdict, however many digits it has
    try:
        forced = _forced(arguments.model, arguments.provider)
    except (UnknownModelError, ConfigurationError) as exc:
        print(f"error: --model {arguments.model!r} --provider {arguments.provider!r}: {exc}", file=sys.stderr)
        return 2
    check = _Checker(forced, arguments.strict, arguments.provider)
    reports: dict[str, type[_Text | _Json | _GitHub]] = {"text": _Text, "json": _Json, "github": _GitHub}
    report = reports[arguments.format](sys.stdout)
    payloads = invalid = warnings = 0
    files, empty = _expanded(arguments.files)
    for folder in empty:
        print(f"{folder}: a folder without any .json or .jsonl file", file=sys.stderr)
    for name in files:
        clean = [0]  # lines the JSON Lines fast path found valid, without a record each
        if name.endswith(".jsonl") and _worth_parallel(name) and arguments.format == "text":
            counted = _parallel_text(name, check, arguments.model, report, arguments.provider)
            payloads, invalid, warnings = payloads + counted[0], invalid + counted[1], warnings + counted[2]
            continue
        if name.endswith(".jsonl") and _worth_parallel(name):
            found = _parallel_lines(name, check, clean, arguments.model, arguments.provider)
        elif name.endswith(".jsonl"):
            found = _lines(name, check, clean)
        else:
            found = ((loaded, check(loaded)) for loaded in read_payloads(name))
        for loaded, problems in found:
            payloads += 1
            bad = any(problem.severity == "error" for problem in problems)
            invalid += bad
            warnings += sum(problem.severity == "warning" for problem in problems)
            report.add(loaded, problems, bad)
        payloads += clean[0]
    summary = (
        f"{_count(payloads, 'payload')} in {_count(len(files), 'file')}: {invalid} invalid, "
        f"{_count(warnings, 'warning')}"
    )
    report.finish(summary, invalid == 0 and not empty, {"payloads": payloads, "invalid": invalid, "warnings": warnings})
    print(summary, file=sys.stderr)
    return 1 if invalid or empty else 0


def _expanded(names: list[str]) -> tuple[list[str], list[str]]:
    """(files, folders holding none): each folder replaced by its ``*.json`` and ``*.jsonl`` files, sorted."""
    from pathlib import Path  # noqa: PLC0415

    files: list[str] = []
    empty: list[str] = []
    for name in names:
        if name == "-" or not Path(name).is_dir():
            files.append(name)
            continue
        found = sorted(
            str(path) for path in Path(name).rglob("*") if path.suffix in (".json", ".jsonl") and path.is_file()
        )
        files += found
        if not found:
            empty.append(name)
    return files, empty


def _lines(name: str, check: _Checker, clean: list[int]) -> Iterator[tuple[Loaded, list[Problem]]]:
    """The payloads of a JSON Lines file that have problems, with them; ``clean[0]`` counts the other lines.

    The common case, one flat object of a known model that passes strictly, is read and checked here in one
    loop at C speed where it can be (orjson, byte counts against nesting and repeated keys, the compiled
    verdict) and never leaves it; a flat line that fails is reported from the same parse, unless a float in it
    may be an integer past 64 bits (which orjson reads as a float). Every other line goes through the reader's
    exact path and the full check.
    """
    from tts_sdk._validation._reader import (  # noqa: PLC0415
        INT64_FLOATS,
        Loaded,
        read_payloads,
    )

    strict = check.strict
    low, high = INT64_FLOATS
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below; read_payloads reports an unreadable file
    except OSError:
        for loaded in read_payloads(name):  # says why the file cannot be read
            yield loaded, check(loaded)
        return
    passed = 0
    with handle:
        for number, raw in enumerate(handle, start=1):
            quick = check.quick(raw)
            if quick is not None:
                payload, schema = quick
                if schema.is_valid(payload, True):
                    passed += 1
                    continue
                if not any(type(value) is float and not low < value < high for value in payload.values()):
                    yield Loaded(name, number, payload, None, None, raw), schema.problems(payload, strict)
                    continue
            if raw.strip():
                loaded = check.parser.parse(name, number, raw.rstrip(b"\n").rstrip(b"\r"))
                yield loaded, check(loaded)
    clean[0] += passed


#: Files at least this large are checked by one process per core, in chunks of ``_CHUNK_BYTES``.
_PARALLEL_BYTES = 8 * 1024 * 1024
_CHUNK_BYTES = 1024 * 1024


def _worth_parallel(name: str) -> bool:
    try:
        return os.path.getsize(name) >= _PARALLEL_BYTES and (os.cpu_count() or 1) > 1
    except OSError:
        return False


def _in_chunks(
    name: str, work: Callable[[Job], T], model: str | None, provider: str | None, strict: bool
) -> Iterator[T]:
    """``work`` over chunks of a file, one process per core, its results in file order.

    At most one chunk per worker (and one more) is in flight, so memory stays bounded however slowly the
    results are consumed.
    """
    import multiprocessing  # noqa: PLC0415
    from collections import deque  # noqa: PLC0415

    workers = min(os.cpu_count() or 1, 4)
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque()
        chunks = _chunks(name)
        for position, chunk in enumerate(chunks):
            pending.append(pool.apply_async(work, ((name, *chunk, model, provider, strict),)))
            while pending and (len(pending) > workers or position == len(chunks) - 1):
                yield pending.popleft().get()


def _forced(model: str | None, provider: str | None) -> Any:
    """The one compiled schema every payload is checked against (--model, or a provider with one spec), or None:
    each payload's own ``model`` decides."""
    from tts_sdk._core._catalog import specs  # noqa: PLC0415
    from tts_sdk._core._providers import builtin_providers  # noqa: PLC0415
    from tts_sdk._core._validate import compiled_for  # noqa: PLC0415

    if provider is not None and provider not in builtin_providers():
        raise ConfigurationError(f"unknown provider; known: {', '.join(builtin_providers())}")
    if model is not None:
        return compiled_for(model, provider)
    if provider is not None and sum(spec.api == builtin_providers()[provider].api for spec in specs()) == 1:
        return compiled_for("", provider)
    return None


def _parallel_lines(
    name: str, check: _Checker, clean: list[int], model: str | None, provider: str | None
) -> Iterator[tuple[Loaded, list[Problem]]]:
    """As :func:`_lines`, with the fast path run by the workers of :func:`_in_chunks`: each returns how many
    of its lines passed and the lines that did not, which this process checks and reports in file order."""
    for passed, rest in _in_chunks(name, _scan_chunk, model, provider, check.strict):
        clean[0] += passed
        for number, raw in rest:
            loaded = check.parser.parse(name, number, raw)
            yield loaded, check(loaded)


def _parallel_text(
    name: str, check: _Checker, model: str | None, report: Any, provider: str | None
) -> tuple[int, int, int]:
    """The text report of a large JSON Lines file, each chunk checked and rendered by a worker, written in
    order; returns (payloads, invalid, warnings)."""
    totals = [0, 0, 0]
    for counts, text in _in_chunks(name, _text_chunk, model, provider, check.strict):
        totals = [total + count for total, count in zip(totals, counts, strict=True)]
        report.write(text)
        report.flush()  # a chunk's text at once: nothing piles up
    return totals[0], totals[1], totals[2]


def _text_chunk(job: Job) -> tuple[tuple[int, int, int], str]:
    """In a worker: one chunk checked and its problems rendered as the text report does."""
    passed, rest = _scan_chunk(job)
    check = _WORKER[(job[4], job[5], job[6])]
    buffer = io.StringIO()
    out = _Text(buffer)
    invalid = warnings = 0
    for number, raw in rest:
        loaded = check.parser.parse(job[0], number, raw)
        problems = check(loaded)
        bad = any(problem.severity == "error" for problem in problems)
        invalid += bad
        warnings += sum(problem.severity == "warning" for problem in problems)
        out.add(loaded, problems, bad)
    out.flush()
    return (passed + len(rest), invalid, warnings), buffer.getvalue()


def _chunks(name: str) -> list[tuple[int, int, int]]:
    """(start, end, number of the first line) of chunks of about ``_CHUNK_BYTES``, cut at line ends."""
    chunks, start, line = [], 0, 1
    with open(name, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        while start < size:
            handle.seek(min(start + _CHUNK_BYTES, size))
            handle.readline()
            end = min(handle.tell(), size)
            chunks.append((start, end, line))
            handle.seek(start)
            line += handle.read(end - start).count(b"\n")
            start = end
    return chunks


_WORKER: dict[tuple[str | None, str | None, bool], _Checker] = {}


def _scan_chunk(job: Job) -> tuple[int, list[tuple[int, bytes]]]:
    """In a worker: the fast path over one chunk (file, start, end, first line, --model, --strict); the
    number of lines that passed, and the others with their numbers."""
    name, start, end, first, model, provider, strict = job
    key = (model, provider, strict)
    if key not in _WORKER:
        _WORKER[key] = _Checker(_forced(model, provider), strict, provider)
    check, rest, passed = _WORKER[key], [], 0
    with open(name, "rb") as handle:
        handle.seek(start)
        data = handle.read(end - start)
    for offset, raw in enumerate(data.split(b"\n")):
        quick = check.quick(raw)
        if quick is not None and quick[1].is_valid(quick[0], True):
            passed += 1
            continue
        if raw.strip():
            rest.append((first + offset, raw.rstrip(b"\r")))
    return passed, rest


class _Checker:
    """Problems of one loaded payload: its parse notes, then its schema's problems (a fast path for clean ones)."""

    def __init__(self, forced: Any, strict: bool, provider: str | None = None) -> None:
        from tts_sdk._core._validate import compiled_for, validate  # noqa: PLC0415
        from tts_sdk._validation._reader import Parser, fast_loads, unrepeated  # noqa: PLC0415

        self.fast_loads, self.unrepeated = fast_loads, unrepeated
        self.forced, self.strict, self.validate, self.provider = forced, strict, validate, provider
        self.compiled_for = compiled_for
        self.by_model: dict[str, Any] = {}
        self.parser = Parser()

    def __call__(self, loaded: Loaded) -> list[Problem]:
        from tts_sdk._validation._problems import Problem  # noqa: PLC0415

        if loaded.error is not None:
            return [Problem("$", "parse", loaded.error, "")]
        payload = loaded.payload
        schema = self.forced or self.schema_of(payload)
        if schema is None:
            return [*loaded.notes, *self.validate(payload, provider=self.provider, strict=self.strict)]
        if not loaded.notes and schema.is_valid(payload, True):
            return []
        return [*loaded.notes, *schema.problems(payload, self.strict)]

    def quick(self, raw: bytes) -> tuple[dict[str, Any], Any] | None:
        """(payload, compiled schema) when ``raw`` is one flat object of a known model that repeats no key:
        the JSON Lines fast path, at C speed where it can be. None sends the line down the exact path."""
        try:
            payload = self.fast_loads(raw)
        except ValueError:
            return None
        if type(payload) is not dict or raw.count(b"{") != 1 or b"[" in raw or not self.unrepeated(raw, len(payload)):
            return None
        schema = self.forced or self.by_model.get(payload.get("model")) or self.schema_of(payload)  # type: ignore[arg-type]
        return None if schema is None else (payload, schema)

    def schema_of(self, payload: Any) -> Any:
        """The compiled schema for a payload's ``model`` (cached), or None when it names no known model."""
        model = payload.get("model") if isinstance(payload, dict) else None
        if not isinstance(model, str):
            return None
        if model not in self.by_model:
            try:
                self.by_model[model] = self.compiled_for(model, self.provider)
            except UnknownModelError:
                self.by_model[model] = None
        return self.by_model[model]


class _Output:
    """Lines written in batches (one ``write`` per few thousand lines: console writes are slow)."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.pending = out, list[str]()

    def write(self, text: str) -> None:
        self.pending.append(text)
        if len(self.pending) >= 4096:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self.pending))
        self.out.flush()
        self.pending = []


class _Text(_Output):
    """``file:line::$.path: message`` per problem, as found."""

    def add(self, loaded: Loaded, problems: list[Problem], bad: bool) -> None:
        for problem in problems:
            if problem.keyword == "parse":
                self.write(f"{loaded.location}: {problem.message}\n")
            else:
                warning = "warning: " if problem.severity == "warning" else ""
                self.write(f"{loaded.location}::{problem.path}: {warning}{problem.message}\n")

    def finish(self, summary: str, valid: bool, counts: dict[str, int]) -> None:
        self.flush()


class _Json(_Output):
    """``{"payloads": [...], "valid": ..., "counts": ...}``, streamed: a record per payload with a problem (an
    error or a warning); clean payloads are counted, not listed."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.first = True
        self.write('{"payloads": [')

    def add(self, loaded: Loaded, problems: list[Problem], bad: bool) -> None:
        if not problems:
            return
        record = {
            "file": loaded.file,
            "line": loaded.line,
            "valid": not bad,
            "problems": [p.as_dict() for p in problems],
        }
        self.write(("\n" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
        self.first = False

    def finish(self, summary: str, valid: bool, counts: dict[str, int]) -> None:
        tail = f'"valid": {json.dumps(valid)}, "counts": {json.dumps(counts)}, "summary": {json.dumps(summary)}'
        self.write(f"\n], {tail}}}\n")
        self.flush()


class _GitHub(_Output):
    """GitHub Actions annotations with the line and column of each problem, a summary, the step summary."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.rows = 0
        path = os.environ.get("GITHUB_STEP_SUMMARY")
        self.summary = open(path, "a", encoding="utf-8", errors="backslashreplace") if path else None  # noqa: SIM115
        if self.summary is not None:
            self.summary.write("## tts-sdk validate\n\n| where | path | problem |\n| --- | --- | --- |\n")

    def add(self, loaded: Loaded, problems: list[Problem], bad: bool) -> None:
        if not problems:
            return
        from tts_sdk._validation._reader import member_positions  # noqa: PLC0415

        positions = member_positions(loaded.text) if loaded.raw and loaded.error is None else {}
        for problem in problems:
            if problem.keyword == "parse":
                line, column = loaded.line or 1, loaded.column or 1
            else:
                row, column = _locate(positions, problem.path)
                line = loaded.line or row
            level = "warning" if problem.severity == "warning" else "error"
            properties = f"file={_escape(loaded.file, True)},line={line},col={column}"
            title = _escape(f"tts-sdk validate {problem.path}", True)
            self.write(f"::{level} {properties},title={title}::{_escape(problem.message, False)}\n")
            if self.summary is not None and self.rows < _SUMMARY_ROWS:
                cell = problem.message.replace("|", "\\|")
                self.summary.write(f"| `{loaded.file}:{line}:{column}` | `{problem.path}` | {level}: {cell} |\n")
            self.rows += 1

    def finish(self, summary: str, valid: bool, counts: dict[str, int]) -> None:
        self.write(f"::notice title=tts-sdk validate::{_escape(summary, False)}\n")
        self.flush()
        if self.summary is not None:
            if self.rows > _SUMMARY_ROWS:
                self.summary.write(f"\n... and {self.rows - _SUMMARY_ROWS} more problems (see the step's log)\n")
            self.summary.write(f"\n**{summary}**\n")
            self.summary.close()


def _locate(positions: dict[str, tuple[int, int]], path: str) -> tuple[int, int]:
    """Where a JSON path is, else where its nearest enclosing member is."""
    while path not in positions and path != "$":
        cut = max(path.rfind("."), path.rfind("["))
        path = path[:cut] if cut > 0 else "$"
    return positions.get(path, (1, 1))


def safe_streams() -> None:
    """Never fail on a character the console cannot encode (a lone surrogate, say): escape it instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _escape(text: str, in_property: bool) -> str:
    """GitHub Actions workflow-command escaping."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text
