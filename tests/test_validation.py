"""tts_sdk.validate: semantics, records, model selection, and 100% agreement with jsonschema."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest
import tts_sdk
from tts_sdk._validation._compiler import UnsupportedSchemaError, compile_schema

from tests._payloads import payloads
from tests.conftest import REPO

GENERATED = REPO / "generated" / "tts_sdk_generated"
DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"
CATALOG = json.loads((GENERATED / "catalog.json").read_text())


def schema_of(package: str) -> dict[str, Any]:
    return json.loads((GENERATED / package / "request.schema.json").read_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize("spec", CATALOG["specs"], ids=lambda spec: spec["name"])
def test_verdicts_agree_with_jsonschema_on_2000_seeded_payloads(spec: dict[str, Any]) -> None:
    schema = schema_of(spec["package"])
    reference = jsonschema.validators.validator_for(schema)(schema)
    compiled = compile_schema(schema)
    generated = payloads(schema, 2000, seed=20261121)
    verdicts = {"valid": 0, "invalid": 0}
    for payload in generated:
        expected = reference.is_valid(payload)
        assert compiled.is_valid(payload) is expected, payload
        errors = [problem for problem in compiled.problems(payload) if problem.severity == "error"]
        assert (not errors) is expected, (payload, errors, list(reference.iter_errors(payload)))
        verdicts["valid" if expected else "invalid"] += 1
    # The generator must exercise both outcomes substantially, or agreement proves little.
    assert verdicts["valid"] > 300 and verdicts["invalid"] > 800, verdicts


def test_every_problem_is_reported_with_path_keyword_and_schema_path() -> None:
    problems = tts_sdk.validate({"model": "openai/tts-1", "text": "", "speed": 9, "voice": "robot", "stream": True})
    assert [(p.path, p.keyword, p.schema_path) for p in problems] == [
        ("$.text", "minLength", "#/properties/text/minLength"),
        ("$.voice", "enum", "#/properties/voice/enum"),
        ("$.speed", "maximum", "#/properties/speed/maximum"),
        ("$.stream", "enum", "#/properties/stream/enum"),
    ]
    assert problems[2].message == "9 is greater than the maximum of 4"
    assert all(p.severity == "error" for p in problems)


def test_required_type_null_and_limits() -> None:
    found = {(p.path, p.keyword) for p in tts_sdk.validate({"model": "openai/tts-1-hd", "speed": None})}
    assert found == {("$.text", "required"), ("$.speed", "type")}
    assert [p.keyword for p in tts_sdk.validate({"model": "openai/tts-1", "text": "hi", "speed": 0.1})] == ["minimum"]
    assert [p.keyword for p in tts_sdk.validate({"model": "openai/tts-1", "text": "hi", "speed": True})] == ["type"]
    assert tts_sdk.validate({"model": "openai/tts-1", "text": "hi", "speed": 4, "stream": False}) == []


def test_unknown_properties_warn_by_default_and_fail_when_strict() -> None:
    payload = {"model": "openai/tts-1", "text": "hi", "voise": "alloy"}
    (warning,) = tts_sdk.validate(payload)
    assert (warning.path, warning.severity) == ("$.voise", "warning")
    assert 'did you mean "voice"?' in warning.message
    assert tts_sdk.is_valid(payload) and not tts_sdk.is_valid(payload, strict=True)
    assert [p.severity for p in tts_sdk.validate(payload, strict=True)] == ["error"]


def test_openai_payloads_model_and_voice_anyof() -> None:
    base = {"model": "gpt-4o-mini-tts", "input": "hi", "voice": "coral"}
    assert tts_sdk.validate(base) == []
    assert tts_sdk.validate({**base, "model": "my-fine-tune", "voice": {"id": "voice_1234"}}) == []
    assert [(p.path, p.keyword) for p in tts_sdk.validate({**base, "voice": {"id": 5}})] == [("$.voice.id", "type")]
    assert [(p.path, p.keyword) for p in tts_sdk.validate({**base, "voice": 5})] == [("$.voice", "anyOf")]
    # OpenAI's schema forbids unknown properties: an error even without strict.
    assert [(p.path, p.severity) for p in tts_sdk.validate({**base, "text": "hi"})] == [("$.text", "error")]


def test_model_is_taken_from_the_payload_unless_given() -> None:
    payload = {"model": "openai/tts-1", "text": "hi", "speed": 2}
    assert tts_sdk.validate(payload) == []
    problems = tts_sdk.validate(payload, model="inworld/tts-1-max")
    assert {(p.path, p.keyword) for p in problems} == {("$.model", "enum"), ("$.speed", "additionalProperties")}
    assert [p.keyword for p in tts_sdk.validate({"text": "hi"})] == ["required"]
    assert [p.path for p in tts_sdk.validate({"model": "vendor/unknown", "text": "hi"})] == ["$.model"]
    assert [p.path for p in tts_sdk.validate(["not", "an", "object"])] == ["$"]


def test_long_values_are_truncated_in_messages() -> None:
    (problem,) = tts_sdk.validate({"model": "openai/tts-1", "text": "x" * 500_001})
    assert problem.keyword == "maxLength" and len(problem.message) < 200
    assert "(500001 characters)" in problem.message


def test_the_payload_is_never_modified() -> None:
    payload = {"model": "openai/tts-1", "text": "hi", "nested": {"a": [1, 2]}}
    before = copy.deepcopy(payload)
    tts_sdk.validate(payload)
    tts_sdk.is_valid(payload)
    assert payload == before and "voice" not in payload  # no defaults filled in


def test_require_valid_raises_with_every_problem() -> None:
    with pytest.raises(tts_sdk.PayloadValidationError) as raised:
        tts_sdk.require_valid({"model": "openai/tts-1", "speed": "fast"})
    assert [p.path for p in raised.value.problems] == ["$.text", "$.speed"]
    assert '$.speed: "fast" is not of type "number"' in str(raised.value)
    assert isinstance(raised.value, tts_sdk.TTSError) and isinstance(raised.value, ValueError)
    warnings = tts_sdk.require_valid({"model": "openai/tts-1", "text": "hi", "voise": "x"})
    assert [w.severity for w in warnings] == ["warning"]


def test_validate_with_a_provider_uses_its_api() -> None:
    """A provider's payload is checked against its own API's schema: ElevenLabs takes any model id, Deepgram's body
    names none, and the same body may be valid for one provider and not another."""
    assert tts_sdk.validate({"text": "Hi", "model_id": "any-model"}, provider="elevenlabs") == []
    assert tts_sdk.is_valid({"text": "Hi"}, provider="deepgram")
    assert not tts_sdk.is_valid({"text": 5}, provider="deepgram")
    cartesia = tts_sdk.validate({"transcript": "Hi", "model_id": "sonic-3"}, provider="cartesia")
    assert [problem.path for problem in cartesia] == ["$.voice", "$.output_format"]
    with pytest.raises(tts_sdk.ConfigurationError, match="unknown provider"):
        tts_sdk.validate({"text": "Hi"}, provider="nowhere")
    with pytest.raises(tts_sdk.PayloadValidationError):
        tts_sdk.require_valid({"text": 5}, provider="deepgram")


def test_unsupported_keywords_are_refused_not_ignored() -> None:
    with pytest.raises(UnsupportedSchemaError, match="unevaluatedProperties"):
        compile_schema({"$schema": DRAFT2020, "type": "object", "unevaluatedProperties": False})
    with pytest.raises(UnsupportedSchemaError, match="const"):  # not a draft-4 keyword
        compile_schema({"type": "object", "properties": {"a": {"const": 1}}})


def test_draft_2020_12_keywords_agree_with_jsonschema() -> None:
    schema = {
        "$schema": DRAFT2020,
        "type": "object",
        "properties": {
            "kind": {"const": "a"},
            "count": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 5},
            "pair": {"type": "array", "prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
            "tags": {"type": "array", "uniqueItems": True, "contains": {"const": "x"}, "maxContains": 1},
            "tree": {"$ref": "#/$defs/node"},
            "either": {"if": {"type": "string"}, "then": {"minLength": 2}, "else": {"type": "integer"}},
            "map": {
                "type": "object",
                "patternProperties": {"^x-": {"type": "integer"}},
                "propertyNames": {"maxLength": 4},
                "additionalProperties": False,
                "minProperties": 1,
            },
            "nullable": {"type": ["string", "null"]},
            "nothing": False,
        },
        "dependentRequired": {"kind": ["count"]},
        "$defs": {
            "node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}, "v": {"type": "integer"}}}
        },
    }
    reference = jsonschema.Draft202012Validator(schema)
    compiled = compile_schema(schema)
    cases: list[Any] = [
        {},
        {"kind": "a"},
        {"kind": "a", "count": 1},
        {"kind": "b", "count": 1},
        {"count": 0},
        {"count": 2.0},
        {"count": 5},
        {"pair": ["a", 1, 2]},
        {"pair": [1]},
        {"pair": ["a", "b"]},
        {"tags": ["x", "y"]},
        {"tags": ["x", "x"]},
        {"tags": ["y"]},
        {"tags": ["x", 1, 1.0]},
        {"tree": {"child": {"child": {"v": 1}}}},
        {"tree": {"child": {"child": {"v": "1"}}}},
        {"either": "ab"},
        {"either": "a"},
        {"either": 3},
        {"either": 3.5},
        {"map": {"x-a": 1}},
        {"map": {"x-a": "1"}},
        {"map": {"x-abc": 1}},
        {"map": {"y": 1}},
        {"map": {}},
        {"nullable": None},
        {"nullable": 1},
        {"nothing": 1},
        [],
    ]
    for case in cases:
        expected = reference.is_valid(case)
        assert compiled.is_valid(case) is expected, case
        assert (not [p for p in compiled.problems(case) if p.severity == "error"]) is expected, case


def test_generic_draft4_keywords_agree_with_jsonschema() -> None:
    schema = {
        "type": "object",
        "required": ["tags"],
        "properties": {
            "tags": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}, "minItems": 1, "maxItems": 2},
            "step": {"type": "number", "multipleOf": 0.5, "minimum": 0, "exclusiveMinimum": True},
            "count": {"type": "integer", "maximum": 3, "exclusiveMaximum": True},
            "mode": {"oneOf": [{"type": "string"}, {"type": "string", "enum": ["a"]}]},
            "any": {"not": {"type": "null"}},
            "extra": {"type": "object", "additionalProperties": {"type": "integer"}},
            "both": {"allOf": [{"type": "string"}, {"maxLength": 2}]},
            "nullable": {"type": ["string", "null"], "enum": ["x", None]},
        },
        "additionalProperties": False,
    }
    reference = jsonschema.Draft4Validator(schema)
    compiled = compile_schema(schema)
    cases: list[Any] = [
        {"tags": ["a"]},
        {"tags": []},
        {"tags": ["a", "b", "c"]},
        {"tags": ["A"]},
        {"tags": [1]},
        {"tags": ["a"], "step": 0},
        {"tags": ["a"], "step": 1.5},
        {"tags": ["a"], "step": 1.2},
        {"tags": ["a"], "count": 3},
        {"tags": ["a"], "count": 2.0},
        {"tags": ["a"], "count": 2},
        {"tags": ["a"], "mode": "a"},
        {"tags": ["a"], "mode": "b"},
        {"tags": ["a"], "any": None},
        {"tags": ["a"], "any": 0},
        {"tags": ["a"], "extra": {"x": 1}},
        {"tags": ["a"], "extra": {"x": "1"}},
        {"tags": ["a"], "both": "abc"},
        {"tags": ["a"], "both": "ab"},
        {"tags": ["a"], "nullable": None},
        {"tags": ["a"], "nullable": "y"},
        {"tags": ["a"], "other": 1},
        [],
        None,
    ]
    for case in cases:
        expected = reference.is_valid(case)
        assert compiled.is_valid(case) is expected, case
        assert (not compiled.problems(case)) is expected, case


def test_validation_imports_nothing_heavy() -> None:
    code = (
        "import sys, tts_sdk; tts_sdk.validate({'model': 'tts-1', 'input': 'x', 'voice': 'alloy'});"
        "print(sorted(sys.modules))"
    )
    modules = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for heavy in ("httpx", "attrs", "typing", "dataclasses", "importlib.resources"):
        assert f"'{heavy}'" not in modules, heavy
