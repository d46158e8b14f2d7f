"""Requests built from the catalog, for tests that cover every spec (never a hand-kept list of models)."""

from __future__ import annotations

import random
from typing import Any

from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._schema import schema_at, set_path

from tests._payloads import valid_value


def model_of(spec: SpecInfo) -> str:
    """A model id the spec serves (OpenAI's spec: ``gpt-4o-mini-tts``)."""
    return spec.models[0] if spec.provider == "aiml" else "gpt-4o-mini-tts"


def minimal_payload(spec: SpecInfo, text: str = "Hello there.") -> dict[str, Any]:
    """The smallest valid body: model, the text at the spec's text field, and any other required field."""
    payload: dict[str, Any] = {"model": model_of(spec)}
    set_path(payload, str(spec.fields["text"]), text)
    schema = spec.request_schema()
    rng = random.Random(0)
    for name in schema.get("required", []):
        if name not in payload:
            payload[name] = (
                spec.voices[0] if name == spec.fields.get("voice") else valid_value(schema_at(schema, name) or {}, rng)
            )
    return payload


def aiml_specs() -> list[SpecInfo]:
    """Every spec the AIML API serves."""
    return [spec for spec in specs() if spec.provider == "aiml"]
