"""Extract the request body schema of the SDK's operation as a self-contained JSON Schema.

The result is what payload validation (tts_sdk.validate, the CLI, the embedded server) checks against, shipped
inside the generated package so an installed user needs no spec file. It is taken from the repaired spec
*before* generation-only normalization and degrading, so constraints the typed model leaves out or widens
(``stream: enum [false]``, a mixed-type enum) are still enforced: degrading a class never loosens validation.

The schema means what openapi-schema-validator's validator for the document's version means:

- OpenAPI 3.0 gives a draft-04 schema with the OpenAPI 3.0 keywords only (others, such as ``const``, are no
  3.0 keywords and are ignored, as ``OAS30Validator`` ignores them); ``nullable: true`` adds ``null`` to the
  ``type`` of its own schema object (an ``enum`` must list ``null`` itself); a ``required`` property marked
  ``readOnly`` or ``writeOnly`` is not required;
- OpenAPI 3.1 gives a draft 2020-12 schema: JSON Schema as written (``const``, ``type`` lists with ``null``,
  numeric ``exclusiveMinimum``, boolean schemas), ``nullable`` ignored.

In both, siblings of a ``$ref`` apply (as both validators apply them): annotations are merged onto the inlined
target, assertions become ``allOf: [target, siblings]``. A ``$ref`` that reaches itself (a recursive schema) is
kept as a reference into ``definitions`` (``$defs`` in 2020-12); every other one is inlined. An OpenAPI
``discriminator`` selects the branch by its property, as the reference validator does. Keywords the validator
cannot check exactly (``unevaluatedProperties``...) stop the spec with their JSON path, never checked loosely.
"""

from __future__ import annotations

import re
from typing import Any

from generator._errors import GeneratorError
from generator._normalize import find_operation, is_auth_header, parameters_of
from generator._project import Operation, SpecEntry

DRAFT4 = "http://json-schema.org/draft-04/schema#"
DRAFT2020 = "https://json-schema.org/draft/2020-12/schema"
_COMPONENT = "#/components/schemas/"
#: Annotations: kept where they document a field (``description``, ``default``, ``format``), else dropped.
_KEPT_ANNOTATIONS = ("description", "default", "format")
_ANNOTATIONS = {
    "title",
    "description",
    "default",
    "format",
    "example",
    "examples",
    "deprecated",
    "readOnly",
    "writeOnly",
    "xml",
    "externalDocs",
    "$comment",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
    "$schema",
    "$id",
    "$anchor",
}
#: The assertion keywords of OpenAPI 3.0's schema object (what ``OAS30Validator`` checks).
_OAS30 = {
    "type",
    "enum",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
}
#: Draft 2020-12 assertions payload validation implements, besides the 3.0 ones.
_DRAFT2020 = _OAS30 | {
    "const",
    "patternProperties",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "if",
    "then",
    "else",
}
#: Draft 2020-12 assertions the reference validator checks and payload validation does not: a schema using one
#: stops (checking it loosely would pass what the API refuses). Any other keyword a 2020-12 validator does not
#: know (FastAPI's ``include_in_schema``, a vendor's own) is ignored, as that validator ignores it.
_UNSUPPORTED_2020 = {"unevaluatedProperties", "unevaluatedItems", "$dynamicRef"}
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
_SUBSCHEMAS = ("items", "additionalProperties", "not", "propertyNames", "contains", "if", "then", "else")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


