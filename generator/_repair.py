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
- each operation is named for its role (``create_speech``, ``stream_speech``, ``speech_events``) and loses its
  ``tags`` (upstream renames them: the generated module would move and be renamed with them).
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

from generator._degrade import OMIT_FROM_MODEL
from generator._normalize import OPERATION_IDS, find_operation, operations
from generator._project import Operation, SpecEntry

_HTTP_REASONS = {"200": "OK", "201": "Created", "202": "Accepted", "204": "No Content"}
_NOTHING = object()
_TYPE_OF = {str: "string", bool: "boolean", int: "integer", float: "number"}


def repair(document: dict[str, Any], entry: SpecEntry) -> tuple[dict[str, Any], list[str]]:
    """A repaired copy of ``document`` and the notes saying what was fixed, at which JSON path."""
    result = copy.deepcopy(document)
    notes: list[str] = []
    seen: set[str] = set()
    for op in operations(entry):
        _repair_operation(result, find_operation(result, entry, op), op, notes, seen)
    return result, notes


def _repair_operation(
    result: dict[str, Any], operation: dict[str, Any], op: Operation, notes: list[str], seen: set[str]
) -> None:
    where = f"$.paths[{op.path!r}].{op.method}"
    name = OPERATION_IDS[op.role]
    if operation.get("operationId") != name:
        notes.append(f"{where}.operationId: {operation.get('operationId')!r} renamed {name!r}")
        operation["operationId"] = name
    if "tags" in operation:
        notes.append(f"{where}.tags: {operation.pop('tags')!r} dropped (they would move the generated module)")
    _usable_inputs(result, operation, where, notes)
    for index, declared in enumerate(operation.get("parameters") or []):
        parameter, path = declared, f"{where}.parameters[{index}]"
        ref = declared.get("$ref") if isinstance(declared, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
            if ref in seen:
                continue
            seen.add(ref)
            name = ref.rsplit("/", 1)[-1]
            parameter = result.get("components", {}).get("parameters", {}).get(name)
            path = f"$.components.parameters[{name!r}]"
        if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
            _walk(result, parameter["schema"], f"{path}.schema", notes, seen, request=True)
    for status, response in sorted(operation.get("responses", {}).items()):
        if isinstance(response, dict) and "$ref" not in response and not response.get("description"):
            reason = _HTTP_REASONS.get(str(status), "Response")
            response["description"] = reason
            notes.append(f"{where}.responses[{status!r}].description: missing; set to {reason!r}")
        for media, content in (response.get("content", {}) if isinstance(response, dict) else {}).items():
            if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                path = f"{where}.responses[{status!r}].content[{media!r}].schema"
                _walk(result, content["schema"], path, notes, seen, request=False)
    for media, content in (operation.get("requestBody") or {}).get("content", {}).items():
        if isinstance(content, dict) and isinstance(content.get("schema"), dict):
            path = f"{where}.requestBody.content[{media!r}].schema"
            _walk(result, content["schema"], path, notes, seen, request=True)


def _usable_inputs(document: dict[str, Any], operation: dict[str, Any], where: str, notes: list[str]) -> None:
    """A request body that is no object (``null``) is dropped, one that is a ``$ref`` to ``components/requestBodies``
    is inlined; a parameter that is neither an object nor a local ``$ref`` (a string, a reference to another file)
    is dropped. What remains is what every later step can read."""
    body = operation.get("requestBody")
    if "requestBody" in operation and not isinstance(body, dict):
        del operation["requestBody"]
        notes.append(f"{where}.requestBody: {body!r} is no request body object; dropped")
    elif isinstance(body, dict) and isinstance(body.get("$ref"), str):
        name = body["$ref"].rsplit("/", 1)[-1]
        target = document.get("components", {}).get("requestBodies", {}).get(name)
        if body["$ref"].startswith("#/components/requestBodies/") and isinstance(target, dict):
            operation["requestBody"] = copy.deepcopy(target)
            notes.append(f"{where}.requestBody: the $ref to {name!r} inlined")
        else:
            del operation["requestBody"]
            notes.append(f"{where}.requestBody: $ref {body['$ref']!r} names no request body here; dropped")
    parameters = operation.get("parameters")
    if isinstance(parameters, list):
        kept = [item for item in parameters if isinstance(item, dict) and (
            "name" in item or str(item.get("$ref", "")).startswith("#/components/parameters/"))]  # fmt: skip
        for index, item in enumerate(parameters):
            if not any(item is other for other in kept):
                notes.append(f"{where}.parameters[{index}]: {str(item)[:80]!r} is no parameter object; dropped")
        operation["parameters"] = kept
    elif "parameters" in operation:
        notes.append(f"{where}.parameters: {parameters!r} is no list; dropped")
        del operation["parameters"]
    if not _json_body(operation):
        notes.append(f"{where}.requestBody: the operation takes no JSON body: its request schema accepts any payload")


def _json_body(operation: dict[str, Any]) -> bool:
    content = (operation.get("requestBody") or {}).get("content")
    return isinstance(content, dict) and isinstance(content.get("application/json"), dict)


def _walk(
    document: dict[str, Any], schema: dict[str, Any], path: str, notes: list[str], seen: set[str], *, request: bool
) -> None:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if not ref.startswith("#/components/schemas/"):
            return
        target = document.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[-1])
        if ref not in seen and isinstance(target, dict):
            seen.add(ref)
            _walk(document, target, f"$.components.schemas[{ref.rsplit('/', 1)[-1]!r}]", notes, seen, request=request)
        _repair_default(document, schema, path, notes)  # a default beside the $ref: checked against its target
        return
    _type_untyped_enum(schema, path, notes, modern=str(document.get("openapi", "")).startswith("3.1"))
    _drop_repeated_branches(document, schema, path, notes)
    _repair_default(document, schema, path, notes)
    _map_discriminator(document, schema, path, notes)
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


