"""Fix upstream defects by class, on any spec of the family, and say what was fixed.

Runs on the patched document (after the overlays) and before both the request JSON Schema and the
generation-ready document are derived from it, so validation, the server and the typed models see the
same repaired values. Every fix is recorded as a one-line note (kept in ``catalog.json``); the classes are
listed in docs/overlays.md:

- a response without ``description`` gets one (OpenAPI requires it; the generator refuses the spec);
- an ``enum`` without ``type`` gets the type its values share;
- a ``default`` that fails its own schema is coerced when that is lossless (``"32000"`` for an integer
  enum becomes ``32000``), else dropped;
- a property whose schema admits one value, which is also its default (``stream: enum [false]``), is left
  out of the typed model: it can only ever be sent as the API assumes it anyway. Validation keeps it;
- the operation is named ``create_speech`` and loses its ``tags`` (upstream renames them: the generated module
  would move and be renamed with them).
"""

from __future__ import annotations

import copy
import math
from typing import Any

from generator._degrade import OMIT_FROM_MODEL
from generator._normalize import OPERATION_ID, find_operation
from generator._project import SpecEntry

_HTTP_REASONS = {"200": "OK", "201": "Created", "202": "Accepted", "204": "No Content"}
_NOTHING = object()
_TYPE_OF = {str: "string", bool: "boolean", int: "integer", float: "number"}


def repair(document: dict[str, Any], entry: SpecEntry) -> tuple[dict[str, Any], list[str]]:
    """A repaired copy of ``document`` and the notes saying what was fixed, at which JSON path."""
    result = copy.deepcopy(document)
    notes: list[str] = []
    operation = find_operation(result, entry)
    where = f"$.paths[{entry.api.path!r}].{entry.api.method}"
    if operation.get("operationId") != OPERATION_ID:
        notes.append(f"{where}.operationId: {operation.get('operationId')!r} renamed {OPERATION_ID!r}")
        operation["operationId"] = OPERATION_ID
    if "tags" in operation:
        notes.append(f"{where}.tags: {operation.pop('tags')!r} dropped (they would move the generated module)")
    seen: set[str] = set()
    for status, response in sorted(operation.get("responses", {}).items()):
        if isinstance(response, dict) and "$ref" not in response and not response.get("description"):
            reason = _HTTP_REASONS.get(str(status), "Response")
            response["description"] = reason
            notes.append(f"{where}.responses[{status!r}].description: missing; set to {reason!r}")
        for media, content in (response.get("content", {}) if isinstance(response, dict) else {}).items():
            if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                path = f"{where}.responses[{status!r}].content[{media!r}].schema"
                _walk(result, content["schema"], path, notes, seen, request=False)
    for media, content in operation.get("requestBody", {}).get("content", {}).items():
        if isinstance(content, dict) and isinstance(content.get("schema"), dict):
            path = f"{where}.requestBody.content[{media!r}].schema"
            _walk(result, content["schema"], path, notes, seen, request=True)
    return result, notes


def _walk(
    document: dict[str, Any], schema: dict[str, Any], path: str, notes: list[str], seen: set[str], *, request: bool
) -> None:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen or not ref.startswith("#/components/schemas/"):
            return
        seen.add(ref)
        target = document.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1])
        if isinstance(target, dict):
            _walk(document, target, f"$.components.schemas[{ref.rsplit('/', 1)[-1]!r}]", notes, seen, request=request)
        return
    _type_untyped_enum(schema, path, notes)
    _repair_default(schema, path, notes)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, sub in properties.items():
            if not isinstance(sub, dict):
                continue
            _walk(document, sub, f"{path}.properties.{name}", notes, seen, request=request)
            values = sub.get("enum")
            only = values[0] if isinstance(values, list) and len(values) == 1 else _NOTHING
            if request and "default" in sub and sub["default"] == only and not sub.get(OMIT_FROM_MODEL):
                sub[OMIT_FROM_MODEL] = True
                notes.append(
                    f"{path}.properties.{name}: admits only its default {only!r}; "
                    "left out of the typed model (validation still checks it)"
                )
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            _walk(document, schema[key], f"{path}.{key}", notes, seen, request=request)
    for key in ("oneOf", "anyOf", "allOf"):
        if isinstance(schema.get(key), list):
            for index, sub in enumerate(schema[key]):
                if isinstance(sub, dict):
                    _walk(document, sub, f"{path}.{key}[{index}]", notes, seen, request=request)


def _type_untyped_enum(schema: dict[str, Any], path: str, notes: list[str]) -> None:
    values = schema.get("enum")
    if "type" in schema or not isinstance(values, list) or not values:
        return
    kinds = {_TYPE_OF.get(type(value)) for value in values if value is not None}
    if len(kinds) == 1 and None not in kinds:
        kind = kinds.pop()
        schema["type"] = kind
        notes.append(f"{path}.type: an enum without a type; set to {kind!r}, the type of all its values")


def _repair_default(schema: dict[str, Any], path: str, notes: list[str]) -> None:
    if "default" not in schema or _fits(schema["default"], schema):
        return
    value = schema["default"]
    coerced = _coerce(value, schema.get("type"))
    if coerced is not None and _fits(coerced, schema):
        schema["default"] = coerced
        notes.append(f"{path}.default: {value!r} fails its own schema; coerced to {coerced!r} (lossless)")
    else:
        del schema["default"]
        notes.append(f"{path}.default: {value!r} fails its own schema and has no lossless coercion; dropped")


def _fits(value: Any, schema: dict[str, Any]) -> bool:
    """Does ``value`` pass the type, enum and bounds of ``schema`` (the checks a default can fail alone)?"""
    kind = schema.get("type")
    if isinstance(kind, str) and not _has_type(value, kind) and not (value is None and schema.get("nullable")):
        return False
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(schema.get("minimum"), int | float) and value < schema["minimum"]:
            return False
        if isinstance(schema.get("maximum"), int | float) and value > schema["maximum"]:
            return False
    return True


def _has_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    expected = {"string": str, "boolean": bool, "object": dict, "array": list}.get(kind)
    return expected is None or isinstance(value, expected)


def _coerce(value: Any, kind: Any) -> Any:
    """``value`` as ``kind`` when the conversion loses nothing (its text form round-trips), else None."""
    if kind == "integer":
        if isinstance(value, str) and value.strip().lstrip("-").isdigit() and str(int(value)) == value.strip():
            return int(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
    if kind == "number" and isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        if math.isfinite(number) and repr(number) in (value, value + ".0"):
            return number
        if number.is_integer() and str(int(number)) == value:
            return int(number)
    if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return None
