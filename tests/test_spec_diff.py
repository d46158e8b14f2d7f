"""python -m generator spec-diff and the update-specs changelog: synthetic edits of the real specs, one test each."""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator._specdiff import diff, fails, load, render
from tests._loopback import LoopbackServer
from tests.conftest import OPENAI_SPEC_URL, REPO, TTS1_URL, TempProject, published, sha256
from tests.test_spec_entries import state

TTS1 = json.loads(published(TTS1_URL))
OP = "$.paths['/v1/tts'].post"
BODY = f"{OP}.requestBody.content['application/json'].schema"
OK = f"{OP}.responses['200'].content"
Doc = dict[str, Any]


def request(doc: Doc) -> Doc:
    return doc["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def response(doc: Doc) -> Doc:
    return doc["paths"]["/v1/tts"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def responses(doc: Doc) -> Doc:
    return doc["paths"]["/v1/tts"]["post"]["responses"]  # type: ignore[no-any-return]


def with_security(doc: Doc) -> Doc:
    return {**doc, "security": [{"access-token": []}]}


# name: (edit of a copy of the real spec, expected [(kind, class, path)], whether the old side has security)
EDITS: dict[str, tuple[Callable[[Doc], object], list[tuple[str, str, str]]]] = {
    "voice removed": (lambda d: request(d)["properties"]["voice"]["enum"].remove("verse"),
                      [("enum-value-removed", "breaking", f"{BODY}.properties.voice.enum")]),
    "voice added": (lambda d: request(d)["properties"]["voice"]["enum"].append("marin"),
                    [("enum-value-added", "compatible", f"{BODY}.properties.voice.enum")]),
    "maxLength lowered": (lambda d: request(d)["properties"]["text"].update(maxLength=2000),
                          [("limit-narrowed", "breaking", f"{BODY}.properties.text.maxLength")]),
    "maximum raised": (lambda d: request(d)["properties"]["speed"].update(maximum=5),
                       [("limit-widened", "compatible", f"{BODY}.properties.speed.maximum")]),
    "optional field made required": (lambda d: request(d)["required"].append("voice"),
                                     [("made-required", "breaking", f"{BODY}.required")]),
    "request field removed": (lambda d: request(d)["properties"].pop("style"),
                              [("property-removed", "breaking", f"{BODY}.properties.style")]),
    "request field added": (lambda d: request(d)["properties"].update(language={"type": "string"}),
                            [("property-added", "compatible", f"{BODY}.properties.language")]),
    "default changed": (lambda d: request(d)["properties"]["response_format"].update(default="wav"),
                        [("default-changed", "breaking", f"{BODY}.properties.response_format.default")]),
    "operationId renamed": (lambda d: d["paths"]["/v1/tts"]["post"].update(operationId="tts_v1"),
                            [("operation-renamed", "breaking", f"{OP}.operationId")]),
    "response media type removed": (lambda d: responses(d)["200"]["content"].pop("audio/wav"),
                                    [("media-type-removed", "breaking", f"{OK}['audio/wav']")]),
    "success status 200 to 201": (
        lambda d: responses(d).update({"201": responses(d).pop("200")}),
        [("success-status-changed", "breaking", f"{OP}.responses")]),
    "response field removed": (lambda d: response(d)["properties"].pop("meta"),
                               [("property-removed", "breaking", f"{OK}['application/json'].schema.properties.meta")]),
    "security requirement removed": (lambda d: d.pop("security"),
                                     [("security-removed", "breaking", f"{OP}.security")]),
    "server URL changed": (lambda d: d.update(servers=[{"url": "https://api.aimlapi.ai"}]),
                           [("server-changed", "notice", "$.servers")]),
    "path removed": (lambda d: d["paths"].pop("/v1/tts"), [("path-removed", "breaking", OP)]),
}  # fmt: skip


@pytest.mark.parametrize("name", list(EDITS))
def test_synthetic_edit_is_classified(name: str) -> None:
    edit, expected = EDITS[name]
    old = with_security(copy.deepcopy(TTS1))
    new = copy.deepcopy(old)
    edit(new)
    assert [(c.kind, c.severity, c.path) for c in diff(old, new)] == expected


def test_no_change_reports_nothing_and_reversed_edits_flip_classes() -> None:
    assert diff(TTS1, copy.deepcopy(TTS1)) == []
    narrowed = copy.deepcopy(TTS1)
    request(narrowed)["properties"]["text"]["maxLength"] = 100
    assert [c.severity for c in diff(narrowed, TTS1)] == ["compatible"]  # widening back is harmless
    response_enum = copy.deepcopy(TTS1)
    response(response_enum)["properties"]["status"] = {"type": "string", "enum": ["done"]}
    grown = copy.deepcopy(response_enum)
    response(grown)["properties"]["status"]["enum"].append("queued")
    assert [(c.kind, c.severity) for c in diff(response_enum, grown)] == [("enum-value-added", "notice")]


def test_openai_spec_edits_follow_refs() -> None:
    old = load((REPO / "overrides" / "openai-speech.yaml").read_bytes(), "openai-speech.yaml")
    new = copy.deepcopy(old)
    new["components"]["schemas"]["VoiceName"]["enum"].remove("cedar")
    new["components"]["schemas"]["Request"]["properties"]["speed"]["default"] = 1.5
    found = {(c.kind, c.severity, c.path) for c in diff(old, new)}
    body = "$.paths['/audio/speech'].post.requestBody.content['application/json'].schema"
    assert found == {("enum-value-removed", "breaking", f"{body}.properties.voice.anyOf[1].enum"),
                     ("default-changed", "breaking", f"{body}.properties.speed.default")}  # fmt: skip


def spec_diff(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "spec-diff", *arguments], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


def test_cli_formats_and_fail_on(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(TTS1))
    edited = copy.deepcopy(TTS1)
    request(edited)["properties"]["voice"]["enum"].remove("verse")
    edited["servers"] = [{"url": "https://elsewhere.example"}]
    new.write_text(json.dumps(edited))
    text = spec_diff(str(old), str(new))
    assert text.returncode == 0 and "1 breaking, 1 notice, 0 compatible" in text.stdout
    assert "BREAKING   $.paths['/v1/tts'].post" in text.stdout and "value 'verse' removed" in text.stdout
    report = json.loads(spec_diff("--format", "json", str(old), str(new)).stdout)
    assert [change["class"] for change in report["changes"]] == ["breaking", "notice"]
    assert "| breaking | value 'verse' removed |" in spec_diff("--format", "markdown", str(old), str(new)).stdout
    assert spec_diff("--fail-on", "breaking", str(old), str(new)).returncode == 1
    assert spec_diff("--fail-on", "breaking", str(old), str(old)).returncode == 0
    only_notice = copy.deepcopy(TTS1)
    only_notice["servers"] = [{"url": "https://elsewhere.example"}]
    new.write_text(json.dumps(only_notice))
    assert spec_diff("--fail-on", "breaking", str(old), str(new)).returncode == 0
    assert spec_diff("--fail-on", "notice", str(old), str(new)).returncode == 1
    assert fails([], "notice") is False and render([], "markdown").endswith(
        "No changes to the operations the SDK uses."
    )


def whole_api_document() -> Doc:
    """A 2-3 MB single-document API like some published versions: 250+ schemas, other products, broken parts."""
    official = yaml.load(published(OPENAI_SPEC_URL), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    schemas = {
        name: schema for name, schema in official["components"]["schemas"].items() if name not in ("Error", "AudioFile")
    }
    schemas |= {"BrokenType": {"type": "strin"}, "BrokenRef": {"$ref": "#/components/schemas/Missing"},
                "BrokenProperties": {"properties": 5}}  # fmt: skip
    document: Doc = copy.deepcopy(TTS1)
    document["paths"] = {**official["paths"], **document["paths"]}
    document["components"] = {"schemas": schemas, "securitySchemes": TTS1["components"]["securitySchemes"]}
    return document


def test_a_whole_api_document_is_diffed_through_its_reachable_part(tmp_path: Path) -> None:
    big = whole_api_document()
    assert len(big["components"]["schemas"]) > 250
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(big, separators=(",", ":"), default=str))
    request(big)["properties"]["voice"]["enum"].remove("verse")
    new.write_text(json.dumps(big, separators=(",", ":"), default=str))
    size = old.stat().st_size
    assert 2_000_000 < size < 4_000_000 and old.read_text().count("\n") == 0
    started = time.perf_counter()
    done = spec_diff("--fail-on", "breaking", str(old), str(new))
    print(f"spec-diff on two {size / 1e6:.1f} MB single-line documents: {time.perf_counter() - started:.2f} s")
    assert done.returncode == 1
    assert "1 breaking, 0 notice, 0 compatible" in done.stdout  # nothing outside the SDK's operation is compared


def test_the_generator_prunes_a_whole_api_document(project: TempProject, server: LoopbackServer) -> None:
    data = json.dumps(whole_api_document(), separators=(",", ":"), default=str).encode()
    server.serve("/tts-1.json", data)
    project.write_specs([{"name": "openai-tts-1", "api": "aiml", "url": server.url("/tts-1.json"),
                          "package": "aiml_openai_tts_1", "sha256": sha256(data)}])  # fmt: skip
    assert project.run("specs").returncode == 0
    run = project.run("generate")
    assert run.returncode == 0, run.stderr
    ours = project.root / "generated" / "tts_sdk_generated" / "aiml_openai_tts_1"
    committed = REPO / "generated" / "tts_sdk_generated" / "aiml_openai_tts_1"
    files = sorted(path.relative_to(ours) for path in ours.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(committed) for path in committed.rglob("*") if path.is_file())
    for name in files:  # the same package as from the small published spec, byte for byte
        if name.name != "snapshot.json":  # which records the upstream document, pruned: that differs
            assert (ours / name).read_bytes() == (committed / name).read_bytes(), name


def test_update_specs_prints_the_changelog_and_the_api_diff(project: TempProject, server: LoopbackServer) -> None:
    original = published(TTS1_URL)
    server.serve("/tts-1.json", original)
    project.write_specs([{"name": "openai-tts-1", "api": "aiml", "url": server.url("/tts-1.json"),
                          "package": "aiml_openai_tts_1", "prefix": "TTS1", "sha256": sha256(original)}])  # fmt: skip
    assert project.run("specs").returncode == 0 and project.run("generate").returncode == 0
    edited = copy.deepcopy(TTS1)
    request(edited)["properties"]["voice"]["enum"].remove("verse")
    request(edited)["properties"]["response_format"]["default"] = "wav"
    changed = json.dumps(edited).encode()
    server.serve("/tts-1.json", changed)
    run = project.run("update-specs", "--fail-on", "breaking")
    assert run.returncode == 1, run.stderr
    assert "openai-tts-1: changed (2 breaking, 0 notice, 0 compatible, 0 absorbed)" in run.stdout
    assert "default 'mp3' became 'wav': every client that omits the field gets the new behaviour" in run.stdout
    removed = "REMOVED literal value: tts_sdk_generated.aiml_openai_tts_1.models.tts1_voice.TTS1Voice['verse']"
    assert removed in run.stdout
    # what it means for facade callers: the call that now fails, the default that moves, the verdict that flips
    assert "openai/tts-1: voice='verse' no longer taken: such calls raise before sending" in run.stdout
    assert "openai/tts-1: the API's default response_format 'mp3' -> 'wav'" in run.stdout
    assert "openai/tts-1: validation: voice 'verse' was valid, is now refused" in run.stdout
    changelog = project.root / "specs" / "last-update.md"
    assert hashlib.sha256(changed).hexdigest() not in (project.root / "specs" / "specs.toml").read_text()
    before = state(project)
    dry = project.run("update-specs", "--dry-run", "--no-typecheck")  # the full report, nothing written
    assert (
        dry.returncode == 0
        and "voice='verse' no longer taken" in dry.stdout
        and "dry run: nothing written" in dry.stdout
    )
    assert state(project) == before and not changelog.exists()
    accepted = project.run("update-specs")  # without FAIL_ON: accepted
    assert accepted.returncode == 0, accepted.stderr
    assert hashlib.sha256(changed).hexdigest() in (project.root / "specs" / "specs.toml").read_text()
    assert f"the changelog for review is {changelog}" in accepted.stdout
    markdown = changelog.read_text()
    assert markdown.startswith("# Spec update: openai-tts-1\n") and "| **breaking** | `openai/tts-1` |" in markdown
    assert project.run("check").returncode == 0  # regenerated from the new pins


ELEVENLABS_URL = (
    "https://raw.githubusercontent.com/elevenlabs/elevenlabs-docs/refs/heads/main/fern/apis/api/openapi.json"
)
SPEAK = ("post", "/v1/text-to-speech/{voice_id}")


def speak_parameters(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document["paths"][SPEAK[1]]["post"]["parameters"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("edit", "kind", "severity"),
    [
        (lambda ps: next(p for p in ps if p["name"] == "output_format")["schema"]["enum"].remove("pcm_16000"),
         "enum-value-removed", "breaking"),
        (lambda ps: ps.append({"name": "X-Region", "in": "header", "required": True, "schema": {"type": "string"}}),
         "parameter-added", "breaking"),
        (lambda ps: ps.append({"name": "seed", "in": "query", "required": False, "schema": {"type": "integer"}}),
         "parameter-added", "compatible"),
        (lambda ps: ps.remove(next(p for p in ps if p["name"] == "enable_logging")), "parameter-removed", "breaking"),
        (lambda ps: next(p for p in ps if p["name"] == "output_format").update(required=True), "made-required",
         "breaking"),
    ],
    ids=["query-enum-value-removed", "required-header-added", "optional-query-added", "query-removed",
         "query-made-required"],
)  # fmt: skip
def test_parameter_changes_are_classified(
    edit: Callable[[list[dict[str, Any]]], None], kind: str, severity: str
) -> None:
    old = json.loads(published(ELEVENLABS_URL))
    new = copy.deepcopy(old)
    edit(speak_parameters(new))
    changes = diff(old, new, [SPEAK])
    assert [(change.kind, change.severity) for change in changes] == [(kind, severity)], changes
    assert "parameters[" in changes[0].path


def test_a_renamed_path_parameter_is_breaking() -> None:
    """``{voice_id}`` renamed ``{voice}``: the operation the SDK used is gone, and its parameter with it."""
    old = json.loads(published(ELEVENLABS_URL))
    new = copy.deepcopy(old)
    next(p for p in speak_parameters(new) if p["name"] == "voice_id")["name"] = "voice"
    changes = diff(old, new, [SPEAK])
    assert {(change.kind, change.severity) for change in changes} == {
        ("parameter-removed", "breaking"),
        ("parameter-added", "breaking"),
    }


def test_after_overlays_marks_what_the_sdk_absorbs(tmp_path: Path) -> None:
    """An upstream operationId rename breaks generated code, but the repairs rename it back: absorbed."""
    old = published(TTS1_URL)
    edited = json.loads(old)
    edited["paths"]["/v1/tts"]["post"]["operationId"] = "SpeechController_create_v2"
    edited["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["voice"][
        "enum"
    ].remove("verse")
    (tmp_path / "old.json").write_bytes(old)
    (tmp_path / "new.json").write_text(json.dumps(edited))
    raw = spec_diff(str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--fail-on", "breaking")
    assert raw.returncode == 1 and "operationId" in raw.stdout and "BREAKING" in raw.stdout
    after = spec_diff(str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--after-overlays", "openai-tts-1")
    assert after.returncode == 0, after.stderr
    lines = after.stdout.splitlines()
    assert "1 breaking, 0 notice, 0 compatible, 1 absorbed" in lines[0]
    assert any(line.startswith("  ABSORBED") and "operationId" in line for line in lines)
    assert any(line.startswith("  BREAKING") and "value 'verse' removed" in line for line in lines)
    unknown = spec_diff(str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--after-overlays", "nope")
    assert unknown.returncode == 2 and "no such entry" in unknown.stderr