def request_schema(document: dict[str, Any], entry: SpecEntry, op: Operation | None = None) -> dict[str, Any]:
    """The JSON Schema of an operation's ``application/json`` request body (default: the create operation's; see
    the module docstring)."""
    op = op or entry.api.create
    operation = find_operation(document, entry, op)
    base = f"$.paths[{op.path!r}].{op.method}.requestBody"
    body = operation.get("requestBody")
    if isinstance(body, dict) and isinstance(body.get("$ref"), str):
        body = _pointer(document, body["$ref"], f"{entry.name}: {base}")
    where = f"{entry.name}: {base}.content['application/json'].schema"
    try:
        schema = body["content"]["application/json"]["schema"]  # type: ignore[index]
    except (KeyError, TypeError):
        schema = {}  # no JSON body (its words are parameters, or the document says nothing): any payload passes
    converter = _Converter(document, where)
    converted = converter.convert(schema, where)
    stem = {"create": "", "stream": "Stream", "events": "Events"}[op.role]
    result: dict[str, Any] = {"$schema": converter.dialect, "title": f"{entry.prefix}{stem}Request"}
    result.update(converted if isinstance(converted, dict) else _boolean(converted))
    if converter.definitions:
        result[converter.definitions_key] = dict(sorted(converter.definitions.items()))
    return result


def events_schema(document: dict[str, Any], entry: SpecEntry, op: Operation) -> dict[str, Any] | None:
    """The JSON Schema of one event of the operation's ``text/event-stream`` success answer, if it declares one
    (what the embedded server's events must satisfy)."""
    operation = find_operation(document, entry, op)
    for status, response in sorted(operation.get("responses", {}).items()):
        if not str(status).startswith("2") or not isinstance(response, dict):
            continue
        media = (response.get("content") or {}).get("text/event-stream")
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            where = f"{entry.name}: $.paths[{op.path!r}].{op.method}.responses[{status!r}].content['text/event-stream']"
            converter = _Converter(document, where)
            converted = converter.convert(media["schema"], f"{where}.schema")
            result: dict[str, Any] = {"$schema": converter.dialect, "title": f"{entry.prefix}Event"}
            result.update(converted if isinstance(converted, dict) else _boolean(converted))
            if converter.definitions:
                result[converter.definitions_key] = dict(sorted(converter.definitions.items()))
            return result
    return None


#: Where a parameter may be, in the order the schemas of :func:`parameters_schema` list them.
LOCATIONS = ("path", "query", "header")


def parameters_schema(document: dict[str, Any], entry: SpecEntry, op: Operation) -> dict[str, dict[str, Any]]:
    """The operation's parameters as one object schema per location (``path``, ``query``, ``header``): each
    parameter a property with its schema, ``required`` as declared. The header the key goes in is left out (the
    client sends it from the key); a location without parameters is absent."""
    found: dict[str, dict[str, Any]] = {}
    converters: dict[str, _Converter] = {}
    base = f"{entry.name}: $.paths[{op.path!r}].{op.method}.parameters"
    for parameter in parameters_of(document, op.path, op.method):
        location, name = parameter["in"], parameter["name"]
        if location not in LOCATIONS or is_auth_header(entry, parameter):
            continue
        where = f"{base}[{name!r} in {location}].schema"
        converter = converters.setdefault(location, _Converter(document, where))
        raw = parameter.get("schema", {})
        schema = found.setdefault(location, {"$schema": converter.dialect, "type": "object", "properties": {}})
        schema["properties"][name] = converter.convert(raw if isinstance(raw, dict | bool) else {}, where)
        if parameter.get("required") or location == "path":
            schema.setdefault("required", []).append(name)
    for location, converter in converters.items():
        if converter.definitions:
            found[location][converter.definitions_key] = dict(sorted(converter.definitions.items()))
    return {location: found[location] for location in LOCATIONS if location in found}


def schema_dialect(document: dict[str, Any]) -> str:
    """The JSON Schema dialect of a document's schemas: draft 2020-12 for OpenAPI 3.1, else draft 4."""
    return DRAFT2020 if str(document.get("openapi", "")).startswith("3.1") else DRAFT4


