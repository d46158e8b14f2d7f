"""Whatever request schema a publisher writes, the generator makes a typed package of it.

Each drawn document (tests/_schemas.py) goes through the real pipeline: it generates (degrading what
openapi-python-client cannot type, never stopping), its request model round-trips every valid instance
(``from_dict(x).to_dict() == x``), ``tts_sdk``'s validator agrees with openapi-schema-validator's
``OAS30Validator``/``OAS31Validator`` on instances drawn from the schema (hypothesis-jsonschema) and on mutated
ones, and ``mypy --strict`` passes over every package generated. ``make test`` runs a bounded, seeded part;
``make fuzz`` runs 2,000 documents (``TTS_FUZZ_EXAMPLES``, ``TTS_FUZZ_SEED``). Every failure found is kept
under tests/any_schema/ as a named regression case, run on every ``make test``.
"""

from __future__ import annotations

import ast
import itertools
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException
from hypothesis_jsonschema import from_schema

from tests._pipeline import Built, MypyBatches, build
from tests._schemas import ANY_JSON, documents

EXAMPLES = int(os.environ.get("TTS_FUZZ_EXAMPLES", "40"))
SEED = int(os.environ.get("TTS_FUZZ_SEED", "20261207"))
REGRESSIONS = Path(__file__).parent / "any_schema"
BREAKERS: tuple[Any, ...] = (None, 0, 1.5, -1, "", "x", True, [], {}, [1], {"a": 1}, 10**20)
_counter = itertools.count()
#: How many valid instances were round-tripped and how many verdicts compared: the run must exercise both.
STATS = {"round_trips": 0, "verdicts": 0}


def instances(built: Built, data: st.DataObject | None) -> list[Any]:
    """Instances drawn from the request schema (hypothesis-jsonschema), then each broken several ways."""
    drawn: list[Any] = []
    if data is not None:
        schema = unrolled(built.schema)
        if len(json.dumps(schema)) > 20_000:  # hypothesis-jsonschema takes seconds on such: mutations only
            schema = {}
        try:
            drawn = data.draw(st.lists(from_schema(schema), max_size=4), label="instances")
        except (HypothesisException, Exception):
            drawn = []  # a schema hypothesis-jsonschema cannot draw from (contradictory...): mutations only
        drawn += data.draw(st.lists(ANY_JSON, max_size=3), label="any JSON")
    found: list[Any] = [*drawn, {}, *BREAKERS]
    for instance in drawn:
        if isinstance(instance, dict):
            for key in list(instance)[:4]:
                found += [{**instance, key: breaker} for breaker in BREAKERS[:6]]
                found.append({name: value for name, value in instance.items() if name != key})
            found.append({**instance, "unknown_key": 1})
    return found


