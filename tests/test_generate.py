"""`make generate` and `make check`: overlays applied, names clean, output deterministic, drift detected."""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

from tests._loopback import LoopbackServer
from tests.conftest import AIML_FOLDER, REPO, TTS1_URL, TempProject, published, sha256

GOOD = published(TTS1_URL)
INWORLD = published(f"{AIML_FOLDER}/Inworld/tts-1.json")


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def serve_and_fetch(project: TempProject, server: LoopbackServer, specs: dict[str, tuple[bytes, str, str]]) -> None:
    """Serve each (bytes, package, prefix) at a loopback URL, list it in specs.toml and download it."""
    entries = []
    for name, (data, package, prefix) in specs.items():
        server.serve(f"/{name}.json", data)
        entries.append(
            {
                "name": name,
                "api": "aiml",
                "url": server.url(f"/{name}.json"),
                "package": package,
                "prefix": prefix,
                "sha256": sha256(data),
            }
        )
    project.write_specs(entries)
    run = project.run("specs")
    assert run.returncode == 0, run.stderr


def test_generation_is_byte_identical_and_a_no_op_when_nothing_changed(
    project: TempProject, server: LoopbackServer
) -> None:
    serve_and_fetch(project, server, {"openai-tts-1": (GOOD, "aiml_openai_tts_1", "TTS1")})
    assert project.run("generate").returncode == 0
    first = tree_digest(project.root / "generated")
    run = project.run("generate")
    assert run.returncode == 0 and "up to date" in run.stdout
    assert project.run("generate", "--force").returncode == 0
    assert tree_digest(project.root / "generated") == first
    assert "tts_sdk_generated/aiml_openai_tts_1/api/default/create_speech.py" in first
    assert "tts_sdk_generated/aiml_openai_tts_1/py.typed" in first
    assert not [name for name in first if "field_" in name or "ruff_cache" in name or ".staging" in name]


def test_check_names_every_drifted_file(project: TempProject, server: LoopbackServer) -> None:
    serve_and_fetch(project, server, {"openai-tts-1": (GOOD, "aiml_openai_tts_1", "TTS1")})
    assert project.run("generate").returncode == 0
    assert project.run("check").returncode == 0
    package = project.root / "generated" / "tts_sdk_generated" / "aiml_openai_tts_1"
    (package / "client.py").write_text((package / "client.py").read_text() + "\n# edited by hand\n")
    (package / "errors.py").unlink()
    (package / "extra.py").write_text("")
    run = project.run("check")
    assert run.returncode == 1
    assert "changed:    generated/tts_sdk_generated/aiml_openai_tts_1/client.py" in run.stderr
    assert "missing:    generated/tts_sdk_generated/aiml_openai_tts_1/errors.py" in run.stderr
    assert "unexpected: generated/tts_sdk_generated/aiml_openai_tts_1/extra.py" in run.stderr
    assert "make generate" in run.stderr


def test_overlay_target_gone_fails_loudly_and_keeps_generated(project: TempProject, server: LoopbackServer) -> None:
    serve_and_fetch(project, server, {"openai-tts-1": (GOOD, "aiml_openai_tts_1", "TTS1")})
    assert project.run("generate").returncode == 0
    before = tree_digest(project.root / "generated")
    # Upstream moves the operation: every patch aimed at /v1/tts now selects nothing.
    moved = GOOD.replace(b'"/v1/tts"', b'"/v2/tts"')
    server.serve("/openai-tts-1.json", moved)
    pins = (project.root / "specs" / "specs.toml").read_bytes()
    downloaded = project.downloaded("openai-tts-1").read_bytes()
    refused = project.run("update-specs")  # cannot regenerate from the new bytes: accepts nothing
    assert refused.returncode == 1
    assert "(spec 'openai-tts-1'): $.paths['/v1/tts']: missing: the SDK needs POST /v1/tts" in refused.stderr
    assert "(the document has POST /v2/tts); check the entry's url" in refused.stderr
    assert "Nothing was changed" in refused.stderr and "Traceback" not in refused.stderr
    assert tree_digest(project.root / "generated") == before
    assert (project.root / "specs" / "specs.toml").read_bytes() == pins
    assert project.downloaded("openai-tts-1").read_bytes() == downloaded


def test_a_voice_added_upstream_joins_the_literal_as_written(project: TempProject, server: LoopbackServer) -> None:
    added = INWORLD.replace(b'"Wendy"', b'"Wendy", "Zo\\u00eb", "Sarah-2", "\\u71d5"')
    serve_and_fetch(project, server, {"inworld-tts-1": (added, "aiml_inworld_tts_1", "InworldTts1")})
    run = project.run("generate")
    assert run.returncode == 0, run.stderr
    module = Path("aiml_inworld_tts_1") / "models" / "inworld_tts_1_voice.py"
    ours = literal_values(project.root / "generated" / "tts_sdk_generated" / module)
    committed = literal_values(REPO / "generated" / "tts_sdk_generated" / module)
    assert sorted(map(str, ours)) == sorted(map(str, [*committed, "Zoë", "Sarah-2", "燕"]))  # as written, none renamed


