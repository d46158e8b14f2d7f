"""Prepare a (patched) spec for code generation: prune it to one operation and name its schemas.

openapi-python-client names a class after a schema's ``title``, else after the path to an inline
schema, which gives names like ``FieldV1TtsOpenaitts1Voice`` or ``...MetaType0UsageType0``. Here every
object and enum schema the operation reaches is lifted into ``components/schemas`` under a name built
from the spec's prefix, so the generated classes are ``<prefix>Request``, ``<prefix>Voice``,
``<prefix>Response``, ``<prefix>ResponseMeta``... (see docs/naming.md). Everything the operation does
not reach is dropped, which is also what lets a 3 MB whole-API document generate just this client.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from generator._degrade import OMIT_FROM_MODEL, Degraded, apply_rules, member
from generator._errors import GeneratorError
from generator._project import Operation, SpecEntry
from generator._specdiff import ALL_OPERATIONS, all_operations

Schema = dict[str, Any]

#: Keywords that describe a use of a schema rather than the schema: kept at the use site.
_SITE_KEYS = ("description", "default", "nullable", "example", "examples", "deprecated", "readOnly", "writeOnly")
_COMPONENT_REF = re.compile(r"^#/components/schemas/([^/]+)$")


def operations(entry: SpecEntry) -> list[Operation]:
    """The distinct operations the entry's API table names (OpenAI's events are its create operation), create
    first."""
    found: list[Operation] = []
    for operation in entry.api.operations:
        if all((operation.method, operation.path) != (seen.method, seen.path) for seen in found):
            found.append(operation)
    return found


def find_operation(document: dict[str, Any], entry: SpecEntry, operation: Operation | None = None) -> dict[str, Any]:
    """An operation the SDK uses (default: create), or an error naming the JSON path that is missing."""
    chosen = operation or entry.api.create
    path, method = chosen.path, chosen.method
    item = document.get("paths", {}).get(path)
    found_operation = item.get(method) if isinstance(item, dict) else None
    if not isinstance(found_operation, dict):
        where = f"$.paths[{path!r}]" if not isinstance(item, dict) else f"$.paths[{path!r}].{method}"
        found = ", ".join(sorted(all_operations(document))) or "no operation"
        key = "operation" if chosen.role == "create" else chosen.role
        raise GeneratorError(
            f"{entry.where}: {where}: missing: the SDK needs {method.upper()} {path} (the document has {found}); "
            f"check the entry's url, or its api ({key} of [api.{entry.api.name}])"
        )
    return found_operation


def parameters_of(document: dict[str, Any], path: str, method: str) -> list[dict[str, Any]]:
    """The operation's parameters, each resolved (``$ref`` to ``components/parameters``) and merged with the
    path item's own (the operation's win, by name and location), as OpenAPI defines them."""
    item = document.get("paths", {}).get(path, {})
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item.get("parameters"), item.get(method, {}).get("parameters")):
        for raw in source if isinstance(source, list) else []:
            parameter = _resolved_parameter(document, raw)
            if isinstance(parameter.get("name"), str) and isinstance(parameter.get("in"), str):
                merged[(parameter["in"], parameter["name"])] = parameter
    return list(merged.values())


def _resolved_parameter(document: dict[str, Any], raw: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(raw, dict) and isinstance(raw.get("$ref"), str) and seen < 16:
        ref = raw["$ref"]
        raw = (
            document.get("components", {}).get("parameters", {}).get(ref.rsplit("/", 1)[-1], {})
            if ref.startswith("#/components/parameters/")
            else {}
        )
        seen += 1
    return raw if isinstance(raw, dict) else {}


def is_auth_header(entry: SpecEntry, parameter: dict[str, Any]) -> bool:
    """Is the parameter the header the API's key goes in (``xi-api-key``, ``Authorization``)? The client sends
    it from the key; it is no argument of a generated function, nor part of what validation checks."""
    return parameter.get("in") == "header" and str(parameter.get("name", "")).lower() == entry.api.auth.header.lower()


def resolve(document: dict[str, Any], ref: str, where: str) -> Schema:
    """The component schema a local ``$ref`` points at."""
    match = _COMPONENT_REF.match(ref)
    schemas = document.get("components", {}).get("schemas", {})
    if not match or match.group(1) not in schemas:
        raise GeneratorError(f"{where}: $ref {ref!r} does not name a schema in components/schemas")
    return schemas[match.group(1)]  # type: ignore[no-any-return]


#: The module each role's operation generates (``api/default/create_speech.py``), whatever upstream calls it.
OPERATION_IDS = {"create": "create_speech", "stream": "stream_speech", "events": "speech_events"}
#: The create operation's.
OPERATION_ID = OPERATION_IDS["create"]
#: The keys of an operation the generated package is made from (the rest, such as ``callbacks``, is not used).
_GENERATED_KEYS = ("operationId", "summary", "description", "deprecated", "parameters", "requestBody", "responses",
                   "security")  # fmt: skip
#: The class name stem of each role's request and response bodies, after the prefix.
_ROLE_STEMS = {"create": "", "stream": "Stream", "events": "Events"}


class Normalized:
    """The generation-ready document, what the rules changed, and where each lifted class came from."""

    def __init__(self, document: dict[str, Any], degraded: list[Degraded], origins: dict[str, str]) -> None:
        self.document, self.degraded, self.origins = document, degraded, origins


def normalize(document: dict[str, Any], entry: SpecEntry) -> Normalized:
    """The generation-ready document for ``entry`` (a repaired one: see generator/_repair.py, which names the
    operation ``OPERATION_ID`` and drops its tags): pruned to the operation, shaped by the general rules of
    generator/_degrade.py, every object and enum lifted into a named component."""
    pruned = copy.deepcopy(prune(document, entry))
    pruned.pop(ALL_OPERATIONS, None)
    chosen: list[tuple[Operation, dict[str, Any], str]] = []
    roots: list[tuple[str, Any, bool]] = []
    shared_degraded: list[Degraded] = []
    for op in operations(entry):
        operation = pruned["paths"][op.path][op.method]
        parameters = [copy.deepcopy(parameter) for parameter in parameters_of(pruned, op.path, op.method)
                      if not is_auth_header(entry, parameter)]  # fmt: skip
        if parameters or "parameters" in operation:
            operation["parameters"] = parameters
        base = f"$.paths[{op.path!r}].{op.method}"
        shared_degraded += _inline_responses(pruned, operation, base)
        roots += [(f"{base}.requestBody.content[{media!r}].schema", content["schema"], True)
                  for media, content in _contents(operation.get("requestBody"))]  # fmt: skip
        roots += [(f"{base}.parameters[{index}].schema", parameter["schema"], True)
                  for index, parameter in enumerate(parameters)
                  if isinstance(parameter.get("schema"), dict)]  # fmt: skip
        for status, response in operation.get("responses", {}).items():
            roots += [(f"{base}.responses[{status!r}].content[{media!r}].schema", content["schema"], False)
                      for media, content in _contents(response)]  # fmt: skip
        chosen.append((op, operation, base))
    for item in pruned["paths"].values():
        item.pop("parameters", None)  # merged into each operation above
    degraded = shared_degraded + apply_rules(pruned, roots)
    lifter = _Lifter(pruned, entry)
    for op, operation, base in chosen:
        _lift_operation(lifter, entry, op, operation, f"{entry.name}: {base}")
    security = [requirement for _, operation, _ in chosen
                for requirement in operation.get("security", document.get("security", [])) or []]  # fmt: skip
    used_schemes = {name for requirement in security for name in requirement}
    schemes = document.get("components", {}).get("securitySchemes", {})
    paths: dict[str, Any] = {}
    for op, operation, _ in chosen:  # what generation reads of an operation: callbacks, links... are never used
        paths.setdefault(op.path, {})[op.method] = {key: value for key, value in operation.items()
                                                    if key in _GENERATED_KEYS}  # fmt: skip
    result: dict[str, Any] = {
        "openapi": document["openapi"],
        "info": document["info"],
        "servers": document.get("servers", []),
        "paths": paths,
        "components": {
            "schemas": dict(sorted(lifter.schemas.items())),
            "securitySchemes": {name: schemes[name] for name in sorted(used_schemes) if name in schemes},
        },
    }
    if "security" in document:
        result["security"] = document["security"]
    return Normalized(result, degraded + lifter.degraded, lifter.origins)


def _inline_responses(document: dict[str, Any], operation: dict[str, Any], base: str) -> list[Degraded]:
    """Responses that are a ``$ref`` to ``components/responses`` inlined (the generation document keeps only the
    schemas); one whose target is missing, or that is no object, is left out of the generated client."""
    dropped = []
    responses = operation.get("responses")
    if not isinstance(responses, dict):
        return []
    for status, response in list(responses.items()):
        ref = response.get("$ref") if isinstance(response, dict) else None
        target = None
        if isinstance(ref, str) and ref.startswith("#/components/responses/"):
            target = document.get("components", {}).get("responses", {}).get(ref.rsplit("/", 1)[-1])
        if isinstance(target, dict) and "$ref" not in target:
            content = target.get("content")
            inlined: dict[str, Any] = {"description": str(target.get("description") or "Response")}
            if isinstance(content, dict):
                inlined["content"] = copy.deepcopy(content)
            responses[status] = inlined
        elif not isinstance(response, dict) or ref is not None:
            del responses[status]
            where = member(f"{base}.responses", str(status))
            dropped.append(Degraded(where, "responses", f"{str(ref or response)[:80]!r} is no response: left out"))
    return dropped


def _lift_operation(lifter: _Lifter, entry: SpecEntry, op: Operation, operation: dict[str, Any], where: str) -> None:
    """Name the classes of one operation: its body ``<prefix>Request`` (``<prefix>StreamRequest``... for the other
    roles, unless it is the same schema), its parameters' enums and objects ``<prefix><Parameter>``, its success
    answer ``<prefix>Response``."""
    stem = entry.prefix + _ROLE_STEMS[op.role]
    for media, content in _contents(operation.get("requestBody")):
        content["schema"] = lifter.site(
            content["schema"],
            stem + "Request",
            f"{where}.requestBody.content[{media!r}].schema",
            children=stem,
            named=True,
        )
    for index, parameter in enumerate(operation.get("parameters") or []):
        if isinstance(parameter.get("schema"), dict):
            name = entry.prefix + (_camel(str(parameter.get("name"))) or "Parameter")
            parameter["schema"] = lifter.site(
                parameter["schema"], name, f"{where}.parameters[{index}].schema", named=True
            )
    for status, response in operation.get("responses", {}).items():
        named = str(status).startswith("2")
        response_stem = stem + ("Response" if named else f"Response{status}")
        for media, content in _contents(response):
            content["schema"] = lifter.site(
                content["schema"],
                response_stem,
                f"{where}.responses[{status!r}].content[{media!r}].schema",
                named=named,
            )


def _contents(holder: Any) -> list[tuple[str, dict[str, Any]]]:
    """(media type, content) pairs of a request body or response that carry a schema."""
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict):
        return []
    return [(media, item) for media, item in content.items() if isinstance(item, dict) and "schema" in item]


class _Lifter:
    """Moves object and enum schemas into named components, memoizing referenced components."""

    def __init__(self, document: dict[str, Any], entry: SpecEntry) -> None:
        self.document = document
        self.entry = entry
        self.schemas: dict[str, Schema] = {}
        self.by_ref: dict[str, str] = {}
        #: class name -> the JSON path of the schema it was lifted from.
        self.origins: dict[str, str] = {}
        self.degraded: list[Degraded] = []
        #: the text of a named site's schema -> the class it was lifted to.
        self.by_content: dict[str, str] = {}
        self._spellings: set[str] = set()

    def site(
        self, schema: Schema, name: str, where: str, children: str | None = None, *, named: bool = False
    ) -> Schema:
        """The schema to put where ``schema`` was used; ``name`` is the class name if it is lifted.

        ``named``: a referenced component gets ``name`` too (the request and response bodies are
        ``<prefix>Request`` and ``<prefix>Response`` whether upstream declares them inline or as a component).
        """
        if named:
            key = self._content(schema)
            known = self.by_content.get(key) if key is not None else None
            if known is None:
                placed = self._site(schema, name, where, children, named=True)
                lifted = lifted_ref(placed)
                if key is not None and lifted is not None:
                    self.by_content[key] = lifted
                return placed
            site_keys = {k: schema[k] for k in _SITE_KEYS if k in schema and k != "default"}
            return {"allOf": [{"$ref": known}], **site_keys} if site_keys else {"$ref": known}
        return self._site(schema, name, where, children, named=False)

    def _content(self, schema: Schema) -> str | None:
        """What a named site holds, as text (a ``$ref`` by its target): two operations' identical bodies or
        parameters share one class."""
        body = {key: value for key, value in schema.items() if key not in _SITE_KEYS}
        if set(body) == {"$ref"} and isinstance(body["$ref"], str) and _COMPONENT_REF.match(body["$ref"]):
            try:
                body = resolve(self.document, body["$ref"], "")
            except GeneratorError:
                return None
        return json.dumps(body, sort_keys=True, default=str)

    def _site(self, schema: Schema, name: str, where: str, children: str | None, *, named: bool) -> Schema:
        only = schema.get("allOf")
        if named and isinstance(only, list) and len(only) == 1 and set(schema) <= {"allOf", *_SITE_KEYS}:
            # ``{allOf: [X], description: ...}``: a body that is X, which openapi-python-client would not name.
            inner = {**only[0], **{key: value for key, value in schema.items() if key != "allOf"}}
            return self.site(inner, name, f"{where}.allOf[0]", children, named=True)
        if "$ref" in schema:
            ref = {"$ref": self._lift_ref(schema["$ref"], where, children, name if named else None)}
            site_keys = {key: schema[key] for key in _SITE_KEYS if key in schema}
            return {"allOf": [ref], **site_keys} if site_keys else ref
        if _needs_class(schema) or (named and "allOf" in schema):
            lifted = self._lift(schema, name, where, children)
            site_keys = {key: schema[key] for key in _SITE_KEYS if key in schema}
            if isinstance(schema.get("properties"), dict) or "allOf" in schema:
                # openapi-python-client cannot give a model-typed field a default ("ModelProperty cannot have a
                # default value"); the API applies it when the field is omitted, and validation keeps it.
                site_keys.pop("default", None)
            return {"allOf": [{"$ref": lifted}], **site_keys} if site_keys else {"$ref": lifted}
        return self._walk(schema, name, where)

    def _lift_ref(self, ref: str, where: str, children: str | None, name: str | None = None) -> str:
        if ref not in self.by_ref:
            key = _camel(ref.rsplit("/", 1)[-1]) or "Schema"
            name = name or (key if key.startswith(self.entry.prefix) else self.entry.prefix + key)
            name = self._free(name, where)
            self.by_ref[ref] = f"#/components/schemas/{name}"
            self._lift(resolve(self.document, ref, where), name, f"{where} -> {ref}", children, checked=True)
        return self.by_ref[ref]

    def _free(self, name: str, where: str) -> str:
        """``name``, or ``name2``, ``name3``... when a class of that spelling exists (a rule, noted)."""
        from openapi_python_client.strings import ClassName  # noqa: PLC0415 - the generator's own spelling

        candidate, count = name, 1
        while str(ClassName(candidate, "")) in self._spellings:
            count += 1
            candidate = f"{name}{count}"
        if candidate != name:
            path = where.split(": ", 1)[-1]
            self.degraded.append(Degraded(path, "class-names", f"class {name} exists already: named {candidate}"))
        self._spellings.add(str(ClassName(candidate, "")))
        return candidate

    def _lift(self, schema: Schema, name: str, where: str, children: str | None, *, checked: bool = False) -> str:
        if not checked:
            name = self._free(name, where)
        self.schemas[name] = {}  # reserve the name before recursing
        self.origins[name] = where.split(": ", 1)[-1]
        body = {key: value for key, value in schema.items() if key not in _SITE_KEYS or key == "description"}
        body.pop("title", None)
        self.schemas[name] = self._walk(body, children or name, where)
        return f"#/components/schemas/{name}"

    def _walk(self, schema: Schema, base: str, where: str) -> Schema:
        """Recurse into the sub-schemas of ``schema``; ``base`` prefixes the names of lifted children."""
        result = dict(schema)
        result.pop("title", None)
        if isinstance(schema.get("properties"), dict):
            omitted = [key for key, value in schema["properties"].items() if value.get(OMIT_FROM_MODEL)]
            result["properties"] = {
                key: self.site(value, base + (_camel(key) or "Field"), member(f"{where}.properties", key))
                for key, value in schema["properties"].items()
                if key not in omitted
            }
            if "required" in schema:
                result["required"] = [key for key in schema["required"] if key not in omitted]
        if isinstance(schema.get("additionalProperties"), dict):
            result["additionalProperties"] = self.site(
                schema["additionalProperties"], base + "Value", f"{where}.additionalProperties"
            )
        if isinstance(schema.get("items"), dict):
            result["items"] = self.site(schema["items"], base + "Item", f"{where}.items")
        for combinator in ("oneOf", "anyOf", "allOf"):
            variants = schema.get(combinator)
            if isinstance(variants, list):
                lifted = [v for v in variants if "$ref" not in v and _needs_class(v)]
                result[combinator] = [
                    self.site(v, base if len(lifted) == 1 else f"{base}Option{i}", f"{where}.{combinator}[{i}]")
                    for i, v in enumerate(variants)
                ]
        return result


def lifted_ref(placed: Schema) -> str | None:
    """The component a site was lifted to (``{"$ref": ...}``, or ``{"allOf": [{"$ref": ...}], ...}``), if any."""
    only = placed.get("allOf")
    target = only[0] if isinstance(only, list) and len(only) == 1 and isinstance(only[0], dict) else placed
    ref = target.get("$ref")
    return ref if isinstance(ref, str) and ref.startswith("#/components/schemas/") else None


def _needs_class(schema: Schema) -> bool:
    """Objects with properties and enums become classes; everything else stays inline."""
    return isinstance(schema.get("properties"), dict) or (
        isinstance(schema.get("enum"), list) and schema.get("type") in ("string", "integer")
    )


def _camel(key: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", key) if part)


def prune(document: dict[str, Any], entry: SpecEntry) -> dict[str, Any]:
    """``document`` cut down to the SDK's operation and the components it reaches (``$ref`` closure), as is.

    This is the upstream side of a package's snapshot: small even for a whole-API document, and enough to
    tell which upstream changes the overlays and repairs absorb.
    """
    chosen = operations(entry)
    paths: dict[str, dict[str, Any]] = {}
    pending: list[Any] = []
    for op in chosen:
        operation = find_operation(document, entry, op)
        item = paths.setdefault(op.path, {})
        shared = document["paths"][op.path].get("parameters")
        if shared is not None:
            item["parameters"] = shared
            pending.append(shared)
        item[op.method] = operation
        pending.append(operation)
    components = document.get("components", {})
    kept: dict[str, dict[str, Any]] = {}
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                _, _, section, name = ref.split("/", 3)
                target = components.get(section, {}).get(name)
                if target is not None and name not in kept.setdefault(section, {}):
                    kept[section][name] = target
                    pending.append(target)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    schemes = components.get("securitySchemes", {})
    for op in chosen:
        for requirement in paths[op.path][op.method].get("security", document.get("security", [])) or []:
            for name in requirement:
                if name in schemes:
                    kept.setdefault("securitySchemes", {})[name] = schemes[name]
    result: dict[str, Any] = {
        "openapi": document.get("openapi"),
        "info": document.get("info"),
        "servers": document.get("servers", []),
        "paths": paths,
        "components": {section: dict(sorted(items.items())) for section, items in sorted(kept.items())},
        ALL_OPERATIONS: sorted(all_operations(document)),
    }
    if "security" in document:
        result["security"] = document["security"]
    return result
