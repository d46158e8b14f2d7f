"""Every past version of the providers' own documents in ../shared/provider-history generates, and each upstream
step shows in the changelog of ``make update-specs``.

The folder of each provider is matched to its ``[[spec]]`` entry by the published URL its README names, so the
entry's API table, overlays and vocabulary are the real ones: a provider added to specs/specs.toml and to the
history is covered unchanged. Each consecutive pair differs in the TTS operation (parameters added, enums grown,
schemas renamed), so each step's changelog must list at least one change.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._vocabulary import build_request

from tests._loopback import LoopbackServer
from tests._payloads import valid_value
from tests.conftest import REPO, TempProject

HISTORY = Path(os.environ.get("PROVIDER_HISTORY", REPO.parent / "shared" / "provider-history"))
pytestmark = pytest.mark.skipif(not HISTORY.is_dir(), reason=f"no provider history at {HISTORY} (set PROVIDER_HISTORY)")
_ROW = re.compile(r"^\| `([^`]+)/` .*\| `(https://[^`]+)` \|$", re.MULTILINE)


def folders() -> list[tuple[str, str]]:
    """(folder, published URL) of every provider the history's README lists."""
    if not HISTORY.is_dir():
        return []
    return _ROW.findall((HISTORY / "README.md").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("folder", "url"), folders(), ids=[folder for folder, _ in folders()])
def test_every_version_generates_and_every_step_is_in_the_changelog(
    folder: str, url: str, project: TempProject, server: LoopbackServer
) -> None:
    entry = next(spec for spec in specs() if spec.operations and _source_of(spec.name) == url)
    steps = sorted(path for path in (HISTORY / folder).iterdir() if path.suffix in (".json", ".yml", ".yaml"))
    assert len(steps) >= 4, steps
    name = f"/spec{steps[0].suffix}"
    server.serve(name, steps[0].read_bytes())
    fields = {"name": "history", "api": entry.api, "url": server.url(name), "prefix": "History"}
    vocabulary = _vocabulary_of(entry.name)
    project.write_specs([fields | ({"vocabulary": vocabulary} if vocabulary else {})])
    first = project.run("update-specs", "--no-typecheck")
    assert first.returncode == 0, first.stderr
    check_package(project)
    for index, version in enumerate(steps[1:], start=1):
        server.serve(name, version.read_bytes())
        options = () if index == len(steps) - 1 else ("--no-typecheck",)  # the last step type-checks, as by default
        accepted = project.run("update-specs", *options)
        assert accepted.returncode == 0, (version.name, accepted.stderr)
        counts = re.search(r"history: changed \((\d+) breaking, (\d+) notice, (\d+) compatible", accepted.stdout)
        assert counts is not None and sum(map(int, counts.groups())) > 0, (version.name, accepted.stdout)
        assert project.run("check").returncode == 0
        check_package(project)


def _source_of(name: str) -> str:
    catalog = json.loads((REPO / "generated" / "tts_sdk_generated" / "catalog.json").read_text(encoding="utf-8"))
    return str(next(spec["source"] for spec in catalog["specs"] if spec["name"] == name))


def _vocabulary_of(name: str) -> str | None:
    """The ``vocabulary`` key of the real entry (the history's documents use the same words)."""
    text = (REPO / "specs" / "specs.toml").read_text(encoding="utf-8")
    block = text.split(f'\nname = "{name}"\n', 1)[1].split("\n[[spec]]", 1)[0]
    found = re.search(r'^vocabulary = "([^"]+)"$', block, re.MULTILINE)
    return found.group(1) if found else None


def check_package(project: TempProject) -> None:
    """The generated package imports with every operation of its API, and its request schema accepts the minimal
    payload the facade would send (read through the history's own catalog)."""
    generated = project.root / "generated"
    catalog = json.loads((generated / "tts_sdk_generated" / "catalog.json").read_text())
    (spec,) = catalog["specs"]
    modules = {"create": "create_speech", "stream": "stream_speech", "events": "speech_events"}
    imports = "".join(
        f"from tts_sdk_generated.{spec['package']}.api.default import {modules[role]}\n" for role in spec["operations"]
        if role == "create" or spec["operations"][role].get("schema")
    )  # fmt: skip
    model = f"from tts_sdk_generated.{spec['package']}.models import {spec['request_class']}\n"
    code = (model if spec["request_class"] else "") + imports
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(generated)},
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    info = SpecInfo(spec)
    schema = json.loads((generated / "tts_sdk_generated" / spec["package"] / "request.schema.json").read_text())
    model = info.models[0] if info.models else str(info.defaults.get(info.fields.get("model") or "model", "model"))
    words = {"text": "Hello there.", "voice": "tts-sdk-voice" if "voice" in info.required else None}
    payload = build_request(info, model, {word: value for word, value in words.items() if info.fields.get(word)},
                            None).body  # fmt: skip
    for required in schema.get("required", []):
        payload.setdefault(required, valid_value(schema["properties"][required], random.Random(0)))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert list(validator.iter_errors(payload)) == [], payload
