"""`tts-sdk validate` at CI scale: streamed, exact on hostile inputs, GitHub annotations with line and column."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import pytest
import tts_sdk
from tts_sdk._core._catalog import specs
from tts_sdk._validation._compiler import compile_schema

from tests.conftest import REPO

OK = '{"model": "openai/tts-1", "text": "Hello", "voice": "coral"}'


def cli(
    *arguments: str, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tts_sdk", *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        input=stdin.decode() if stdin else None,
        timeout=300,
        check=False,
    )


def test_lines_split_on_newline_only(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    inside = OK.replace("Hello", "Hello\u2028there\u0085friend")
    bad = '{"model": "openai/tts-1", "text": ""}'
    jobs.write_bytes(f"{inside}\n{OK}\r\n\n{bad}\n".encode())
    done = cli("validate", str(jobs))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [f'{jobs}:4::$.text: "" is too short (minimum 1 character)']
    assert "3 payloads in 1 file: 1 invalid, 0 warnings" in done.stderr


HOSTILE = {
    "deep.jsonl": ("[" * 100_000 + "]" * 100_000).encode(),
    "digits.jsonl": ('{"model": "openai/tts-1", "text": "x", "speed": 1' + "0" * 5000 + "}").encode(),
    "surrogate.jsonl": b'{"model": "openai/tts-1", "text": "\\ud800", "\\udfff": 1}',
    "utf8.jsonl": b'{"model": "openai/tts-1", "text": "caf\xe9"}',
    "nan.jsonl": b'{"model": "openai/tts-1", "text": "x", "speed": NaN, "extra": [1, -Infinity]}',
    "dupes.jsonl": b'{"model": "openai/tts-1", "text": "x", "voice": "coral", "voice": "ash"}',
    "broken.jsonl": b'{"model": "openai/tts-1", "text": }',
}


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_every_hostile_input_gets_a_verdict_or_a_one_line_message(output: str, tmp_path: Path) -> None:
    for name, data in HOSTILE.items():
        (tmp_path / name).write_bytes(OK.encode() + b"\n" + data + b"\n")
    names = [str(tmp_path / name) for name in HOSTILE]
    done = cli("validate", "--format", output, *names, env={"PYTHONIOENCODING": "ascii"})
    assert "Traceback" not in done.stderr and done.returncode == 1, done.stderr
    assert "14 payloads in 7 files" in done.stderr
    text = done.stdout
    if output == "json":
        report = json.loads(text)
        problems = {(item["file"], item["line"]): item["problems"] for item in report["payloads"]}
        assert len(problems) == 7 and report["valid"] is False  # the payloads with problems; the clean ones counted
        assert report["counts"] == {"payloads": 14, "invalid": 5, "warnings": 3}
        text = json.dumps(report, ensure_ascii=False)
    assert "nested too deeply to check" in text
    assert "not UTF-8: byte 0xe9" in text and "NaN is not valid JSON" in text and "-Infinity is not valid JSON" in text
    assert "duplicate key" in text and "an integer of about 5001 digits is greater than the maximum of 4" in text
    if output == "text":
        lines = text.splitlines()
        assert f"{tmp_path / 'nan.jsonl'}:2::$.speed: NaN is not valid JSON (JSON has no NaN or Infinity)" in lines
        assert (
            f"{tmp_path / 'nan.jsonl'}:2::$.extra[1]: -Infinity is not valid JSON (JSON has no NaN or Infinity)"
            in lines
        )
        assert f'{tmp_path / "dupes.jsonl"}:2::$.voice: warning: duplicate key "voice": the last value wins' in lines
        assert any(
            line.startswith(f"{tmp_path / 'deep.jsonl'}:2: nested too deeply to check (column ") for line in lines
        )
        assert any(
            line.startswith(f"{tmp_path / 'broken.jsonl'}:2: invalid JSON: Expecting value (column 35)")
            for line in lines
        )
        assert f"{tmp_path / 'utf8.jsonl'}:2: not UTF-8: byte 0xe9 (column 39)" in lines
        assert "\\udfff" in text  # the lone surrogate escaped for an ASCII console, not a crash


def test_nan_is_an_error_in_python_as_in_the_cli() -> None:
    payload = json.loads('{"model": "openai/tts-1", "text": "x", "speed": NaN}')
    assert not tts_sdk.is_valid(payload) and [p.path for p in tts_sdk.validate(payload)] == ["$.speed"]


def test_github_annotations_have_line_and_column_a_summary_and_the_step_summary(tmp_path: Path) -> None:
    payload = tmp_path / "eleven.json"
    payload.write_text(
        '{\n  "model": "elevenlabs/eleven_turbo_v2_5",\n  "text": "x",\n  "speed": 1,\n'
        '  "voice_settings": {"stability": 0.5, "speed": 5}\n}\n'
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "model": "openai/tts-1",\n  "text": \n}')
    summary = tmp_path / "summary.md"
    done = cli("validate", "--format", "github", str(payload), str(broken), env={"GITHUB_STEP_SUMMARY": str(summary)})
    lines = done.stdout.splitlines()
    nested = "title=tts-sdk validate $.voice_settings.speed::5 is greater than the maximum of 1.2"
    assert f"::error file={payload},line=5,col=40,{nested}" in lines
    assert any(
        line.startswith(f"::warning file={payload},line=4,col=3,title=tts-sdk validate $.speed::") for line in lines
    )
    assert any(line.startswith(f"::error file={broken},line=4,col=1,") for line in lines)
    assert lines[-1] == "::notice title=tts-sdk validate::2 payloads in 2 files: 2 invalid, 1 warning"
    report = summary.read_text()
    assert "## tts-sdk validate" in report and f"`{payload}:5:40`" in report and "**2 payloads in 2 files" in report


def test_an_unknown_model_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(OK)
    done = cli("validate", "--model", "nope/x", str(tmp_path / "a.json"))
    assert done.returncode == 2 and done.stdout == "" and "--model 'nope/x'" in done.stderr


def test_memory_stays_flat_whatever_the_file_size(tmp_path: Path) -> None:
    """200,000 lines, every other one invalid, in every format: the peak RSS of the command stays small."""
    jobs = tmp_path / "jobs.jsonl"
    bad = '{"model": "openai/tts-1", "text": "Hello", "speed": 9, "extra": 1}'
    with jobs.open("w") as handle:
        for _ in range(100_000):
            handle.write(OK + "\n" + bad + "\n")
    # A fresh parent whose only child is the command: its RUSAGE_CHILDREN peak is the command's own.
    measure = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.stderr.strip())\n"
    )
    for output in ("text", "json", "github"):
        command = [sys.executable, "-m", "tts_sdk", "validate", "--format", output, str(jobs)]
        done = subprocess.run([sys.executable, "-c", measure, *command], capture_output=True, text=True, check=False)
        status, peak_kib, summary = done.stdout.split(" ", 2)
        assert status == "1" and "200000 payloads in 1 file: 100000 invalid, 100000 warnings" in summary, done
        assert int(peak_kib) < 64 * 1024, (output, peak_kib)


def test_schema_prints_a_models_schema_and_writes_every_model(tmp_path: Path) -> None:
    done = cli("schema", "minimax/speech-2.8-hd")
    schema = json.loads(done.stdout)
    assert done.returncode == 0 and schema["$schema"].startswith("http://json-schema.org/draft-04")
    assert jsonschema.Draft4Validator(schema).is_valid({"model": "minimax/speech-2.8-hd", "text": "Hi"})
    assert cli("schema", "nope/x").returncode == 2
    written = cli("schema", "--all", str(tmp_path / "schemas"))
    assert written.returncode == 0
    files = sorted(path.relative_to(tmp_path / "schemas") for path in (tmp_path / "schemas").rglob("*.schema.json"))
    # one file per model id, and one per spec that takes any model id (named after the spec)
    model_free = [spec.name for spec in specs() if not spec.models]
    assert Path("openai/tts-1.schema.json") in files
    assert all(Path(f"{name}.schema.json") in files for name in model_free)
    assert len(files) == len(tts_sdk.available_models()) + len(model_free)
    one = json.loads((tmp_path / "schemas" / "inworld" / "tts-1-max.schema.json").read_text())
    assert not jsonschema.Draft4Validator(one).is_valid({"model": "inworld/tts-1-max", "text": "Hi", "format": "ogg"})


def test_the_readme_pre_commit_snippet_keeps_the_json_filter() -> None:
    readme = (REPO / "README.md").read_text()
    files = re.search(r"id: tts-sdk-validate\n\s+files: (\S+)", readme)
    assert files is not None
    pattern = re.compile(files.group(1))
    assert pattern.search("payloads/a.json") and pattern.search("payloads/jobs.jsonl")
    assert not pattern.search("payloads/README.md") and not pattern.search("src/a.json")


def test_python_numbers_and_keys_as_jsonschema_treats_them() -> None:
    schema = json.loads((REPO / "generated/tts_sdk_generated/aiml_openai_tts_1/request.schema.json").read_text())
    reference = jsonschema.Draft4Validator(schema)
    base: dict[Any, Any] = {"model": "openai/tts-1", "text": "Hi"}
    cases: list[dict[Any, Any]] = [
        {**base, "speed": Decimal("1.5")},
        {**base, "speed": Decimal("9")},
        {**base, "speed": np.float64(2.0)},
        {**base, "speed": np.int64(9)},
        {**base, 1: "a non-string key"},
        {**base, "speed": 10**29},
    ]
    for payload in cases:
        verdict = tts_sdk.is_valid(payload)
        assert verdict is reference.is_valid(payload), payload
        assert verdict is not any(p.severity == "error" for p in tts_sdk.validate(payload)), payload
    multiple = compile_schema({"multipleOf": 0.1})
    for value in (10**29, 0.3, 3, 2.5e300):
        assert multiple.is_valid(value, False) is jsonschema.Draft4Validator({"multipleOf": 0.1}).is_valid(value)
    assert multiple.is_valid(10**400, False) in (True, False)  # jsonschema raises OverflowError here


@pytest.mark.parametrize("output", ["text", "json", "github"])
def test_a_large_file_checked_in_parallel_reports_what_one_process_does(output: str, tmp_path: Path) -> None:
    """Over 8 MiB, chunks go to one process per core: the report holds the same lines, numbered, in order."""
    jobs = tmp_path / "jobs.jsonl"
    bad = '{"model": "openai/tts-1", "text": "x", "speed": 9}'
    with jobs.open("w") as handle:
        for number in range(1, 150_001):
            handle.write((bad if number % 997 == 0 else OK.replace("Hello", f"Hello {number:07d}" + " x" * 20)) + "\n")
    assert jobs.stat().st_size > 8 * 1024 * 1024
    done = cli("validate", "--format", output, str(jobs))
    expected = [number for number in range(1, 150_001) if number % 997 == 0]
    assert done.returncode == 1 and f"150000 payloads in 1 file: {len(expected)} invalid, 0 warnings" in done.stderr
    if output == "json":
        numbers = [item["line"] for item in json.loads(done.stdout)["payloads"]]
    else:
        numbers = [int(match) for match in re.findall(r"jobs\.jsonl(?::|,line=)(\d+)", done.stdout)]
    assert numbers == expected
