"""A seeded generator of request payloads, valid and mutated, built from a request JSON Schema."""

from __future__ import annotations

import copy
import random
import string
from typing import Any

MUTATIONS = ("wrong_type", "out_of_range", "too_long", "empty", "bad_enum", "missing_required", "null")
_LONG_CACHE: dict[int, str] = {}


def valid_value(schema: dict[str, Any], rng: random.Random) -> Any:
    """A value ``schema`` accepts (usually: ``oneOf`` branches that overlap may make it invalid)."""
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return valid_value({**{k: v for k, v in schema.items() if k != key}, **rng.choice(schema[key])}, rng)
    if "allOf" in schema:
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        for branch in schema["allOf"]:
            merged["properties"] = {**merged.get("properties", {}), **branch.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *branch.get("required", [])]
            merged.update({key: value for key, value in branch.items() if key not in ("properties", "required")})
        return valid_value(merged, rng)
    if "enum" in schema:
        return rng.choice([value for value in schema["enum"] if value is not None])
    kind = schema.get("type")
    kind = next((item for item in kind if item != "null"), None) if isinstance(kind, list) else kind
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "null":
        return None
    if kind == "string":
        low, high = schema.get("minLength", 0), min(schema.get("maxLength", 40), 40)
        return "".join(rng.choice(string.ascii_letters + " é") for _ in range(rng.randint(max(low, 1), max(high, 1))))
    if kind in ("number", "integer"):
        low, high = schema.get("minimum", 0), schema.get("maximum", 10)
        return rng.randint(int(low) + 1, int(high)) if kind == "integer" else round(rng.uniform(low, high), 3)
    if kind == "boolean":
        return rng.choice([True, False])
    if kind == "array":
        low, high = schema.get("minItems", 0), min(schema.get("maxItems", 3), 3)
        return [valid_value(schema.get("items", {}), rng) for _ in range(rng.randint(low, max(low, high)))]
    if kind == "object":
        properties = schema.get("properties", {})
        chosen = set(schema.get("required", [])) | {name for name in properties if rng.random() < 0.5}
        return {name: valid_value(sub, rng) for name, sub in properties.items() if name in chosen}
    return "value"


def _long(length: int) -> str:
    if length not in _LONG_CACHE:
        _LONG_CACHE[length] = "x" * length
    return _LONG_CACHE[length]


def mutate(payload: dict[str, Any], schema: dict[str, Any], rng: random.Random) -> str:
    """Apply one random mutation in place; return its name."""
    properties = schema["properties"]
    name = rng.choice(list(properties))
    sub = properties[name]
    kind = rng.choice(MUTATIONS)
    if kind == "wrong_type":
        payload[name] = rng.choice([123, 4.5, True, "text", [], {"a": 1}])
    elif kind == "out_of_range" and ("minimum" in sub or "maximum" in sub):
        payload[name] = sub.get("maximum", 0) + 1 if rng.random() < 0.5 else sub.get("minimum", 0) - 0.125
    elif kind == "too_long" and "maxLength" in sub:
        payload[name] = _long(sub["maxLength"] + 1)
    elif kind == "empty":
        payload[name] = rng.choice(["", {}, []])
    elif kind == "bad_enum":
        payload[name] = rng.choice(["not-a-value", "ALLOY", "mp4", "openai/tts-2", False, 0])
    elif kind == "missing_required" and schema.get("required"):
        payload.pop(rng.choice(schema["required"]), None)
    elif kind == "null":
        payload[name] = None
    else:
        payload["unknown_" + name] = "x"  # an allowed-but-unknown property (only a warning)
    return kind


def payloads(schema: dict[str, Any], count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` payloads: about a third untouched, the rest with 1-3 mutations each."""
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        payload = valid_value(schema, rng)
        if rng.random() >= 1 / 3:
            for _ in range(rng.randint(1, 3)):
                mutate(payload, schema, rng)
        result.append(copy.deepcopy(payload))
    return result
