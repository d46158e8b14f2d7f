"""Requests built from the catalog, for tests that cover every spec (never a hand-kept list of models)."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlsplit

from tts_sdk._core._catalog import SpecInfo, api_of, specs
from tts_sdk._core._schema import Parts, schema_at, set_path

from tests._payloads import valid_value


def model_of(spec: SpecInfo) -> str:
    """A model id the spec serves (OpenAI's: ``gpt-4o-mini-tts``, which takes every word; a spec that lists none:
    its model field's default)."""
    if "gpt-4o-mini-tts" in spec.models:
        return "gpt-4o-mini-tts"
    if spec.models:
        return spec.models[0]
    return str(spec.defaults.get(spec.fields.get("model") or "model", "any-model"))


def voice_of(spec: SpecInfo) -> str | None:
    """A voice the spec takes: one it lists, else (a required free-form id: ElevenLabs', Cartesia's) a made-up
    one, else none."""
    if spec.voices:
        return str(spec.voices[0])
    return "tts-sdk-test-voice" if "voice" in spec.required else None


def route_of(spec: SpecInfo, role: str = "create") -> str:
    """The path the embedded server (or any server at one base URL) answers a role's operation at, with its path
    parameters still in braces."""
    return urlsplit(api_of(spec).base_url).path.rstrip("/") + spec.operations[role].path


def filled(path: str, parts: Parts) -> str:
    """A route with its path parameters filled in from ``parts`` (as the client percent-encodes them)."""
    from urllib.parse import quote  # noqa: PLC0415

    for name, value in parts.path.items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    return path


def minimal_payload(spec: SpecInfo, text: str = "Hello there.") -> dict[str, Any]:
    """The smallest valid body: model, the text at the spec's text field, a voice and a format where the spec
    requires them (as the facade sends them), and any other required field."""
    from tts_sdk._core._vocabulary import build_request  # noqa: PLC0415

    words = {"text": text, "voice": voice_of(spec) if "voice" in spec.required else None}
    payload = build_request(spec, model_of(spec), words, None).body
    set_path(payload, str(spec.fields["text"]), text)
    schema = spec.request_schema()
    rng = random.Random(0)
    for name in schema.get("required", []):
        if name not in payload:
            payload[name] = (
                spec.voices[0] if name == spec.fields.get("voice") else valid_value(schema_at(schema, name) or {}, rng)
            )
    return payload


def seen_parts(spec: SpecInfo, seen: Any, role: str = "create") -> Parts:
    """What a recording server saw (a ``tests._loopback.Seen``), as the parts of a request to ``spec``: the JSON
    body, the path parameters (matched against the operation's path), the query (text) and the headers."""
    import re  # noqa: PLC0415
    from urllib.parse import parse_qs, unquote  # noqa: PLC0415

    parts = Parts(seen.json() if seen.body else {})
    url = urlsplit(seen.path)
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(route_of(spec, role)))
    matched = re.fullmatch(pattern, url.path)
    assert matched is not None, (seen.path, route_of(spec, role))
    parts.path = {name: unquote(value) for name, value in matched.groupdict().items()}
    parts.query = {name: values[0] if len(values) == 1 else values for name, values in parse_qs(url.query).items()}
    parts.header = dict(seen.headers)
    return parts


def specs_of(api: str) -> list[SpecInfo]:
    """Every spec of one API (``aiml``: every model the AIML API serves)."""
    return [spec for spec in specs() if spec.api == api]


def aiml_specs() -> list[SpecInfo]:
    """Every spec the AIML API serves."""
    return specs_of("aiml")
