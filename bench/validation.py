"""Payload validation: tts_sdk vs jsonschema, jsonschema-rs, fastjsonschema, openapi-core, check-jsonschema.

In one run, side by side: yes/no and all-errors throughput in process, through the public calls users make
(``tts_sdk.is_valid(payload, model=...)``, goal: at least jsonschema-rs) and the compiled schema beneath
them; the CLI on 1,000 small files (and
check-jsonschema on them); the CLI on a 1,000,000-line JSON Lines file in every output format, with its
peak RSS, against a jsonschema-rs loop and a streaming jsonschema loop over the same file; `--format github`
against text on a payload with 50,000 unknown keys; the cold import. Run: make bench.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
import jsonschema_rs
import tts_sdk
from _common import REPO, machine, median_seconds, table
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest
from tts_sdk._validation._compiler import compile_schema

from generator import Project
from generator._sources import fixed_document
from tests._payloads import payloads

SCHEMA = json.loads((REPO / "generated/tts_sdk_generated/aiml_openai_tts_1/request.schema.json").read_text())
PAYLOADS = payloads(SCHEMA, 4000, seed=8)


def throughput(check: Callable[[Any], object]) -> float:
    def run() -> None:
        for payload in PAYLOADS:
            check(payload)

    return len(PAYLOADS) / median_seconds(run)


def main() -> None:
    print(f"machine: {machine()}")
    ours = compile_schema(SCHEMA)
    reference = jsonschema.Draft4Validator(SCHEMA)
    fast = fastjsonschema.compile(SCHEMA, use_default=False)

    def fast_verdict(payload: Any) -> bool:
        try:
            fast(payload)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    entry = next(spec for spec in Project(REPO).load_specs() if spec.name == "openai-tts-1")
    openapi = OpenAPI.from_dict(fixed_document(Project(REPO), entry)[1])
    bodies = {id(payload): json.dumps(payload).encode() for payload in PAYLOADS}

    def openapi_core_verdict(payload: Any) -> bool:
        request = MockRequest("https://api.aimlapi.com", "post", "/v1/tts", data=bodies[id(payload)],
                              content_type="application/json")  # fmt: skip
        return next(iter(openapi.iter_request_errors(request)), None) is None

    rust = jsonschema_rs.Draft4Validator(SCHEMA)

    def is_valid_for_model(payload: Any) -> bool:
        return tts_sdk.is_valid(payload, model="openai/tts-1")

    def validate_for_model(payload: Any) -> object:
        return tts_sdk.validate(payload, model="openai/tts-1")

    valid = sum(1 for payload in PAYLOADS if reference.is_valid(payload))
    rows = [
        ('tts_sdk.is_valid(p, model="openai/tts-1") (yes/no)', throughput(is_valid_for_model)),
        ("tts_sdk.is_valid(p) (yes/no, model read from p)", throughput(tts_sdk.is_valid)),
        ('tts_sdk.validate(p, model="openai/tts-1") (all problems)', throughput(validate_for_model)),
        ("compiled schema is_valid (yes/no)", throughput(ours.is_valid)),
        ("compiled schema problems (all)", throughput(ours.problems)),
        ("jsonschema-rs is_valid", throughput(rust.is_valid)),
        ("jsonschema-rs iter_errors (all)", throughput(lambda p: list(rust.iter_errors(p)))),
        ("jsonschema Draft4Validator.is_valid", throughput(reference.is_valid)),
        ("jsonschema Draft4Validator.iter_errors (all)", throughput(lambda p: list(reference.iter_errors(p)))),
        ("fastjsonschema (first error only)", throughput(fast_verdict)),
        ("openapi-core iter_request_errors (first error)", throughput(openapi_core_verdict)),
    ]
    base = dict(rows)["jsonschema Draft4Validator.is_valid"]
    rates = dict(rows)
    rust_rates = {"is_valid": rates["jsonschema-rs is_valid"], "all": rates["jsonschema-rs iter_errors (all)"]}
    table(
        f"Validation on the openai/tts-1 schema ({len(PAYLOADS)} seeded payloads, {valid} valid; median of 7)",
        ["validator", "payloads/s", "x jsonschema is_valid", "x jsonschema-rs (same question)"],
        [
            (name, f"{rate:,.0f}", f"{rate / base:.1f}x",
             f"{rate / rust_rates['is_valid' if 'is_valid' in name or 'yes/no' in name else 'all']:.2f}x")
            for name, rate in rows
        ],
    )  # fmt: skip

    with tempfile.TemporaryDirectory() as scratch:
        names = []
        for index in range(1000):
            path = Path(scratch) / f"p{index}.json"
            path.write_text(json.dumps({"model": "openai/tts-1", "text": f"payload {index}", "voice": "coral"}))
            names.append(str(path))
        command = [sys.executable, "-m", "tts_sdk", "validate", *names]
        cli = median_seconds(lambda: subprocess.run(command, check=True, capture_output=True), repeats=5)
        schema_file = Path(scratch) / "schema.json"
        schema_file.write_text(json.dumps(SCHEMA))
        peer = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_file), *names]
        check_jsonschema = median_seconds(lambda: subprocess.run(peer, check=True, capture_output=True), repeats=3)
    code = "import time; t = time.perf_counter(); import tts_sdk; print(time.perf_counter() - t)"
    imports = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
               for _ in range(15)]  # fmt: skip
    table(
        "Command line and import (fresh processes)",
        ["measure", "median"],
        [("tts-sdk validate, 1,000 small files", f"{cli:.3f} s"),
         ("check-jsonschema, the same 1,000 files", f"{check_jsonschema:.3f} s"),
         ("import tts_sdk (validation included)", f"{statistics.median(imports) * 1000:.1f} ms")],
    )  # fmt: skip
    big_files()


LOOP = """
import json, sys
schema = json.load(open(sys.argv[2]))
if sys.argv[1] == "rs":
    import jsonschema_rs
    check = jsonschema_rs.Draft4Validator(schema).is_valid
