"""Every past version of the two specs in ../shared/spec-history generates, and each upstream step is caught.

Each consecutive pair is a real upstream change: ``make specs`` refuses the new bytes, ``make update-specs``
accepts them (all or nothing), the changelog names what the folder's README says changed, and the generated
package imports and its schema validates a payload.
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

from tests._loopback import LoopbackServer
from tests._payloads import valid_value
from tests.conftest import REPO, TempProject

HISTORY = Path(os.environ.get("SPEC_HISTORY", REPO.parent / "shared" / "spec-history"))
pytestmark = pytest.mark.skipif(not HISTORY.is_dir(), reason=f"no spec history at {HISTORY} (set SPEC_HISTORY)")

#: What each step changed, as the history's README describes it: the changelog must say at least this.
EXPECTED = {
    "53da7ff4": ["whole-API document"],
    "db5a2538": [
        "success status ['201'] became ['200']",
        "response may now be audio/wav",
        "request property 'stream' added",
        "ABSORBED",
        "operationId 'VoiceModelsController_textToSpeech_v1' became '_v1_tts'",
        "security requirement 'access-token' was removed",
    ],
    "cfaaf554": ["POST /tts was removed (the SDK does not use it)"],
    "4f00e6f6": ["response required property 'usd_spent' added", "(+usd_spent (required))"],
}
PER_FOLDER = {
    ("OpenAI/tts-1", "53da7ff4"): ["value 'inworld/tts-1' added"],
    ("Inworld/tts-1-max", "db5a2538"): ["default 'mp3' became 'wav'"],
}


def versions(folder: Path) -> list[Path]:
    """The versions oldest first: by commit date, then in the order the README names same-day commits."""
    mentioned = re.findall(r"\b([0-9a-f]{8})\b", (HISTORY / "README.md").read_text())

    def key(path: Path) -> tuple[str, int]:
        date, commit = path.stem.rsplit("-", 1)
        return date, mentioned.index(commit) if commit in mentioned else -1

    return sorted(folder.glob("*.json"), key=key)


FOLDERS = sorted({str(path.parent.relative_to(HISTORY)) for path in HISTORY.glob("*/*/*.json")})


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_version_generates_and_every_step_is_in_the_changelog(
    folder: str, project: TempProject, server: LoopbackServer
) -> None:
    steps = versions(HISTORY / folder)
    assert len(steps) >= 4, steps
    server.serve("/spec.json", steps[0].read_bytes())
    project.write_specs([{"name": "history", "api": "aiml", "url": server.url("/spec.json"), "prefix": "History"}])
    first = project.run("update-specs", "--no-typecheck")
    assert first.returncode == 0, first.stderr
    assert "history: added" in first.stdout
    check_package(project)
    for index, version in enumerate(steps[1:], start=1):
        commit = version.stem.rsplit("-", 1)[1]
        server.serve("/spec.json", version.read_bytes())
        refused = project.run("specs")
        assert refused.returncode == 1 and "the published spec changed" in refused.stderr, version.name
        # The last step also type-checks the generated code, as `make update-specs` does by default.
        options = () if index == len(steps) - 1 else ("--no-typecheck",)
        accepted = project.run("update-specs", *options)
        assert accepted.returncode == 0, (version.name, accepted.stderr)
        report = accepted.stdout
        for expected in EXPECTED.get(commit, []) + PER_FOLDER.get((folder, commit), []):
            if expected == "whole-API document":
                assert "history: changed" in report, report
            else:
                assert expected in report, (version.name, expected, report)
        assert project.run("specs").returncode == 0
        assert project.run("check").returncode == 0
        check_package(project)


def check_package(project: TempProject) -> None:
    """The generated package imports, and its request schema accepts a minimal payload."""
    generated = project.root / "generated"
    catalog = json.loads((generated / "tts_sdk_generated" / "catalog.json").read_text())
    spec = catalog["specs"][0]
    package = generated / "tts_sdk_generated" / spec["package"]
    # Names stay stable across upstream renames (operationId, tags, status 201 or 200).
    assert (package / "api" / "default" / "create_speech.py").is_file()
    assert (package / "models" / "history_request.py").is_file() and (
        package / "models" / "history_response.py"
    ).is_file()
    code = (
        f"from tts_sdk_generated.{spec['package']}.models import {spec['request_class']}\n"
        f"from tts_sdk_generated.{spec['package']}.api.default import create_speech\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(generated)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    schema = json.loads((generated / "tts_sdk_generated" / spec["package"] / "request.schema.json").read_text())
    payload = {"model": spec["models"][0], spec["vocabulary"]["fields"]["text"]: "Hello"}
    for name in schema.get("required", []):
        payload.setdefault(name, valid_value(schema["properties"][name], random.Random(0)))
    assert list(jsonschema.Draft4Validator(schema).iter_errors(payload)) == []
    assert not jsonschema.Draft4Validator(schema).is_valid({**payload, "model": "nobody/nothing"})
