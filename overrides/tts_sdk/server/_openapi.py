"""``GET /openapi.json``: the document this server implements, built from the request schemas the client
validates with (the generated packages' ``request.schema.json``, the patched specs), every AIML model plus
OpenAI's, with the responses and error statuses the server really sends and its deliberate deviations."""

from __future__ import annotations

import copy

from tts_sdk import __version__
from tts_sdk._core._catalog import ApiInfo, SpecInfo, apis
from tts_sdk._core._schema import Parts, schema_at
from tts_sdk.server._choices import choices
from tts_sdk.server._encode import FORMATS, UnsupportedFormatError, media_type
from tts_sdk.server._routes import SpeechRoute, speech_routes
from tts_sdk.server._shapes import PLAIN_ERROR

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from tts_sdk.server._app import ServerState

#: Every problem found, each at its JSON path: added to any API's error body.
_PROBLEMS = {
    "type": "array",
    "description": "Every problem found, each at its JSON path.",
    "items": {
        "type": "object",
        "required": ["path", "message"],
        "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
    },
}
#: What each placeholder of an error template holds.
_PLACEHOLDERS: dict[str, Any] = {
    "{message}": {"type": "string"},
    "{type}": {"type": "string"},
    "{status}": {"type": "integer"},
    "{code}": {"description": "A short code, or null"},
    "{param}": {"type": ["string", "null"]},
    "{request_id}": {"type": ["string", "null"]},
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
    """The OpenAPI 3.1 document of this server: the request schemas of every API as its own dialect reads them
    (draft 4's for OpenAPI 3.0 documents, said the 2020-12 way: :func:`_modern`)."""
    deviations: list[str] = []
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {"AimlAnswer": _AIML_ANSWER, "Error": _error_schema(PLAIN_ERROR)}
    for route in speech_routes():
        served = [_servable(spec, route.role, deviations) for spec in route.specs]
        refused = sorted({model for spec in route.specs for model in (route.api.events or {}).get("not_for", [])})
        if refused and route.events_body(route.specs[0]):
            # OpenAI answers stream_format "sse" for tts-1 and tts-1-hd with 400, and so does this server.
            body = route.events_body(route.specs[0]) or {}
            for schema in served:
                schema["not"] = {
                    "required": [str(route.specs[0].fields.get("model") or "model"), *body],
                    "properties": {
                        "model": {"enum": refused},
                        **{key: {"enum": [value]} for key, value in body.items()},
                    },
                }
            deviations.append(f"{route.name}: events are refused for {', '.join(refused)} (as the API does)")
        schemas[f"{route.api.name}_error"] = _error_schema(route.api.error)
        operation = _speech_operation(route, served, state, deviations)
        paths.setdefault(route.path, {})[route.method.lower()] = operation
    paths["/v1/files/{name}"] = {"get": _file_operation()}
    paths["/healthz"] = {"get": _plain("health", "Always ok while the server runs")}
    paths["/openapi.json"] = {"get": _plain("openapi", "This document")}
    described = "; ".join(deviations)
    names = ", ".join(sorted({route.api.name for route in speech_routes()}))
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "tts-sdk embedded server",
            "version": __version__,
            "description": f"A local stand-in for the speech APIs of {names} (espeak-ng speech). "
            f"Deliberate deviations from the upstream specs: {described}.",
            "x-tts-sdk-deviations": deviations,
        },
        "servers": [{"url": state.public_url or "http://127.0.0.1"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    if state.require_key is not None:
        document["components"]["securitySchemes"] = {
            f"{name}_key": {"type": "http", "scheme": "bearer"}
            if (api.auth.header, api.auth.scheme) == ("Authorization", "Bearer")
            else {"type": "apiKey", "in": "header", "name": api.auth.header}
            for name, api in apis().items()
        }  # fmt: skip
    return document


def _servable(spec: SpecInfo, role: str, deviations: list[str]) -> dict[str, Any]:
    """The request schema of a role's operation without the format values this server cannot make (each noted)."""
    schema: dict[str, Any] = _modern(copy.deepcopy(spec.request_schema(role)))
    schema.pop("$schema", None)
    for path in spec.format_fields:
        field = schema_at(schema, path) if ":" not in path else None
        refused = [value for value in spec.values.get(path, []) if not _can_make(spec, path, value)]
        if not refused or field is None:
            continue
        _drop_values(field, refused)
        deviations.append(f"{spec.name}: {path} {', '.join(map(repr, refused))} refused (no encoder)")
    return schema


def _modern(schema: Any) -> Any:
    """A draft-4 schema said in draft 2020-12 (what an OpenAPI 3.1 document holds): boolean ``exclusiveMinimum``
    and ``exclusiveMaximum`` become the bounds themselves. Everything else reads the same in both."""
    if isinstance(schema, list):
        return [_modern(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: _modern(value) for key, value in schema.items()}
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        # popped whenever boolean: False says nothing; True makes the bound exclusive
        if isinstance(result.get(exclusive), bool) and result.pop(exclusive) and bound in result:
            result[exclusive] = result.pop(bound)
    return result


def _parameters(route: SpeechRoute, deviations: list[str]) -> list[dict[str, Any]]:
    """The route's path and query parameters (of its first spec: every spec of an API shares its operation's),
    without the format values this server cannot make. Headers are read but not checked: not declared."""
    spec = route.specs[0]
    found = []
    for location, schema in spec.parameters_schema(route.role).items():
        if location == "header":
            continue
        for name, declared in schema.get("properties", {}).items():
            parameter_schema = _modern(copy.deepcopy(declared))
            located = f"{location}:{name}"
            if located in spec.format_fields:
                refused = [value for value in spec.values.get(located, []) if not _can_make(spec, located, value)]
                if refused:
                    _drop_values(parameter_schema, refused)
                    deviations.append(f"{spec.name}: {located} {', '.join(map(repr, refused))} refused (no encoder)")
            found.append({"name": name, "in": location, "required": name in schema.get("required", []),
                          "schema": parameter_schema})  # fmt: skip
    return found


def _can_make(spec: SpecInfo, path: str, value: Any) -> bool:
    """Can the server make what a format value asks for (``aac``: no, libsndfile has no AAC encoder)? Where several
    fields choose the format, a value is judged in each facade format's assignment (Cartesia's ``container: raw``
    is pcm; a ``sample_rate`` of 8000 is any format at 8 kHz)."""
    assignments = [{**found, path: value} for found in spec.formats.values()] + [{path: value}]
    for assignment in assignments:
        parts = Parts()
        for located, held in assignment.items():
            parts.set(located, held)
        try:
            media_type(choices(spec, parts)[1])
        except UnsupportedFormatError:
            continue
        return True
    return False


def _drop_values(schema: dict[str, Any], refused: list[Any]) -> None:
    if "enum" in schema:
        schema["enum"] = [value for value in schema["enum"] if value not in refused]
        if schema.get("default") in refused:
            del schema["default"]
    for branch in schema.get("anyOf", []) + schema.get("oneOf", []):
        if isinstance(branch, dict):
            _drop_values(branch, refused)


def _errors(api: ApiInfo | None, *statuses: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{api.name}_error" if api is not None else "#/components/schemas/Error"}
    responses: dict[str, Any] = {}
    for status in statuses:
        responses[status] = {"description": _ERRORS[status], "content": {"application/json": {"schema": schema}}}
        if status == "503":
            responses[status]["headers"] = _RETRY_AFTER
    return responses


def _speech_operation(
    route: SpeechRoute, schemas: list[dict[str, Any]], state: ServerState, deviations: list[str]
) -> dict[str, Any]:
    """One speech operation: its body (one schema per spec the route serves), parameters, answers and errors."""
    api = route.api
    audio = {kind: _BINARY for kind in sorted({spec[0] for spec in FORMATS.values()})}
    events = route.role == "events" or route.events_body(route.specs[0]) is not None
    if api.answer == "audio-or-link" and route.role == "create":
        answers = {"application/json": {"schema": {"$ref": "#/components/schemas/AimlAnswer"}}, "audio/wav": _BINARY}
        summary = "a link to the speech (or, with Accept: audio/wav, the WAV itself)"
    elif route.role == "events":
        answers, summary = {}, "the speech as server-sent events"
    else:
        answers, summary = dict(audio), "the audio itself, streamed as it is made"
    if events:
        # One server-sent event, as OpenAPI 3.0 and 3.1 describe each event of a stream (3.2's ``itemSchema``):
        # its ``data`` is the JSON the spec's event schema describes.
        event = {key: value for key, value in _modern(route.specs[0].events_schema() or {}).items() if key != "$schema"}
        data: dict[str, Any] = {"type": "string", "contentMediaType": "application/json"}
        if event:
            data["contentSchema"] = event
        wrapper: dict[str, Any] = {
            "type": "object",
            "required": ["data"],
            "properties": {"event": {"type": "string"}, "data": data},
        }
        answers["text/event-stream"] = {"schema": wrapper}
    invalid = str(api.invalid_status)
    operation: dict[str, Any] = {
        "operationId": route.name,
        "summary": f"{api.name}: {summary}",
        "requestBody": {"required": True, "content": {"application/json": {"schema": _one_of(schemas)}}},
        "responses": {
            "200": {"description": "The speech", "content": answers},
            **_errors(api, "400", "401", "408", "413", "415", "503"),
            invalid: {
                "description": "The request fails the schema of its model (every problem listed), or names no model "
                "here",
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{api.name}_error"}}},
            },
        },
    }
    parameters = _parameters(route, deviations)
    if parameters:
        operation["parameters"] = parameters
    if state.require_key is not None:
        operation["security"] = [{f"{api.name}_key": []}]
    return operation


def _one_of(schemas: list[dict[str, Any]]) -> dict[str, Any]:
    return schemas[0] if len(schemas) == 1 else {"oneOf": schemas}


def _error_schema(template: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of an API's error body, read from its template (and the problems the server adds)."""

    def of(node: Any) -> dict[str, Any]:
        if isinstance(node, dict):
            return {
                "type": "object",
                "required": sorted(node),
                "properties": {key: of(value) for key, value in node.items()},
            }
        return dict(_PLACEHOLDERS.get(node, {"type": "string"})) if isinstance(node, str) else {}

    schema = of(template)
    schema["properties"]["problems"] = _PROBLEMS
    return schema


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
