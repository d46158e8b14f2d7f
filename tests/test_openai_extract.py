"""overrides/openai-speech.yaml against OpenAI's official spec: field by field, enum by enum, limit by limit."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tests.conftest import OPENAI_SPEC_URL, REPO, published

LIMITS = ("maxLength", "minLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "default")


def load(data: bytes) -> dict[str, Any]:
    return yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # type: ignore[no-any-return]


OFFICIAL = load(published(OPENAI_SPEC_URL))
OURS = load((REPO / "overrides" / "openai-speech.yaml").read_bytes())


def deref(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def variants(document: dict[str, Any], schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The schema with every anyOf/oneOf flattened: the alternatives a value may match."""
    schema = deref(document, schema)
    nested = schema.get("anyOf") or schema.get("oneOf")
    if not nested:
        return [schema]
    return [leaf for sub in nested for leaf in variants(document, sub)]


def summary(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """What a payload author sees of a schema: types, enum values, limits, and object shapes."""
    leaves = variants(document, schema)
    outer = deref(document, schema)
    return {
        "types": sorted({str(leaf.get("type")) for leaf in leaves}),
        "enum": sorted({str(value) for leaf in leaves for value in leaf.get("enum", [])}),
        "limits": {key: outer[key] for key in LIMITS if key in outer},
        "objects": sorted(
            (sorted(leaf.get("properties", {})), sorted(leaf.get("required", [])), leaf.get("additionalProperties"))
            for leaf in leaves
            if leaf.get("type") == "object"
        ),
    }


def request(document: dict[str, Any]) -> dict[str, Any]:
    operation = document["paths"]["/audio/speech"]["post"]
    return deref(document, operation["requestBody"]["content"]["application/json"]["schema"])


def test_server_and_auth() -> None:
    assert OURS["servers"][0]["url"] == OFFICIAL["servers"][0]["url"]
    assert (
        OURS["components"]["securitySchemes"]["ApiKeyAuth"] == OFFICIAL["components"]["securitySchemes"]["ApiKeyAuth"]
    )


def test_request_fields_required_and_extra_properties() -> None:
    ours, official = request(OURS), request(OFFICIAL)
    assert list(ours["properties"]) == list(official["properties"])
    assert ours["required"] == official["required"]
    assert ours.get("additionalProperties") == official.get("additionalProperties")


@pytest.mark.parametrize("field", list(request(OFFICIAL)["properties"]))
def test_request_field_matches(field: str) -> None:
    ours = summary(OURS, request(OURS)["properties"][field])
    official = summary(OFFICIAL, request(OFFICIAL)["properties"][field])
    assert ours == official


def test_response_media_types_and_stream_events() -> None:
    ours = OURS["paths"]["/audio/speech"]["post"]["responses"]
    official = OFFICIAL["paths"]["/audio/speech"]["post"]["responses"]
    assert set(ours["200"]["content"]) == set(official["200"]["content"])
    assert ours["200"]["content"]["application/octet-stream"] == official["200"]["content"]["application/octet-stream"]
    events = {
        name: [
            summary(document, leaf)
            | {"fields": {key: summary(document, value) for key, value in leaf["properties"].items()}}
            for leaf in variants(document, response["200"]["content"]["text/event-stream"]["schema"])
        ]
        for name, document, response in (("ours", OURS, ours), ("official", OFFICIAL, official))
    }
    assert events["ours"] == events["official"]
    assert "429" in ours and "Retry-After" in ours["429"]["headers"]
