"""``GET /openapi.json``: the document this server implements, built from the request schemas the client
validates with (the generated packages' ``request.schema.json``, the patched specs), every AIML model plus
OpenAI's, with the responses and error statuses the server really sends and its deliberate deviations."""

from __future__ import annotations

import copy

from tts_sdk import __version__
from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._schema import schema_at, set_path
from tts_sdk.server._choices import choices
from tts_sdk.server._encode import FORMATS, UnsupportedFormatError, media_type

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from tts_sdk.server._app import ServerState

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type"],
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "code": {"description": "OpenAI route: a string or null; AIML route: the status"},
                "param": {"type": "string", "nullable": True},
            },
        },
        "problems": {
            "type": "array",
            "description": "Every problem found, each at its JSON path.",
            "items": {
                "type": "object",
                "required": ["path", "message"],
                "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}
_AIML_ANSWER = {
    "type": "object",
    "required": ["audio"],
    "properties": {
        "audio": {
            "type": "object",
            "required": ["url"],
            "properties": {"url": {"type": "string", "format": "uri"}},
        },
        "meta": {
            "type": "object",
            "properties": {
                "usage": {
                    "type": "object",
                    "properties": {"credits_used": {"type": "number"}, "usd_spent": {"type": "number"}},
                }
            },
        },
    },
}
#: One server-sent event, as OpenAPI 3.0 and 3.1 describe each event of a stream (3.2's ``itemSchema``).
_EVENT = {
    "type": "object",
    "required": ["data"],
    "properties": {
        "event": {"type": "string"},
        "data": {
            "type": "string",
            "description": 'JSON: {"type": "speech.audio.delta", "audio": <base64>}, then '
            '{"type": "speech.audio.done", "usage": {...}}',
        },
    },
}
_BINARY = {"schema": {"type": "string", "format": "binary"}}
_ERRORS = {
    "400": "The body is not JSON (or holds NaN, Infinity, a lone surrogate, too deep a nesting), a format this "
    "server cannot make, or (OpenAI route) a body that fails the schema",
    "401": "A key is required (--require-key) and the request has none or another",
    "408": "The body did not arrive in time",
    "413": "The body is over the size limit",
    "415": "The body is not application/json",
    "503": "The synthesis queue is full",
}
_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer", "minimum": 1}}}


def document(state: ServerState) -> dict[str, Any]:
    """The OpenAPI 3.0 document of this server (3.0: the schemas are draft 4's, as the validator reads them)."""
    aiml = [spec for spec in specs() if spec.provider == "aiml"]
    deviations: list[str] = []
    aiml_schemas = [_servable(spec, deviations) for spec in aiml]
    openai = _servable(state.openai_spec, deviations)
    # OpenAI answers stream_format "sse" for tts-1 and tts-1-hd with 400, and so does this server.
    openai["not"] = {
        "required": ["model", "stream_format"],
        "properties": {"model": {"enum": ["tts-1", "tts-1-hd"]}, "stream_format": {"enum": ["sse"]}},
    }
    deviations.append("OpenAI route: stream_format 'sse' is refused for tts-1 and tts-1-hd (as OpenAI does)")
    aiml_paths = sorted({spec.path for spec in aiml})
    paths: dict[str, Any] = {}
    for path in aiml_paths:
        served = [schema for spec, schema in zip(aiml, aiml_schemas, strict=True) if spec.path == path]
        paths[path] = {"post": _aiml_operation(served, path)}
    paths["/v1/audio/speech"] = {"post": _openai_operation(openai)}
    paths["/v1/files/{name}"] = {"get": _file_operation()}
    paths["/healthz"] = {"get": _plain("health", "Always ok while the server runs")}
    paths["/openapi.json"] = {"get": _plain("openapi", "This document")}
    described = "; ".join(deviations)
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": "tts-sdk embedded server",
            "version": __version__,
            "description": "A local stand-in for the AIML and OpenAI speech APIs (espeak-ng speech). "
            f"Deliberate deviations from the upstream specs: {described}.",
            "x-tts-sdk-deviations": deviations,
        },
        "servers": [{"url": state.public_url or "http://127.0.0.1"}],
        "paths": paths,
        "components": {"schemas": {"Error": _ERROR, "AimlAnswer": _AIML_ANSWER}},
    }
    if state.require_key is not None:
        document["components"]["securitySchemes"] = {"key": {"type": "http", "scheme": "bearer"}}
        document["security"] = [{"key": []}]
    return document