else:
    import jsonschema
    check = jsonschema.Draft4Validator(schema).is_valid
bad = 0
with open(sys.argv[3], "rb") as lines:
    for line in lines:
        bad += not check(json.loads(line))
print(bad)
"""
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def timed(command: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of a command, measured by a fresh parent whose only child it is."""
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True)
    seconds, kib = done.stdout.split()
    return float(seconds), int(kib) / 1024


def big_files() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        lines = Path(scratch) / "jobs.jsonl"
        voices = ["alloy", "coral", "ash", "nova"]
        with lines.open("w") as handle:
            for index in range(1_000_000):
                payload: dict[str, Any] = {"model": "openai/tts-1", "text": f"Chapter {index}: the fox jumps.",
                                           "voice": voices[index % 4], "response_format": "mp3"}  # fmt: skip
                if index % 20 == 0:
                    payload["speed"] = 9  # 5% invalid
                handle.write(json.dumps(payload) + "\n")
        schema_file = Path(scratch) / "schema.json"
        schema_file.write_text(json.dumps(SCHEMA))
        rows = []
        for output in ("text", "json", "github"):
            seconds, peak = timed([sys.executable, "-m", "tts_sdk", "validate", "--format", output, str(lines)])
            rows.append((f"tts-sdk validate --format {output}", f"{seconds:.2f}", f"{peak:.0f}"))
        for name in ("rs", "jsonschema"):
            seconds, peak = timed([sys.executable, "-c", LOOP, name, str(schema_file), str(lines)])
            label = "jsonschema-rs loop (json.loads + is_valid)" if name == "rs" else "jsonschema loop (streaming)"
            rows.append((label, f"{seconds:.2f}", f"{peak:.0f}"))
        table("1,000,000-line JSON Lines file (5% invalid), one run each", ["command", "seconds", "peak RSS MB"], rows)
        wide = Path(scratch) / "wide.json"
        wide.write_text(json.dumps({"model": "openai/tts-1", "text": "x", **{f"key{i}": i for i in range(50_000)}}))
        github = timed([sys.executable, "-m", "tts_sdk", "validate", "--format", "github", str(wide)])[0]
        text = timed([sys.executable, "-m", "tts_sdk", "validate", str(wide)])[0]
        table("One payload with 50,000 unknown keys", ["format", "seconds"],
              [("github (line and column of each)", f"{github:.2f}"), ("text", f"{text:.2f}")])  # fmt: skip


if __name__ == "__main__":
    main()