def unrolled(schema: dict[str, Any], depth: int = 1) -> dict[str, Any]:
    """``schema`` without ``$schema`` and with its recursive references inlined ``depth`` levels deep (then any
    JSON), since hypothesis-jsonschema draws from no recursive schema. Only instances are drawn from it: the
    verdicts compared are the reference validator's and tts_sdk's, on the real schema."""
    definitions = schema.get("definitions") or schema.get("$defs") or {}

    def inline(node: Any, level: int) -> Any:
        if isinstance(node, list):
            return [inline(item, level) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in definitions:
            target = definitions[ref.rsplit("/", 1)[-1]] if level < depth else {}
            rest = {key: inline(value, level) for key, value in node.items() if key != "$ref"}
            return {"allOf": [inline(target, level + 1), rest]} if rest else inline(target, level + 1)
        return {key: inline(value, level) for key, value in node.items() if key not in ("definitions", "$defs")}

    result = inline({key: value for key, value in schema.items() if key != "$schema"}, 0)
    assert isinstance(result, dict)
    return result


def check(built: Built, data: st.DataObject | None) -> None:
    """The promises for one generated package."""
    reference, compiled = built.reference(), built.compiled
    request_class = built.request_class
    for instance in instances(built, data):
        expected = reference.is_valid(instance)
        STATS["verdicts"] += 1
        assert compiled.is_valid(instance, False) is expected, (instance, built.schema)
        errors = [problem for problem in compiled.problems(instance, False) if problem.severity == "error"]
        assert (not errors) is expected, (instance, errors, built.schema)
        if expected and isinstance(instance, dict):
            model = request_class.from_dict(instance)
            assert model.to_dict() == instance, (instance, model)
            STATS["round_trips"] += 1
            assert request_class.from_dict(model.to_dict()).to_dict() == instance


@pytest.fixture(scope="module")
def mypy(tmp_path_factory: pytest.TempPathFactory) -> MypyBatches:
    """Where the packages of this module are kept until ``mypy --strict`` has checked them, in batches."""
    return MypyBatches(tmp_path_factory.mktemp("any-schema-packages"))


def test_drawn_schemas_generate_round_trip_and_validate_as_the_reference(
    mypy: MypyBatches, tmp_path_factory: pytest.TempPathFactory
) -> None:
    @seed(SEED)
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(document=documents(), data=st.data())
    def one(document: dict[str, Any], data: st.DataObject) -> None:
        scratch = tmp_path_factory.mktemp("scratch")
        (built,) = build([document], scratch, mypy.root, f"fuzz-{next(_counter)}")
        check(built, data)
        mypy.added()

    one()
    # A run that compared and round-tripped almost nothing proves nothing.
    assert STATS["round_trips"] >= EXAMPLES and STATS["verdicts"] >= 10 * EXAMPLES, STATS


@pytest.mark.parametrize("case", sorted(REGRESSIONS.glob("*.json")), ids=lambda path: path.stem)
def test_regression_case(case: Path, mypy: MypyBatches, tmp_path: Path) -> None:
    document = json.loads(case.read_text(encoding="utf-8"))
    (built,) = build([document], tmp_path / "scratch", mypy.root, f"case-{case.stem}")
    mypy.added()

    @seed(SEED)
    @settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def instances_of_it(data: st.DataObject) -> None:
        check(built, data)

    instances_of_it()


def test_enum_aliases_carry_their_description_whatever_its_quotes(mypy: MypyBatches, tmp_path: Path) -> None:
    """A description with quotes and backslashes becomes the alias's docstring, nothing widened to get there."""
    document = json.loads((REGRESSIONS / "enum-descriptions-with-quotes-and-backslashes.json").read_text())
    (built,) = build([document], tmp_path / "scratch", mypy.root, "case-docstrings")
    mypy.added()
    assert "degraded" not in built.catalog, built.catalog.get("degraded")
    models = built.root / built.package / "models"
    docstrings = {}
    for path in models.glob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for first, second in itertools.pairwise(body):
            if (
                isinstance(first, ast.Assign)
                and isinstance(second, ast.Expr)
                and isinstance(second.value, ast.Constant)
            ):
                docstrings[first.targets[0].id] = str(second.value.value).strip()  # type: ignore[attr-defined]
    assert sorted(docstrings.values()) == ['"', 'A path like C:\\ and """ triple quotes \\', 'Say "hi"']


def test_mypy_strict_passes_on_every_generated_package(mypy: MypyBatches) -> None:
    mypy.flush()
    assert mypy.checked, "the tests above generated nothing"
    assert not mypy.reports, "\n\n".join(mypy.reports)


def test_a_bare_name_in_a_discriminator_mapping_is_that_component(tmp_path: Path) -> None:
    """OpenAPI lets a mapping name a schema by its bare name; openapi-schema-validator cannot resolve one (it
    refuses every such value), validation reads it as the specification says: a documented deviation."""
    document = json.loads((REGRESSIONS / "discriminator.json").read_text(encoding="utf-8"))
    body = document["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["pet"]["discriminator"]["mapping"]["dog"] = "Dog"
    (built,) = build([document], tmp_path / "scratch", tmp_path / "packages", "bare-name")
    assert built.compiled.is_valid({"pet": {"kind": "dog", "good": True}})
    assert not built.compiled.is_valid({"pet": {"kind": "dog", "good": 1}})
    assert not built.compiled.is_valid({"pet": {"kind": "bird"}})
    assert not built.reference().is_valid({"pet": {"kind": "dog", "good": True}})  # the deviation