def _servable(spec: SpecInfo, deviations: list[str]) -> dict[str, Any]:
    """The spec's request schema without the format values this server cannot make (each noted)."""
    schema = copy.deepcopy(spec.request_schema())
    schema.pop("$schema", None)
    for path in spec.format_fields:
        field = schema_at(schema, path)
        refused = [value for value in spec.values.get(path, []) if not _can_make(spec, path, value)]
        if not refused or field is None:
            continue
        _drop_values(field, refused)
        deviations.append(f"{spec.name}: {path} {', '.join(map(repr, refused))} refused (no encoder)")
    return schema


def _can_make(spec: SpecInfo, path: str, value: Any) -> bool:
    """Can the server make what a format value asks for (``aac``: no, libsndfile has no AAC encoder)?"""
    payload: dict[str, Any] = {}
    set_path(payload, path, value)
    try:
        media_type(choices(spec, payload)[1])
    except UnsupportedFormatError:
        return False
    return True


def _drop_values(schema: dict[str, Any], refused: list[Any]) -> None:
    if "enum" in schema:
        schema["enum"] = [value for value in schema["enum"] if value not in refused]
        if schema.get("default") in refused:
            del schema["default"]
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
        if isinstance(branch, dict):
            _drop_values(branch, refused)


def _errors(*statuses: str) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for status in statuses:
        responses[status] = {
            "description": _ERRORS[status],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        if status == "503":
            responses[status]["headers"] = _RETRY_AFTER
    return responses


def _aiml_operation(schemas: list[dict[str, Any]], path: str) -> dict[str, Any]:
    return {
        "operationId": "aiml_create_speech" if path == "/v1/tts" else f"aiml_{path.strip('/').replace('/', '_')}",
        "summary": "AIML: a link to the speech (or, with Accept: audio/wav, the WAV itself)",
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": schemas}}}},
        "responses": {
            "200": {
                "description": "A link to the audio, which GET /v1/files/{name} serves",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/AimlAnswer"}},
                    "audio/wav": _BINARY,
                },
            },
            **_errors("400", "401", "408", "413", "415", "503"),
            "422": {
                "description": "The body fails the schema of its model (every problem listed), or names no model here",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
    }


def _openai_operation(schema: dict[str, Any]) -> dict[str, Any]:
    audio = {kind: _BINARY for kind in sorted({spec[0] for spec in FORMATS.values()})}
    return {
        "operationId": "openai_create_speech",
        "summary": "OpenAI: the audio itself, streamed as it is made (pcm, wav), or as server-sent events",
        "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
        "responses": {
            "200": {
                "description": "The audio (24 kHz), or speech.audio.delta events then speech.audio.done",
                "content": {**audio, "text/event-stream": {"schema": _EVENT}},
            },
            **_errors("400", "401", "408", "413", "415", "503"),
        },
    }


def _file_operation() -> dict[str, Any]:
    audio = {kind: _BINARY for kind in sorted({spec[0] for spec in FORMATS.values()})}
    return {
        "operationId": "get_audio_file",
        "summary": "Audio the AIML route made (kept an hour at most)",
        "description": "No key: the random name is the credential, as with AIML's links (fetched without one).",
        "security": [],
        "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {
            "200": {"description": "The audio", "content": audio},
            "404": {
                "description": "No such file: it expired or never existed",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            },
        },
    }


def _plain(name: str, description: str) -> dict[str, Any]:
    return {
        "operationId": name,
        "summary": description,
        "security": [],
        "responses": {"200": {"description": description, "content": {"application/json": {"schema": {}}}}},
    }