def _map_discriminator(document: dict[str, Any], schema: dict[str, Any], path: str, notes: list[str]) -> None:
    """A ``discriminator`` without a ``mapping`` means each branch is chosen by its component's name; where a
    branch's property admits one other value (``type: enum [speech.audio.delta]``), no instance could match: map
    that value to its branch, as the author meant."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
        return
    name, mapping = discriminator["propertyName"], dict(discriminator.get("mapping") or {})
    added = {}
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key, []) if isinstance(schema.get(key), list) else []:
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if not isinstance(ref, str) or not ref.startswith("#/components/schemas/") or ref in mapping.values():
                continue
            component = ref.rsplit("/", 1)[-1]
            target = document.get("components", {}).get("schemas", {}).get(component, {})
            values = target.get("properties", {}).get(name, {}) if isinstance(target, dict) else {}
            listed = values.get("enum") if isinstance(values, dict) else None
            if isinstance(values, dict) and "const" in values:
                listed = [values["const"]]
            if isinstance(listed, list) and len(listed) == 1 and isinstance(listed[0], str) and listed[0] != component:
                added[listed[0]] = ref
    if added:
        discriminator["mapping"] = {**mapping, **added}
        listing = ", ".join(f"{value!r} -> {ref.rsplit('/', 1)[-1]}" for value, ref in added.items())
        notes.append(f"{path}.discriminator.mapping: branches chosen by their {name!r} values ({listing})")


def _type_untyped_enum(schema: dict[str, Any], path: str, notes: list[str], *, modern: bool) -> None:
    """An enum without a type gets the type its values share; one listing null stays nullable (a ``type`` list with
    ``null`` in OpenAPI 3.1, ``nullable: true`` in 3.0), so the values it admits do not change."""
    values = schema.get("enum")
    if "type" in schema or not isinstance(values, list) or not values:
        return
    kinds = {_TYPE_OF.get(type(value)) for value in values if value is not None}
    if len(kinds) == 1 and None not in kinds:
        kind = kinds.pop()
        if None in values and modern:
            schema["type"] = [kind, "null"]
        else:
            schema["type"] = kind
            if None in values:
                schema["nullable"] = True
        notes.append(f"{path}.type: an enum without a type; set to {schema['type']!r}, the type of all its values")


def _drop_repeated_branches(document: dict[str, Any], schema: dict[str, Any], path: str, notes: list[str]) -> None:
    """A ``oneOf`` listing one branch twice (the same assertions; descriptions may differ) admits nothing that branch
    admits (it matches twice): keep it once."""
    branches = schema.get("oneOf")
    if not isinstance(branches, list):
        return
    kept, seen = [], []
    for branch in branches:
        resolved = json.dumps(_assertions(_resolved(document, branch)), sort_keys=True, default=str)
        if resolved in seen:
            continue
        seen.append(resolved)
        kept.append(branch)
    if len(kept) != len(branches):
        schema["oneOf"] = kept
        notes.append(f"{path}.oneOf: {len(branches) - len(kept)} repeated branch(es) dropped (they matched nothing)")


_ANNOTATIONS = ("title", "description", "example", "examples", "default", "deprecated", "$comment")


def _assertions(schema: Any) -> Any:
    """A schema without its annotations, at every depth: what it admits, for comparing."""
    if isinstance(schema, dict):
        return {key: _assertions(value) for key, value in schema.items() if key not in _ANNOTATIONS}
    if isinstance(schema, list):
        return [_assertions(item) for item in schema]
    return schema


def _resolved(document: dict[str, Any], schema: Any) -> Any:
    """A schema with a local ``$ref`` to a component replaced by the component (siblings kept), once."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        target = document.get("components", {}).get("schemas", {}).get(schema["$ref"].rsplit("/", 1)[-1])
        if isinstance(target, dict) and schema["$ref"].startswith("#/components/schemas/"):
            return {**target, **{key: value for key, value in schema.items() if key != "$ref"}}
    return schema


def _repair_default(document: dict[str, Any], schema: dict[str, Any], path: str, notes: list[str]) -> None:
    if "default" not in schema:
        return
    value = schema["default"]
    target = _resolved(document, schema)
    if _fits(document, value, target):
        return
    kinds = [target.get("type")] + [_resolved(document, branch).get("type")
                                    for key in ("oneOf", "anyOf") for branch in target.get(key, []) or []]  # fmt: skip
    coerced = next((found for kind in kinds if (found := _coerce(value, kind)) is not None
                    and _fits(document, found, target)), None)  # fmt: skip
    if coerced is not None:
        schema["default"] = coerced
        notes.append(f"{path}.default: {value!r} fails its own schema; coerced to {coerced!r} (lossless)")
    else:
        del schema["default"]
        notes.append(f"{path}.default: {value!r} fails its own schema and has no lossless coercion; dropped")


def _fits(document: dict[str, Any], value: Any, schema: dict[str, Any]) -> bool:
    """Does ``value`` pass the type, enum and bounds of ``schema`` and of one of its ``oneOf``/``anyOf`` branches
    (the checks a default can fail alone)?"""
    branches = [_resolved(document, branch) for key in ("oneOf", "anyOf") for branch in schema.get(key, []) or []]
    if branches and not any(isinstance(b, dict) and _fits(document, value, b) for b in branches):
        return False
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