class _Converter:
    def __init__(self, document: dict[str, Any], where: str) -> None:
        self.document = document
        self.dialect = schema_dialect(document)
        self.oas30 = self.dialect == DRAFT4
        self.definitions_key = "definitions" if self.oas30 else "$defs"
        self.definitions: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        self._recursive = _recursive_refs(document)
        self._where = where

    def convert(self, schema: Any, where: str) -> Any:
        """``schema`` as self-contained JSON Schema of the dialect."""
        if isinstance(schema, bool):
            if self.oas30:
                raise GeneratorError(f"{where}: a boolean schema ({schema}) is not OpenAPI 3.0")
            return schema
        if not isinstance(schema, dict):
            raise GeneratorError(f"{where}: expected a schema object, got {type(schema).__name__}")
        if "$ref" in schema:
            return self._reference(schema, where)
        return self._assertions(schema, where)

    def _reference(self, schema: dict[str, Any], where: str) -> Any:
        ref = schema["$ref"]
        if not isinstance(ref, str):
            raise GeneratorError(f"{where}.$ref: expected a string, got {ref!r}")
        siblings = {key: value for key, value in schema.items() if key != "$ref"}
        if ref in self._recursive:
            target: Any = {"$ref": self._definition(ref, where)}
        else:
            target = self.convert(_pointer(self.document, ref, where), f"{where} -> {ref}")
        rest = self._assertions(siblings, where)
        notes = {key: rest.pop(key) for key in _KEPT_ANNOTATIONS if key in rest}
        if not rest:
            if isinstance(target, dict) and "$ref" not in target:
                return {**target, **notes}
            return {**(target if isinstance(target, dict) else _boolean(target)), **notes} if notes else target
        return {"allOf": [target, rest], **notes}

    def _definition(self, ref: str, where: str) -> str:
        if ref not in self._names:
            key = ref.rsplit("/", 1)[-1]
            name = key if _SAFE_NAME.match(key) and key not in self.definitions else f"schema{len(self._names)}"
            self._names[ref] = name
            self.definitions[name] = {}  # reserved before converting: the target refers to itself
            self.definitions[name] = self.convert(_pointer(self.document, ref, where), f"{where} -> {ref}")
        return f"#/{self.definitions_key}/{self._names[ref]}"

    def _assertions(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        allowed = _OAS30 if self.oas30 else _DRAFT2020
        result: dict[str, Any] = {}
        for key, value in schema.items():
            here = f"{where}.{key}"
            if key in _KEPT_ANNOTATIONS:
                result[key] = value
            elif key in _ANNOTATIONS or key.startswith("x-") or key in ("nullable", "discriminator", "$defs"):
                continue
            elif key == "patternProperties" and self.oas30 and isinstance(value, dict):
                # Not a 3.0 keyword, yet OAS30Validator does not count the names it matches as additional.
                result[key] = {pattern: {} for pattern in value}
            elif key not in allowed:
                if self.oas30 or key not in _UNSUPPORTED_2020:
                    continue  # a keyword the document's validator does not know: it ignores it, and so does ours
                raise GeneratorError(f"{here}: the JSON Schema keyword {key!r} is not supported by payload validation")
            elif key in _SUBSCHEMA_MAPS:
                result[key] = {name: self.convert(sub, f"{here}.{name}") for name, sub in _mapping(value, here).items()}
            elif key in _SUBSCHEMAS:
                result[key] = self._subschema(key, value, here)
            elif key in _SUBSCHEMA_LISTS:
                result[key] = [self.convert(sub, f"{here}[{i}]") for i, sub in enumerate(_sequence(value, here))]
            else:
                result[key] = value
        if self.oas30:
            _oas30_rules(schema, result)
        discriminated = _discriminated(schema, result, self, where)
        return discriminated if discriminated is not None else result

    def _subschema(self, key: str, value: Any, here: str) -> Any:
        if key == "items" and isinstance(value, list):
            raise GeneratorError(f"{here}: an array of item schemas (tuple validation) is not supported")
        if key == "additionalProperties" and isinstance(value, bool):
            return value
        return self.convert(value, here)


def _oas30_rules(schema: dict[str, Any], result: dict[str, Any]) -> None:
    """OpenAPI 3.0's own meanings: ``nullable`` with ``type``; readOnly/writeOnly properties not required."""
    if schema.get("nullable") is True and isinstance(result.get("type"), str):
        result["type"] = [result["type"], "null"]
    if isinstance(result.get("required"), list) and isinstance(schema.get("properties"), dict):
        properties = schema["properties"]
        kept = [
            name
            for name in result["required"]
            if not (
                isinstance(properties.get(name), dict)
                and (properties[name].get("readOnly") is True or properties[name].get("writeOnly") is True)
            )
        ]
        if len(kept) != len(result["required"]):
            result["required"] = kept
            if not kept:
                del result["required"]  # draft 4: required lists at least one name


def _discriminated(
    schema: dict[str, Any], result: dict[str, Any], converter: _Converter, where: str
) -> dict[str, Any] | None:
    """An OpenAPI ``discriminator`` as the reference validator applies it: the property must be there, and its
    value picks the one schema the instance is checked against (its ``mapping``, else the component named so)."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
        return None
    keywords = [key for key in ("oneOf", "anyOf", "allOf") if isinstance(schema.get(key), list)]
    if not keywords:
        return None
    name = discriminator["propertyName"]
    targets: dict[str, str] = {}
    for branch in (branch for keyword in keywords for branch in schema[keyword]):
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if isinstance(ref, str) and ref.startswith(_COMPONENT):
            targets[ref.removeprefix(_COMPONENT)] = ref
    mapping = discriminator.get("mapping") or {}
    for value, ref in mapping.items():
        # A bare name is that component, as OpenAPI says (openapi-schema-validator cannot resolve one).
        targets[str(value)] = ref if str(ref).startswith("#") else _COMPONENT + str(ref)
    here = f"{where}.discriminator"
    branches = [
        {
            "required": [name],
            "properties": {name: {"enum": [value]}},
            "allOf": [converter.convert({"$ref": ref}, f"{here} -> {ref}")],
        }
        for value, ref in targets.items()
    ]
    rest = {key: value for key, value in result.items() if key not in keywords}
    object_type = {"type": "object", "required": [name]}
    return {**rest, "allOf": [object_type, {"anyOf": branches}]} if branches else {**rest, **object_type}


def _recursive_refs(document: dict[str, Any]) -> set[str]:
    """The ``$ref``s to component schemas that can reach themselves."""
    schemas = document.get("components", {}).get("schemas", {})
    edges: dict[str, set[str]] = {}
    for key, schema in schemas.items() if isinstance(schemas, dict) else ():
        found: set[str] = set()
        pending = [schema]
        while pending:
            node = pending.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(_COMPONENT):
                    found.add(ref)
                pending.extend(node.values())
            elif isinstance(node, list):
                pending.extend(node)
        edges[_COMPONENT + key] = found
    recursive = set()
    for start, targets in edges.items():
        seen, pending = set(), list(targets)
        while pending:
            ref = pending.pop()
            if ref == start:
                recursive.add(start)
                break
            if ref not in seen:
                seen.add(ref)
                pending.extend(edges.get(ref, ()))
    return recursive


def _pointer(document: dict[str, Any], ref: str, where: str) -> Any:
    """The node a local ``$ref`` (``#/components/schemas/X``, any JSON pointer) points at."""
    if not ref.startswith("#/"):
        raise GeneratorError(f"{where}: $ref {ref!r} is not a reference inside the document")
    node: Any = document
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise GeneratorError(f"{where}: $ref {ref!r} points at nothing in the document")
    return node


def _boolean(value: bool) -> dict[str, Any]:
    return {} if value else {"not": {}}


def _mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise GeneratorError(f"{where}: expected an object of schemas, got {type(value).__name__}")
    return value


def _sequence(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise GeneratorError(f"{where}: expected an array of schemas, got {type(value).__name__}")
    return value
