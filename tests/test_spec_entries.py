"""specs/specs.toml entries: pinned on first acceptance, accepted all or nothing, one owner per model id."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests._loopback import LoopbackServer
from tests.conftest import AIML_FOLDER, REPO, TTS1_URL, TempProject, published, sha256

TTS1 = published(TTS1_URL)
INWORLD = published(f"{AIML_FOLDER}/Inworld/tts-1.json")
MINIMAX = published(f"{AIML_FOLDER}/MiniMax/speech-2.6-hd.json")


def tree(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def state(project: TempProject) -> dict[str, str]:
    """Everything update-specs may write: specs.toml, the downloads and generated/."""
    return tree(project.root / "specs") | {f"gen/{k}": v for k, v in tree(project.root / "generated").items()}


def accepted_project(project: TempProject, server: LoopbackServer, specs: dict[str, bytes]) -> None:
    """Entries for ``specs`` (a ``minimax`` one with the MiniMax vocabulary), accepted by update-specs."""
    for name, data in specs.items():
        server.serve(f"/{name}.json", data)
    project.write_specs(
        [
            {"name": name, "api": "aiml", "url": server.url(f"/{name}.json")}
            | ({"vocabulary": "minimax"} if name == "minimax" else {})
            for name in specs
        ]
    )
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 0, run.stderr


def test_a_new_entry_without_a_pin_is_refused_by_specs_and_pinned_by_update_specs(
    project: TempProject, server: LoopbackServer
) -> None:
    server.serve("/a.json", TTS1)
    project.write_specs([{"name": "openai-tts-1", "api": "aiml", "url": server.url("/a.json")}])
    refused = project.run("specs")
    assert refused.returncode == 1 and "has no sha256 pin yet (a new entry)" in refused.stderr
    assert "specs/specs.toml:" in refused.stderr and "make update-specs" in refused.stderr
    run = project.run("update-specs")  # with the type check of the generated code
    assert run.returncode == 0, run.stderr
    assert "openai-tts-1: added" in run.stdout
    assert f'sha256 = "{sha256(TTS1)}"' in (project.root / "specs" / "specs.toml").read_text()
    catalog = json.loads((project.root / "generated" / "tts_sdk_generated" / "catalog.json").read_text())
    assert catalog["specs"][0]["package"] == "aiml_openai_tts_1" and catalog["specs"][0]["models"] == ["openai/tts-1"]
    assert project.run("specs").returncode == 0 and project.run("check").returncode == 0


def test_update_specs_is_all_or_nothing_and_names_every_changed_spec(
    project: TempProject, server: LoopbackServer
) -> None:
    accepted_project(project, server, {"tts": TTS1, "inworld": INWORLD})
    before = state(project)
    server.serve("/tts.json", TTS1.replace(b'"verse"', b'"verse", "cedar"'))
    server.serve("/inworld.json", INWORLD.replace(b'"/v1/tts"', b'"/v2/tts"'))  # cannot generate
    refused = project.run("update-specs")
    assert refused.returncode == 1
    assert "2 spec(s) changed or new: tts, inworld" in refused.stdout
    assert "(spec 'inworld'): $.paths['/v1/tts']: missing" in refused.stderr and "Nothing was changed" in refused.stderr
    assert state(project) == before
    both = project.run("specs")
    assert both.returncode == 1 and "(spec 'tts')" in both.stderr and "(spec 'inworld')" in both.stderr
    assert state(project) == before


def test_a_failed_download_changes_nothing_and_names_every_failure(
    project: TempProject, server: LoopbackServer
) -> None:
    accepted_project(project, server, {"tts": TTS1, "inworld": INWORLD})
    before = state(project)
    server.serve("/tts.json", b"<html>maintenance</html>", content_type="text/html")
    server.serve("/inworld.json", b'{"openapi": "2.0"}')
    run = project.run("update-specs", mirror=False)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "(spec 'tts')" in run.stderr and "(spec 'inworld')" in run.stderr and "Nothing was changed" in run.stderr
    assert state(project) == before


def test_fail_on_breaking_in_a_fresh_checkout_without_downloads(project: TempProject, server: LoopbackServer) -> None:
    """CI has the committed generated/ (with its snapshots) and no specs/downloaded/: a flipped default fails."""
    accepted_project(project, server, {"tts": TTS1})
    shutil.rmtree(project.root / "specs" / "downloaded")
    before = state(project)
    flipped = TTS1.replace(b'"default": "mp3"', b'"default": "wav"')
    assert flipped != TTS1
    server.serve("/tts.json", flipped)
    run = project.run("update-specs", "--fail-on", "breaking")
    assert run.returncode == 1
    assert "default 'mp3' became 'wav': every client that omits the field gets the new behaviour" in run.stdout
    assert "FAIL_ON=breaking" in run.stderr and state(project) == before


def test_two_specs_claiming_one_model_stop_generation_unless_an_entry_says(
    project: TempProject, server: LoopbackServer
) -> None:
    document = json.loads(TTS1)
    document["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["model"][
        "enum"
    ] = ["inworld/tts-1", "openai/tts-1"]
    both = json.dumps(document).encode()
    server.serve("/tts.json", both)
    server.serve("/inworld.json", INWORLD)
    entries = [
        {"name": "tts", "api": "aiml", "url": server.url("/tts.json")},
        {"name": "inworld", "api": "aiml", "url": server.url("/inworld.json")},
    ]
    project.write_specs(entries)
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 1
    assert "model id 'inworld/tts-1' is claimed by specs/specs.toml:" in run.stderr
    assert "(spec 'tts') and specs/specs.toml:" in run.stderr and "(spec 'inworld')" in run.stderr
    assert "serves" in run.stderr and not (project.root / "generated").exists()
    toml = project.root / "specs" / "specs.toml"
    toml.write_text(toml.read_text() + 'serves = ["inworld/tts-1"]\n')  # the inworld entry says it serves it
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 0, run.stderr
    catalog = json.loads((project.root / "generated" / "tts_sdk_generated" / "catalog.json").read_text())
    assert {spec["name"]: spec["models"] for spec in catalog["specs"]} == {
        "tts": ["openai/tts-1"],
        "inworld": ["inworld/tts-1"],
    }


def test_malformed_entries_get_one_line_with_file_and_line(project: TempProject, server: LoopbackServer) -> None:
    server.serve("/a.json", MINIMAX)
    cases = {
        'colour = "red"\n': "unknown key 'colour'",
        'voice = "voice settings"\n': "voice must be a field path",
        'voice = "voice_setting.nobody"\n': "has no field 'voice_setting.nobody'",
        'formats = { mp3 = "mp4" }\n': "formats.mp3 = 'mp4' is not a value of audio_setting.format",
        'overlays = ["missing.yaml"]\n': "overlay 'missing.yaml' not found",
        'vocabulary = "nope"\n': "vocabulary 'nope' has no [vocabulary.nope] table",
    }
    for extra, message in cases.items():
        project.write_specs([{"name": "minimax", "api": "aiml", "url": server.url("/a.json")}])
        toml = project.root / "specs" / "specs.toml"
        toml.write_text(toml.read_text() + 'vocabulary = "minimax"\n' * ("vocabulary" not in extra) + extra)
        run = project.run("update-specs", "--no-typecheck")
        assert run.returncode == 1, extra
        assert message in run.stderr and "specs/specs.toml:" in run.stderr, (extra, run.stderr)
        assert "Traceback" not in run.stderr and not (project.root / "generated").exists()


def test_the_generator_starts_from_an_empty_generated_folder_and_never_imports_the_facade(
    project: TempProject, server: LoopbackServer
) -> None:
    server.serve("/a.json", TTS1)
    project.write_specs([{"name": "tts", "api": "aiml", "url": server.url("/a.json"), "sha256": sha256(TTS1)}])
    assert project.run("specs").returncode == 0
    # tts_sdk and tts_sdk_generated made unimportable: any import of them fails the run.
    code = (
        "import runpy, sys\n"
        "sys.modules['tts_sdk'] = None\nsys.modules['tts_sdk_generated'] = None\n"
        f"sys.argv = ['generator', '--root', {str(project.root)!r}, 'generate']\n"
        "runpy.run_module('generator', run_name='__main__')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "SPEC_MIRROR": ""},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (project.root / "generated" / "tts_sdk_generated" / "aiml_tts" / "snapshot.json").is_file()


def test_defects_are_fixed_by_class_and_said(project: TempProject, server: LoopbackServer) -> None:
    """A string default of an integer enum is coerced when lossless, dropped when not, and both are noted."""
    lossy = MINIMAX.replace(b'"default": "128000"', b'"default": "fast"')
    assert lossy != MINIMAX
    accepted_project(project, server, {"minimax": lossy})
    catalog = json.loads((project.root / "generated" / "tts_sdk_generated" / "catalog.json").read_text())
    fixes = "\n".join(catalog["specs"][0]["fixes"])
    assert "audio_setting.properties.sample_rate.default: '32000' fails its own schema; coerced to 32000" in fixes
    assert "audio_setting.properties.bitrate.default: 'fast' fails its own schema" in fixes and "dropped" in fixes
    assert "properties.stream: admits only its default False; left out of the typed model" in fixes
    schema = json.loads(
        (project.root / "generated" / "tts_sdk_generated" / "aiml_minimax" / "request.schema.json").read_text()
    )
    audio = schema["properties"]["audio_setting"]["properties"]
    assert audio["sample_rate"]["default"] == 32000 and "default" not in audio["bitrate"]


def test_the_readme_model_table_is_written_from_the_catalog_and_checked(
    project: TempProject, server: LoopbackServer
) -> None:
    readme = project.root / "README.md"
    readme.write_text(
        "# x\n\n<!-- models: written by `make generate` from specs/specs.toml; do not edit -->\n<!-- /models -->\nend\n"
    )
    accepted_project(project, server, {"minimax": MINIMAX})
    text = readme.read_text()
    assert "| `minimax/speech-2.6-hd` | aiml: POST /v1/tts | `aiml_minimax` | `MinimaxRequest` |" in text
    assert "`voice_setting.voice_id`" in text and text.endswith("<!-- /models -->\nend\n")
    assert project.run("check").returncode == 0
    readme.write_text(text.replace("`voice_setting.voice_id`", "`voice`"))
    drifted = project.run("check")
    assert drifted.returncode == 1 and "README.md (its generated model table)" in drifted.stderr


ACME = {
    "openapi": "3.1.0",
    "info": {"title": "Acme Speech", "version": "1"},
    "paths": {
        "/v1/speech": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["model", "text"],
                                "properties": {
                                    "model": {"type": "string", "enum": ["acme-1"]},
                                    "text": {"type": "string", "minLength": 1},
                                    "voice": {"type": "string", "enum": ["ann", "bob"], "default": "ann"},
                                    "format": {"type": "string", "enum": ["mp3", "wav"]},
                                },
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "audio", "content": {"audio/mpeg": {}, "audio/wav": {}}}},
            }
        }
    },
}

ACME_TABLE = """
[api.acme]
operation = "POST /v1/speech"
base_url = "https://api.acme.invalid"
auth = { header = "X-Acme-Key" }
error = { problem = "{message}" }
"""


def test_a_new_api_is_one_table_and_one_entry(project: TempProject, server: LoopbackServer) -> None:
    """An API no code names: generated, routed by the facade, served by tts-sdk serve, its key in its own header."""
    server.serve("/acme.json", json.dumps(ACME).encode())
    project.write_specs([{"name": "acme", "api": "acme", "url": server.url("/acme.json")}])
    specs_toml = project.root / "specs" / "specs.toml"
    text = specs_toml.read_text(encoding="utf-8")
    specs_toml.write_text(text.replace("\n[[spec]]\n", ACME_TABLE + "\n[[spec]]\n", 1), encoding="utf-8")
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 0, run.stderr
    program = (
        "import tts_sdk\n"
        "from tts_sdk.server import running\n"
        "with running(require_key='acme-key') as base:\n"
        "    with tts_sdk.TTS(acme_api_key='acme-key', acme_base_url=base) as client:\n"
        "        audio = client.speech.create(model='acme-1', text='Hello there', voice='bob', format='wav')\n"
        "        print(audio.sample_rate, round(audio.duration or 0, 1) > 0.3, audio.content[:4])\n"
        "    try:\n"
        "        tts_sdk.TTS(acme_api_key='wrong', acme_base_url=base).speech.create(model='acme-1', text='Hi')\n"
        "    except tts_sdk.AuthenticationError as exc:\n"
        "        print(type(exc).__name__, exc.body)\n"
        "    try:\n"
        "        client = tts_sdk.TTS(acme_api_key='acme-key', acme_base_url=base)\n"
        "        client.speech.create(model='acme-1', text='Hi', speed=2)\n"
        "    except tts_sdk.TTSError as exc:\n"
        "        print(type(exc).__name__)\n"
    )
    path = os.pathsep.join([str(project.root / "generated"), str(REPO / "overrides")])
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split(" ", 2)[:2] == ["24000", "True"] and "RIFF" in lines[0], done.stdout
    assert lines[1].startswith("AuthenticationError {'problem': "), done.stdout
    assert lines[2] == "UnsupportedParameterError", done.stdout


def prompt_spec(description: str = "") -> bytes:
    """An AIML-style spec whose text field has no usual name (two required strings) and no voice or format."""
    body = {
        "type": "object",
        "required": ["model", "prompt", "style"],
        "properties": {
            "model": {"type": "string", "enum": ["acme/prompted"]},
            "prompt": {"type": "string", "description": description},
            "style": {"type": "string"},
        },
    }
    operation = {
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "OK", "content": {"audio/wav": {}}}},
    }
    return json.dumps({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {}},
                       "paths": {"/v1/tts": {"post": operation}}}).encode()  # fmt: skip


def test_update_specs_names_the_words_it_could_not_place_and_the_key_to_set(
    project: TempProject, server: LoopbackServer
) -> None:
    server.serve("/prompted.json", prompt_spec())
    project.write_specs([{"name": "prompted", "api": "aiml", "url": server.url("/prompted.json")}])
    run = project.run("update-specs", "--no-typecheck")
    assert run.returncode == 0, run.stderr
    for word in ("text", "voice", "format"):
        assert f'the catalog cannot place `{word}`: set {word} = "<field path>" on the entry' in run.stdout, word
    assert "specs/specs.toml:" in run.stdout.split("words the catalog could not place:", 1)[1]
    # Declared (a field for text, none for voice and format), the next change reports every word placed.
    specs_toml = project.root / "specs" / "specs.toml"
    specs_toml.write_text(specs_toml.read_text() + 'text = "prompt"\nvoice = ""\nformat = ""\n')
    server.serve("/prompted.json", prompt_spec("What to say."))
    again = project.run("update-specs", "--no-typecheck", "--dry-run")
    assert again.returncode == 0, again.stderr
    assert "words the catalog could not place: every word placed" in again.stdout
