"""`tts-sdk validate`, the pytest helper and the pre-commit hook, run as users run them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from tts_sdk.testing import assert_valid_files, assert_valid_payload

from tests.conftest import REPO


def cli(*arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tts_sdk", "validate", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"model": "openai/tts-1", "text": "Hello", "voice": "coral"}))
    bad = tmp_path / "payloads" / "bad.json"
    bad.parent.mkdir()
    bad.write_text('{\n  "model": "openai/tts-1",\n  "text": "Hello",\n  "speed": 9\n}\n')
    lines = tmp_path / "jobs.jsonl"
    lines.write_text(
        '{"model": "tts-1", "input": "x", "voice": "alloy"}\n\n'
        '{"model": "inworld/tts-1", "text": "", "voise": "Alex"}\n'
        "not json\n"
    )
    return {"good": good, "bad": bad, "lines": lines}


def test_text_output_one_line_per_problem(files: dict[str, Path]) -> None:
    done = cli(str(files["good"]), str(files["bad"]), str(files["lines"]))
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{files['bad']}::$.speed: 9 is greater than the maximum of 4",
        f'{files["lines"]}:3::$.text: "" is too short (minimum 1 character)',
        f'{files["lines"]}:3::$.voise: warning: unknown property "voise": the API ignores it (did you mean "voice"?)',
        f"{files['lines']}:4: invalid JSON: Expecting value (column 1)",
    ]
    assert "5 payloads in 3 files: 3 invalid" in done.stderr


def test_exit_codes(files: dict[str, Path], tmp_path: Path) -> None:
    assert cli(str(files["good"])).returncode == 0
    assert cli(str(files["bad"])).returncode == 1
    assert cli(str(tmp_path / "missing.json")).returncode == 1
    assert cli().returncode == 2
    assert cli("--format", "xml", str(files["good"])).returncode == 2


def test_a_folder_is_walked_for_json_and_jsonl_files(files: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a payload")
    done = cli(str(tmp_path))
    assert done.returncode == 1 and "5 payloads in 3 files: 3 invalid" in done.stderr
    assert done.stdout.splitlines()[0] == f'{files["lines"]}:3::$.text: "" is too short (minimum 1 character)'
    empty = tmp_path / "empty"
    empty.mkdir()
    refused = cli(str(empty), str(files["good"]))
    assert refused.returncode == 1 and f"{empty}: a folder without any .json or .jsonl file" in refused.stderr


def test_an_unknown_model_in_a_payload_names_the_closest_ids_not_all_of_them(tmp_path: Path) -> None:
    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps({"model": "openai/tts-1x", "text": "Hi"}))
    far = tmp_path / "far.json"
    far.write_text(json.dumps({"model": "nothing/like-it-at-all", "text": "Hi"}))
    lines = cli(str(typo), str(far)).stdout.splitlines()
    assert lines[0] == f'{typo}::$.model: "openai/tts-1x" is not a known model (did you mean "openai/tts-1" or ' \
        '"openai/tts-1-hd"?)'  # fmt: skip
    assert lines[1].startswith(f'{far}::$.model: "nothing/like-it-at-all" is not a known model (`tts-sdk models` lists')


def test_messages_quote_as_json(tmp_path: Path) -> None:
    payload = tmp_path / "p.json"
    payload.write_text(json.dumps({"model": "openai/tts-1", "text": "Hi", "speed": "fast", "voice": "robot"}))
    out = cli(str(payload)).stdout
    assert '$.speed: "fast" is not of type "number"' in out
    assert '$.voice: "robot" is not one of ["alloy", "ash", ' in out and "'" not in out


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    typo = tmp_path / "typo.json"
    typo.write_text(json.dumps({"model": "openai/tts-1", "text": "Hi", "voise": "alloy"}))
    assert cli(str(typo)).returncode == 0
    strict = cli("--strict", str(typo))
    assert strict.returncode == 1 and "$.voise: unknown property" in strict.stdout


def test_stdin_and_model_override() -> None:
    payload = json.dumps({"model": "openai/tts-1", "text": "Hi", "speed": 2})
    assert cli("-", stdin=payload).returncode == 0
    done = cli("--model", "inworld/tts-1-max", "-", stdin=payload)
    assert done.returncode == 1
    assert "<stdin>::$.model:" in done.stdout


def test_a_provider_checks_against_its_own_api(tmp_path: Path) -> None:
    """Every provider of the catalog whose API has one spec: --provider checks its payloads without a model id (a
    Deepgram body names none), and a payload its schema refuses fails; an unknown provider is a usage error."""
    from tts_sdk._core._catalog import apis, specs  # noqa: PLC0415

    single = [name for name in apis() if sum(spec.api == name for spec in specs()) == 1 and name != "openai"]
    assert single, "no provider with its own single spec in the catalog"
    for name in single:
        spec = next(spec for spec in specs() if spec.api == name)
        text = str(spec.fields["text"])
        wrong = tmp_path / f"{name}.jsonl"
        wrong.write_text(json.dumps({text: 5}) + "\n", encoding="utf-8")
        refused = cli("--provider", name, str(wrong))
        assert refused.returncode == 1 and f'$.{text}: 5 is not of type "string"' in refused.stdout, refused.stdout
    assert cli("--provider", "nowhere", "-", stdin="{}").returncode == 2
    deepgram = cli("--provider", "deepgram", "-", stdin=json.dumps({"text": "Hi"}))
    assert deepgram.returncode == 0, deepgram.stdout


def test_json_format_for_machines(files: dict[str, Path]) -> None:
    done = cli("--format", "json", str(files["good"]), str(files["bad"]), str(files["lines"]))
    report = json.loads(done.stdout)
    assert report["valid"] is False
    # exactly the payloads with a problem (an error or a warning), whatever their file type; the rest counted
    assert [(item["file"], item["line"]) for item in report["payloads"]] == [
        (str(files["bad"]), None),
        (str(files["lines"]), 3),
        (str(files["lines"]), 4),
    ]
    assert report["counts"] == {"payloads": 5, "invalid": 3, "warnings": 1}
    assert report["payloads"][0]["problems"] == [
        {
            "path": "$.speed",
            "keyword": "maximum",
            "message": "9 is greater than the maximum of 4",
            "schema_path": "#/properties/speed/maximum",
            "severity": "error",
        }
    ]


def test_github_annotations_point_at_the_line(files: dict[str, Path]) -> None:
    done = cli("--format", "github", str(files["bad"]), str(files["lines"]))
    lines = done.stdout.splitlines()
    expected = "title=tts-sdk validate $.speed::9 is greater than the maximum of 4"
    assert lines[0] == f"::error file={files['bad']},line=4,col=3,{expected}"
    assert lines[2].startswith(f"::warning file={files['lines']},line=3,")


def test_huge_values_are_truncated(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"model": "openai/tts-1", "text": "x" * 500_001}))
    done = cli(str(big))
    assert done.returncode == 1 and len(done.stdout) < 300


def test_cli_checks_1000_files_quickly_enough_to_print(tmp_path: Path) -> None:
    """Not a timing assertion: it prints the figure for the closing note and checks every file was seen."""
    for index in range(1000):
        (tmp_path / f"p{index}.json").write_text(json.dumps({"model": "openai/tts-1", "text": f"n{index}"}))
    started = time.perf_counter()
    done = cli(*(str(tmp_path / f"p{index}.json") for index in range(1000)))
    print(f"tts-sdk validate on 1000 files: {time.perf_counter() - started:.2f} s")
    assert done.returncode == 0 and "1000 payloads in 1000 files: 0 invalid" in done.stderr


def test_pytest_helpers(files: dict[str, Path], tmp_path: Path) -> None:
    assert_valid_payload({"model": "openai/tts-1", "text": "Hello"})
    with pytest.raises(AssertionError, match=r"\$\.speed: 9 is greater than the maximum of 4"):
        assert_valid_payload({"model": "openai/tts-1", "text": "Hello", "speed": 9})
    assert_valid_files(str(files["good"]))
    with pytest.raises(AssertionError, match=r"bad\.json::"):
        assert_valid_files(str(tmp_path / "**" / "*.json"))
    with pytest.raises(AssertionError, match="cannot read"):
        assert_valid_files(str(tmp_path / "renamed" / "*.json"))


def test_pre_commit_hook_runs_the_cli() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "tts-sdk-validate" and hook["language"] == "python"
    assert hook["entry"] == "tts-sdk validate"
    assert re.search(hook["files"], "payloads/job.jsonl") and not re.search(hook["files"], "README.md")