def literal_values(path: Path) -> list[object]:
    """The values of the module's first ``X = Literal[...]`` alias."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
            items = node.value.slice
            return [item.value for item in (items.elts if isinstance(items, ast.Tuple) else [items])
                    if isinstance(item, ast.Constant)]  # fmt: skip
    raise AssertionError(f"{path}: no Literal alias")


def test_a_new_model_is_one_entry(project: TempProject, server: LoopbackServer) -> None:
    """Two published specs, two entries, no code: both packages generate with their own names."""
    serve_and_fetch(
        project,
        server,
        {
            "openai-tts-1": (GOOD, "aiml_openai_tts_1", "TTS1"),
            "inworld-tts-1": (INWORLD, "aiml_inworld_tts_1", "InworldTTS1"),
        },
    )
    run = project.run("generate")
    assert run.returncode == 0, run.stderr
    catalog = json.loads((project.root / "generated" / "tts_sdk_generated" / "catalog.json").read_text())
    assert [(spec["package"], spec["models"]) for spec in catalog["specs"]] == [
        ("aiml_openai_tts_1", ["openai/tts-1"]),
        ("aiml_inworld_tts_1", ["inworld/tts-1"]),
    ]
    models = project.root / "generated" / "tts_sdk_generated" / "aiml_inworld_tts_1" / "models"
    assert (models / "inworld_tts1_request.py").is_file() and (models / "inworld_tts1_voice.py").is_file()


def test_one_spec_that_cannot_generate_is_named_with_every_other_result(
    project: TempProject, server: LoopbackServer
) -> None:
    document = json.loads(INWORLD)
    body = document["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["voice"] = {"$ref": "#/components/schemas/Gone"}
    broken = json.dumps(document).encode()
    serve_and_fetch(
        project,
        server,
        {
            "openai-tts-1": (GOOD, "aiml_openai_tts_1", "TTS1"),
            "inworld-tts-1": (broken, "aiml_inworld_tts_1", "InworldTTS1"),
        },
    )
    run = project.run("generate")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "1 of 2 specs cannot generate; nothing was written:" in run.stderr
    failed = next(line for line in run.stderr.splitlines() if line.strip().startswith("FAILED"))
    assert "(spec 'inworld-tts-1')" in failed
    assert ".properties.voice" in failed and "'#/components/schemas/Gone' points at nothing" in failed
    assert "  ok        openai-tts-1" in run.stderr
    assert not (project.root / "generated" / "tts_sdk_generated").exists()


def test_what_the_generator_cannot_type_is_degraded_recorded_and_still_validated(
    project: TempProject, server: LoopbackServer
) -> None:
    """The shapes that stopped `make generate` for every entry: a class name two schemas would both get, a
    mixed-type enum, an integer default on a string enum. Each is typed a little wider, recorded with its
    JSON path, and validation keeps the exact schema."""
    document = json.loads(INWORLD)
    body = document["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["options"] = {"type": "object", "properties": {"pitch": {"type": "number"}}}
    body["properties"]["extra"] = {"$ref": "#/components/schemas/Options"}  # also InworldXOptions
    document.setdefault("components", {}).setdefault("schemas", {})["Options"] = {
        "type": "object",
        "properties": {"rate": {"type": "integer"}},
    }
    body["properties"]["voice_options"] = {"type": "string"}
    body["properties"]["voiceOptions"] = {"type": "integer"}  # the same Python name as voice_options
    body["properties"]["mode"] = {"enum": ["fast", 2, True]}
    body["properties"]["sample_rate"] = {"type": "string", "enum": ["24000", "48000"], "default": 24000}
    serve_and_fetch(project, server, {"inworld-tts-1": (json.dumps(document).encode(), "aiml_x", "InworldX")})
    run = project.run("generate")
    assert run.returncode == 0, run.stderr
    root = project.root / "generated" / "tts_sdk_generated"
    (spec,) = json.loads((root / "catalog.json").read_text())["specs"]
    assert any(item["rule"] == "class-names" and item["path"].endswith(".extra") for item in spec["degraded"])
    assert any(item["rule"] == "python-names" and "voiceOptions" in item["path"] for item in spec["degraded"])
    assert any(item["rule"] == "enum-by-type" and "mode" in item["path"] for item in spec["degraded"])
    models = root / "aiml_x" / "models"
    assert (models / "inworld_x_options.py").is_file() and (models / "inworld_x_options_2.py").is_file()
    schema = json.loads((root / "aiml_x" / "request.schema.json").read_text())
    assert schema["properties"]["mode"] == {"enum": ["fast", 2, True]}
    assert schema["properties"]["sample_rate"]["enum"] == ["24000", "48000"]
