"""``GET /openapi.json``: the document the server implements, checked against the catalog, and a bounded
schemathesis run (every check) against a real ``tts-sdk serve`` in a child process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_spec_validator import validate
from tts_sdk._core._catalog import specs
from tts_sdk.server import running

from tests._catalog import route_of

KEY = "sk-local-openapi"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, dict[str, Any]]]:
    with running(require_key=KEY) as base:
        yield base, httpx.get(f"{base}/openapi.json").json()


def test_the_document_is_valid_openapi(served: tuple[str, dict[str, Any]]) -> None:
    validate(served[1])


def test_every_operation_and_model_of_the_catalog_is_in_the_document(served: tuple[str, dict[str, Any]]) -> None:
    document = served[1]
    for spec in specs():
        for role, operation in spec.operations.items():
            if role == "events" and not operation.schema:
                continue  # the create operation with other body fields (OpenAI's stream_format)
            declared = document["paths"][route_of(spec, role)][operation.method.lower()]
            schema = declared["requestBody"]["content"]["application/json"]["schema"]
            branches = schema.get("oneOf", [schema])
            model = spec.fields.get("model") or "model"
            location, _, name = model.rpartition(":")
            if location:
                found = next(p["schema"] for p in declared["parameters"] if (p["name"], p["in"]) == (name, location))
                names = {str(value) for value in _values(found)}
            else:
                names = {str(value) for branch in branches for value in _values(branch["properties"][model])}
            assert set(spec.models) <= names, (spec.name, role, spec.models)
            listed = {(p["name"], p["in"]) for p in declared.get("parameters", [])}
            assert {
                (n, loc) for loc, names_ in operation.parameters.items() if loc != "header" for n in names_
            } <= listed


def _values(schema: dict[str, Any]) -> list[Any]:
    return [value for branch in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]
            for value in branch.get("enum", [])]  # fmt: skip


def test_deviations_are_stated_and_refused_values_left_out(served: tuple[str, dict[str, Any]]) -> None:
    base, document = served
    assert any("'aac' refused" in line for line in document["info"]["x-tts-sdk-deviations"])
    speech = document["paths"]["/v1/audio/speech"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    formats = speech["properties"]["response_format"]
    assert "aac" not in formats.get("enum", []) and "mp3" in formats["enum"]
    body = {"model": "tts-1", "input": "Hi", "voice": "alloy", "response_format": "aac"}
    refused = httpx.post(f"{base}/v1/audio/speech", json=body, headers={"authorization": f"Bearer {KEY}"})
    assert refused.status_code == 400  # what the document says it does


def test_every_error_status_the_server_sends_is_declared(served: tuple[str, dict[str, Any]]) -> None:
    responses = served[1]["paths"]["/v1/tts"]["post"]["responses"]
    assert {"200", "400", "401", "408", "413", "415", "422", "503"} <= set(responses)
    assert "Retry-After" in responses["503"]["headers"]


def test_schemathesis_finds_nothing(tmp_path: Path) -> None:
    """A bounded run (a few hundred cases per operation, every check, a fixed seed) against a keyed server."""
    command = [sys.executable, "-m", "tts_sdk", "serve", "--port", "0", "--workers", "0", "--require-key", KEY]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline() if server.stdout else ""
        base = line.rsplit(" ", 1)[-1].strip()
        run = subprocess.run(
            [
                str(Path(sys.executable).with_name("schemathesis")),
                "run",
                f"{base}/openapi.json",
                "--checks",
                "all",
                "--max-examples",
                "40",
                "--seed",
                "1",
                "--header",
                f"Authorization: Bearer {KEY}",
                "--header",
                f"xi-api-key: {KEY}",
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert run.returncode == 0, run.stdout[-6000:]
    assert "No issues found" in run.stdout
