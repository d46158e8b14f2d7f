"""Payload validation throughput: tts_sdk vs jsonschema (prebuilt Draft4Validator), fastjsonschema, openapi-core.

Also the CLI on 1,000 small files and the cold import of the validation module, each in fresh processes.
Run: make bench (or .venv/bin/python bench/validation.py).
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
from _common import REPO, machine, median_seconds, table
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest
from tts_sdk._validation._compiler import compile_schema

from generator import Project
from generator._sources import patched_document
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
    openapi = OpenAPI.from_dict(patched_document(Project(REPO), entry))
    bodies = {id(payload): json.dumps(payload).encode() for payload in PAYLOADS}

    def openapi_core_verdict(payload: Any) -> bool:
        request = MockRequest("https://api.aimlapi.com", "post", "/v1/tts", data=bodies[id(payload)],
                              content_type="application/json")  # fmt: skip
        return next(iter(openapi.iter_request_errors(request)), None) is None

    valid = sum(1 for payload in PAYLOADS if reference.is_valid(payload))
    rows = [
        ("tts_sdk is_valid (yes/no)", throughput(ours.is_valid)),
        ("tts_sdk validate (all problems)", throughput(ours.problems)),
        ("jsonschema Draft4Validator.is_valid", throughput(reference.is_valid)),
        ("jsonschema Draft4Validator.iter_errors (all)", throughput(lambda p: list(reference.iter_errors(p)))),
        ("fastjsonschema (first error only)", throughput(fast_verdict)),
        ("openapi-core iter_request_errors (first error)", throughput(openapi_core_verdict)),
    ]
    base = rows[2][1]
    table(
        f"Validation on the openai/tts-1 schema ({len(PAYLOADS)} seeded payloads, {valid} valid; median of 7)",
        ["validator", "payloads/s", "x jsonschema is_valid"],
        [(name, f"{rate:,.0f}", f"{rate / base:.1f}x") for name, rate in rows],
    )

    with tempfile.TemporaryDirectory() as scratch:
        names = []
        for index in range(1000):
            path = Path(scratch) / f"p{index}.json"
            path.write_text(json.dumps({"model": "openai/tts-1", "text": f"payload {index}", "voice": "coral"}))
            names.append(str(path))
        command = [sys.executable, "-m", "tts_sdk", "validate", *names]
        cli = median_seconds(lambda: subprocess.run(command, check=True, capture_output=True), repeats=5)
    code = "import time; t = time.perf_counter(); import tts_sdk; print(time.perf_counter() - t)"
    imports = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
               for _ in range(15)]  # fmt: skip
    table(
        "Command line and import (fresh processes)",
        ["measure", "median"],
        [("tts-sdk validate, 1,000 small files", f"{cli:.3f} s"),
         ("import tts_sdk (validation included)", f"{statistics.median(imports) * 1000:.1f} ms")],
    )  # fmt: skip


if __name__ == "__main__":
    main()
