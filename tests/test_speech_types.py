"""The generated call-site typing covers every model of the catalog, with that model's own words."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

GENERATED = REPO / "generated" / "tts_sdk_generated"
CATALOG = json.loads((GENERATED / "catalog.json").read_text())


def overloads(protocol: str, method: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(Path(GENERATED / "_speech_types.py").read_text())
    cls = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == protocol)
    return [
        node for node in cls.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == method
    ]


def parameters(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    return {arg.arg: ast.unparse(arg.annotation) for arg in node.args.kwonlyargs if arg.annotation is not None}


def literal_values(annotation: str) -> list[Any]:
    node = ast.parse(annotation, mode="eval").body
    while isinstance(node, ast.BinOp):
        node = node.left
    assert isinstance(node, ast.Subscript), annotation
    elements = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return [ast.literal_eval(element) for element in elements]


def test_every_model_of_the_catalog_has_its_overload_in_both_clients() -> None:
    for protocol in ("SpeechMethods", "AsyncSpeechMethods"):
        for method in ("create", "stream"):
            typed = [parameters(node) for node in overloads(protocol, method)]
            models = [
                model
                for params in typed
                if "Literal" in params.get("model", "")
                for model in literal_values(params["model"])
            ]
            expected = [model for spec in CATALOG["specs"] for model in spec["models"]]
            assert sorted(models) == sorted(expected), (protocol, method)
            # An overload taking any model id (the routers' fallback, ElevenLabs' free model_id) must require its
            # provider: else every mistaken call would match it.
            free = [params for params in typed if params.get("model") == "str"]
            assert any(params["provider"] == "str" for params in free), "no fallback for routers"
            assert all("None" not in params["provider"] for params in free), "a free model id without a provider"
            for spec in CATALOG["specs"]:
                if spec["model_free"] and not spec["models"]:
                    assert any(spec["api"] in literal_values(params["provider"]) for params in free
                               if params["provider"] != "str"), spec["name"]  # fmt: skip


def test_each_overload_takes_only_the_words_its_spec_takes() -> None:
    typed = {
        literal_values(p["model"])[0]: p
        for p in map(parameters, overloads("SpeechMethods", "create"))
        if "Literal" in p.get("model", "")
    }
    for spec in CATALOG["specs"]:
        if not spec["models"]:
            continue
        params = typed[spec["models"][0]]
        fields = spec["vocabulary"]["fields"]
        for word in ("voice", "speed", "instructions"):  # a word it lacks is typed None: passing one is an error
            assert (params[word] != "None") == bool(fields.get(word)), (spec["name"], word)
        assert (params["format"] != "None") == bool(spec["vocabulary"]["formats"]), spec["name"]
        if spec["vocabulary"]["formats"]:
            assert literal_values(params["format"]) == list(spec["vocabulary"]["formats"])


#: Three mistakes: a wrong voice, a parameter the model lacks, a typo'd id. Each must be reported in a few lines
#: that name the argument.
MISTAKES = {
    "voice": 'client.speech.create(model="openai/tts-1", text="Hi", voice="robot")',
    "speed": 'client.speech.create(model="inworld/tts-1-max", text="Hi", speed=1.2)',
    "model": 'client.speech.create(model="openai/tts-1x", text="Hi")',
}


@pytest.mark.parametrize("argument", list(MISTAKES))
def test_basedpyright_names_the_wrong_argument_in_a_few_lines(argument: str, tmp_path: Path) -> None:
    """A wrong voice, a parameter the model lacks, a typo'd id: the message is about that argument."""
    program = tmp_path / "mistake.py"
    program.write_text(f"from tts_sdk import TTS\n\nclient = TTS()\n{MISTAKES[argument]}\n")
    checker = Path(sys.executable).parent / "basedpyright"
    done = subprocess.run([str(checker), "--pythonpath", sys.executable, str(program)],
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    errors = [line for line in done.stdout.splitlines() if " - error: " in line]
    assert done.returncode == 1 and len(errors) == 2, done.stdout
    assert f'cannot be assigned to parameter "{argument}"' in errors[1], done.stdout
    assert len(done.stdout.splitlines()) <= 14, done.stdout


@pytest.fixture(scope="module")
def mypy_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[bool, str], list[str]]:
    """mypy --strict on each mistake, with and without ``tts_sdk.mypy``: its lines per (plugin, argument)."""
    folder = tmp_path_factory.mktemp("mypy")
    for argument, call in MISTAKES.items():
        (folder / f"{argument}.py").write_text(f"from tts_sdk import TTS\n\nclient = TTS()\n{call}\n")
    reports: dict[tuple[bool, str], list[str]] = {}
    for plugin in (True, False):
        config = folder / f"mypy-{plugin}.ini"
        config.write_text("[mypy]\nstrict = True\n" + ("plugins = tts_sdk.mypy\n" if plugin else ""))
        done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir",
                               str(folder / f"cache-{plugin}"), *(f"{a}.py" for a in MISTAKES)],
                              capture_output=True, text=True, timeout=300, check=False, cwd=folder)  # fmt: skip
        assert done.returncode == 1, done.stdout + done.stderr
        for argument in MISTAKES:
            reports[plugin, argument] = [
                line for line in done.stdout.splitlines() if line.startswith(f"{argument}.py:")
            ]
    return reports


@pytest.mark.parametrize("argument", list(MISTAKES))
def test_mypy_with_the_plugin_names_the_wrong_argument_in_one_line(
    argument: str, mypy_reports: dict[tuple[bool, str], list[str]]
) -> None:
    """With ``plugins = tts_sdk.mypy`` the call is checked against the model it names; without, mypy lists every
    overload (docs/typing.md)."""
    lines = mypy_reports[True, argument]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f'{argument}.py:4: error: Argument "{argument}" to "create" of "SpeechMethods"'), lines
    assert len(mypy_reports[False, argument]) >= len(overloads("SpeechMethods", "create")), "mypy alone lists them"
