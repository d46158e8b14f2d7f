"""The bodies the server answers in each API's own shape: its error body (from the ``error`` template of its
``[api.*]`` table) and its events (the event types the table names, completed from the spec's event schema so
that each event is one the spec allows)."""

from __future__ import annotations

import base64
import json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from tts_sdk._core._catalog import ApiInfo


#: The error body of the routes that belong to no API (``/v1/files``, an unknown path).
PLAIN_ERROR = {"error": {"message": "{message}", "type": "{type}", "code": "{status}", "param": "{param}"}}


def error_body(api: ApiInfo, values: dict[str, Any]) -> dict[str, Any]:
    """The API's error body (its ``[api.*]`` table's ``error`` template) holding ``values``."""
    return error_body_of(api.error, values)


def error_body_of(template: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """``template`` with each ``"{name}"`` replaced by ``values[name]`` (a value of its own type: the status stays
    a number, a missing code is null); text around a placeholder is filled in as text."""

    def fill(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: fill(value) for key, value in node.items()}
        if isinstance(node, list):
            return [fill(item) for item in node]
        if isinstance(node, str) and node.startswith("{") and node.endswith("}") and node[1:-1] in values:
            return values[node[1:-1]]
        if isinstance(node, str):
            return node.format_map({key: "" if value is None else value for key, value in values.items()})
        return node

    return fill(template)  # type: ignore[no-any-return]


class EventWriter:
    """Server-sent events in one API's shape: ``delta`` events carrying base64 audio, then ``done`` (with usage
    where the shape has a usage field). Required fields the shape does not name are filled from the spec's event
    schema: a property that admits one value gets it, others the zero of their type."""

    def __init__(self, shape: dict[str, str], schema: dict[str, Any] | None) -> None:
        self.shape, self.schema = shape, schema

    def delta(self, audio: bytes) -> bytes:
        """A delta event carrying ``audio``."""
        return self._event(self.shape["delta"], {self.shape["audio"]: base64.b64encode(audio).decode()})

    def done(self, usage: dict[str, int]) -> bytes:
        """The final event."""
        field = self.shape.get("usage")
        return self._event(self.shape["done"], {field: usage} if field else {})

    def _event(self, kind: str, values: dict[str, Any]) -> bytes:
        body = {self.shape["type"]: kind, **values}
        branch = _branch(self.schema, self.shape["type"], kind) if self.schema is not None else None
        if branch is not None:
            properties = branch.get("properties", {})
            for name in branch.get("required", []):
                if name not in body:
                    body[name] = _filler(properties.get(name, {}))
        return f"data: {json.dumps(body)}\n\n".encode()


def _branch(schema: Any, field: str, kind: str) -> dict[str, Any] | None:
    """The object schema (anywhere in the unions) whose ``field`` admits only ``kind`` and that says most."""
    found: list[dict[str, Any]] = []
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            own = node.get("properties", {}).get(field) if isinstance(node.get("properties"), dict) else None
            if isinstance(own, dict) and (own.get("enum") == [kind] or own.get("const") == kind):
                found.append(node)
            for key in ("allOf", "anyOf", "oneOf"):
                pending.extend(node.get(key, []) if isinstance(node.get(key), list) else [])
    return max(found, key=lambda node: len(node.get("properties", {})), default=None)


def _filler(schema: dict[str, Any]) -> Any:
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = next((item for item in kind if item != "null"), None) if isinstance(kind, list) else kind
    return {"integer": 0, "number": 0, "boolean": False, "string": "", "array": [], "object": {}}.get(str(kind))
