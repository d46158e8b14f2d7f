"""Extract the request body schema of the SDK's operation as a self-contained JSON Schema (draft 4).

The result is what payload validation (tts_sdk.validate, the CLI, the embedded server) checks against,
shipped inside the generated package so an installed user needs no spec file. It is taken from the
patched spec *before* generation-only normalization, so constraints the typed model leaves out (such
as ``stream: enum [false]``) are still enforced.
"""

from __future__ import annotations

from typing import Any

from generator._errors import GeneratorError
from generator._normalize import find_operation, resolve
from generator._project import SpecEntry

DRAFT4 = "http://json-schema.org/draft-04/schema#"
#: OpenAPI-only keywords with no meaning for validation.
_DROP = {"discriminator", "xml", "externalDocs", "example", "examples", "deprecated", "readOnly", "writeOnly", "title"}
#: JSON Schema keywords newer than draft 4: refuse rather than silently not check them.
_UNSUPPORTED = {
    "const",
    "prefixItems",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "$defs",
}


def request_schema(document: dict[str, Any], entry: SpecEntry) -> dict[str, Any]:
    """The JSON Schema of the operation's ``application/json`` request body, with every ``$ref`` inlined."""
    operation = find_operation(document, entry)
    where = (
        f"{entry.name}: $.paths[{entry.api.path!r}].{entry.api.method}.requestBody.content['application/json'].schema"
    )
    try:
        schema = operation["requestBody"]["content"]["application/json"]["schema"]
    except (KeyError, TypeError) as exc:
        raise GeneratorError(f"{where}: missing: the operation has no JSON request body") from exc
    converted = _convert(schema, document, where, ())
    return {"$schema": DRAFT4, "title": entry.prefix + "Request", **converted}


def _convert(schema: Any, document: dict[str, Any], where: str, seen: tuple[str, ...]) -> Any:
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:
            raise GeneratorError(f"{where}: $ref {ref!r} is recursive; a request schema must be finite")
        return _convert(resolve(document, ref, where), document, where, (*seen, ref))
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DROP or key.startswith("x-"):
            continue
        if key in _UNSUPPORTED:
            raise GeneratorError(f"{where}.{key}: not supported by payload validation (draft 4 keywords only)")
        if key in ("properties", "patternProperties"):
            result[key] = {name: _convert(sub, document, f"{where}.{key}.{name}", seen) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            result[key] = _convert(value, document, f"{where}.{key}", seen)
        elif key in ("oneOf", "anyOf", "allOf"):
            result[key] = [_convert(sub, document, f"{where}.{key}[{i}]", seen) for i, sub in enumerate(value)]
        elif key in ("exclusiveMinimum", "exclusiveMaximum") and not isinstance(value, bool):
            # OpenAPI 3.1 (draft 2020-12) numeric form -> draft 4 boolean form.
            result["minimum" if key == "exclusiveMinimum" else "maximum"] = value
            result[key] = True
        elif key == "nullable":
            continue
        else:
            result[key] = value
    if schema.get("nullable") is True:
        _allow_null(result)
    return result


def _allow_null(schema: dict[str, Any]) -> None:
    """OpenAPI 3.0 ``nullable: true`` as JSON Schema: null joins the types (and the enum, if any)."""
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        schema["type"] = [*kind, "null"]
    if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
