"""Verdicts agree with jsonschema on a hypothesis-jsonschema corpus, for every request schema of the catalog.

Valid payloads come from ``hypothesis_jsonschema.from_schema``; each is also broken one way (a value of
another type, an out-of-range number, an unknown key, a dropped required key), so both verdicts are exercised.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from tts_sdk._validation._compiler import compile_schema

from tests.conftest import REPO

GENERATED = REPO / "generated" / "tts_sdk_generated"
CATALOG = json.loads((GENERATED / "catalog.json").read_text())
BREAKERS: tuple[Any, ...] = (None, 1e9, -1, "x" * 600_000, [], {"a": 1}, True)


def schema_of(package: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((GENERATED / package / "request.schema.json").read_text())
    return schema


@pytest.mark.parametrize("spec", CATALOG["specs"], ids=lambda spec: spec["name"])
def test_verdicts_agree_with_jsonschema_on_generated_payloads(spec: dict[str, Any]) -> None:
    schema = schema_of(spec["package"])
    generation = {key: value for key, value in schema.items() if key != "$schema"}
    reference = jsonschema.validators.validator_for(schema)(schema)
    compiled = compile_schema(schema)
    seen = {"valid": 0, "invalid": 0}

    @seed(20261207)
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(payload=from_schema(generation), breaker=st.sampled_from(BREAKERS), where=st.integers(0, 50))
    def agree(payload: Any, breaker: Any, where: int) -> None:
        variants = [payload]
        if isinstance(payload, dict) and payload:
            keys = sorted(payload, key=str)
            # every other example breaks a required key: drawn payloads carry many optional and unknown keys,
            # whose breaking is often still valid, and the invalid side must be exercised too
            required = [name for name in keys if name in schema.get("required", [])]
            pool = required if required and where % 2 == 0 else keys
            key = pool[where % len(pool)]
            variants += [{**payload, key: breaker}, {**payload, f"unknown{where}": breaker}]
            variants.append({name: value for name, value in payload.items() if name != key})
        for variant in variants:
            expected = reference.is_valid(variant)
            assert compiled.is_valid(variant, False) is expected, variant
            errors = [problem for problem in compiled.problems(variant, False) if problem.severity == "error"]
            assert (not errors) is expected, (variant, errors)
            seen["valid" if expected else "invalid"] += 1

    agree()
    assert seen["valid"] >= 60 and seen["invalid"] >= 30, seen
