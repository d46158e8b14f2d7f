"""Shape the generation document so that openapi-python-client can type every schema: general rules first,
then, for anything it still refuses, widening that one schema. Generation only: the request JSON Schema that
validation checks is derived before this, from the repaired document, so nothing here loosens validation.

Every change is a :class:`Degraded` record (JSON path in the published document, the rule, what was done),
kept in ``catalog.json`` under ``"degraded"``. The rules (docs/overlays.md lists them with examples):

- ``defaults-documented``: a ``default`` is documented on the field, never sent: the typed model leaves an
  unset field unset (the API applies its own default), so a default that fails its schema or that the
  generator cannot convert stops nothing;
- ``const``: a string or integer ``const`` is a one-value enum; any other ``const`` is its type;
- ``enum-by-type``: an enum is typed by its values: strings and integers stay enums, ``null`` makes the field
  nullable, booleans and fractional numbers become ``boolean`` and ``number``, mixed values a union of those
  parts, an empty enum its type; beside ``anyOf``/``oneOf`` the enum wins;
- ``array-items``: an array without ``items`` holds any JSON;
- ``wire-strings``: a string ``format`` the generator would turn into another Python type (``date``,
  ``date-time``, ``uuid``, ``binary``) stays a ``str``, so the model holds exactly what travels;
- ``union-siblings``: assertions beside ``anyOf``/``oneOf`` are dropped (the union types the field);
- ``union-flatten``, ``union-arrays``: unions inside a union are its branches, each once (a union of one
  branch is that branch); two array branches are one array of either item (``isinstance`` cannot tell them
  apart);
- ``null-only``: a field whose only type is ``null`` holds any JSON;
- ``allof-non-object``: an ``allOf`` that is not all objects is its only member, or any JSON;
- ``python-names``: a property whose Python name would collide with another's, with a member of the model
  class (``additional_properties``, ``to_dict``...) or with a name the generated methods use, is kept out of
  the declared fields: it travels in ``additional_properties``;
- ``widened``: a schema openapi-python-client still refuses (or generates invalid Python for) is widened to
  any JSON (an object: to a mapping of any JSON), named by the generator's own report.
"""

from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from typing import Any

#: Keywords that assert something about a value (beside a union, they only narrow it; generation drops them).
_ASSERTIONS = (
    "type",
    "enum",
    "const",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "format",
    "nullable",
)
#: String formats openapi-python-client turns into ``datetime``, ``date``, ``UUID`` or ``File``.
_TYPED_FORMATS = {"date", "date-time", "uuid", "binary"}
_COMPONENT = "#/components/schemas/"
#: Marks a property the typed model leaves out (it admits only its default); validation keeps it.
OMIT_FROM_MODEL = "x-tts-sdk-omit-from-model"


@dataclass(frozen=True)
class Degraded:
    """One schema the generation document types differently from the published one."""

    path: str
    rule: str
    action: str

    def as_dict(self) -> dict[str, str]:
        """For catalog.json."""
        return {"path": self.path, "rule": self.rule, "action": self.action}


def apply_rules(document: dict[str, Any], roots: list[tuple[str, dict[str, Any], bool]]) -> list[Degraded]:
    """Apply the general rules, in place, to every schema reachable from ``roots`` (``(JSON path, schema,
    is a request)`` inside ``document``) and to the component schemas they reference; return what changed."""
    found: list[Degraded] = []
    for _ in range(4):  # a rule can expose a shape another rule fixes (a const inside a union): until none does
        changed = []
        for request in (True, False):  # requests first: a component both use is shaped for sending
            walker = _Walker(document, request=request)
            for where, schema, is_request in roots:
                if is_request is request:
                    walker.visit(schema, where)
            changed += walker.found
        if not changed:
            break
        found += changed
    return found


class _Walker:
    def __init__(self, document: dict[str, Any], *, request: bool) -> None:
        self.document, self.request = document, request
        self.v31 = str(document.get("openapi", "")).startswith("3.1")
        self.components: dict[str, Any] = document.get("components", {}).get("schemas", {}) or {}
        self.found: list[Degraded] = []
        self._seen: set[str] = set()

    def note(self, path: str, rule: str, action: str) -> None:
        self.found.append(Degraded(path, rule, action))

    def visit(self, schema: Any, where: str) -> None:
        if not isinstance(schema, dict):
            return
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENT) and ref not in self._seen:
            self._seen.add(ref)
            name = ref.removeprefix(_COMPONENT)
            if isinstance(self.components.get(name), dict):
                self.visit(self.components[name], member("$.components.schemas", name))
        self._default(schema, where)
        self._const(schema, where)
        self._enum(schema, where)
        self._format(schema, where)
        self._array(schema, where)
        self._union(schema, where)
        self._all_of(schema, where)
        self._python_names(schema, where)
        self._read_write_only(schema, where)
        for key, value in list(schema.items()):
            if key in ("properties", "patternProperties") and isinstance(value, dict):
                for name, sub in value.items():
                    if not (isinstance(sub, dict) and sub.get(OMIT_FROM_MODEL)):
                        self.visit(sub, member(f"{where}.{key}", name))
                        self._null_only(sub, member(f"{where}.{key}", name))
            elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                self.visit(value, f"{where}.{key}")
                self._null_only(value, f"{where}.{key}")
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems") and isinstance(value, list):
                for index, sub in enumerate(value):
                    self.visit(sub, f"{where}.{key}[{index}]")

    def _default(self, schema: dict[str, Any], where: str) -> None:
        if "default" not in schema:
            return
        # A convention, not a degradation: not noted. The API applies its default to an omitted field.
        value = schema.pop("default")
        description = str(schema.get("description") or "").rstrip()
        if description and not description.endswith((".", "!", "?")):
            description += "."
        schema["description"] = f"{description} Default: {_shown(value)}.".lstrip()

    def _const(self, schema: dict[str, Any], where: str) -> None:
        if "const" not in schema:
            return
        value = schema.pop("const")
        if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            schema["enum"] = [value]
            action = "a one-value enum"
        else:
            kind = _json_type(value)
            if kind is not None and "type" not in schema:
                schema["type"] = kind
            action = f"typed as {kind or 'any JSON'}"
        self.note(f"{where}.const", "const", f"const {_shown(value)}: {action}")

    def _enum(self, schema: dict[str, Any], where: str) -> None:
        values = schema.get("enum")
        if not isinstance(values, list):
            return
        declared = _types(schema)
        strings = [v for v in values if isinstance(v, str)]
        integers = [v for v in values if _is_integer(v)]
        fractions = [v for v in values if isinstance(v, float) and not _is_integer(v)]
        booleans = [v for v in values if isinstance(v, bool)]
        nullable = any(v is None for v in values)
        others = [v for v in values if isinstance(v, dict | list)]
        if declared:  # values of a type the schema does not allow can never be sent
            strings = strings if "string" in declared else []
            integers = integers if declared & {"integer", "number"} else []
            fractions = fractions if "number" in declared else []
            booleans = booleans if "boolean" in declared else []
            nullable = nullable and ("null" in declared or schema.get("nullable") is True)
            others = [v for v in others if _json_type(v) in declared]
        parts: list[dict[str, Any]] = []
        if strings:
            parts.append({"type": "string", "enum": _unique(strings)})
        if integers:
            parts.append({"type": "integer", "enum": _unique([int(v) for v in integers])})
        if fractions:
            parts.append({"type": "number"})
        if booleans:
            parts.append({"type": "boolean"})
        if others:
            parts.append({})
        simple = len(parts) == 1 and not nullable and not others and parts[0].get("enum") == values
        combined = [key for key in ("anyOf", "oneOf") if key in schema]
        if simple and not combined and schema.get("type") == parts[0]["type"]:
            return
        for key in ("enum", "type", "nullable", *combined):
            schema.pop(key, None)
        if not parts:
            kinds = sorted(declared - {"null"})
            if len(kinds) == 1:
                parts = [{"type": kinds[0]}]
            elif kinds:
                parts = [{"type": kind} for kind in kinds]
        if (nullable or values == [None]) and self.v31:
            parts.append({"type": "null"})
        if len(parts) == 1:
            schema.update(parts[0])
        elif parts:
            schema["anyOf"] = parts
        if (nullable or values == [None]) and not self.v31:
            schema["nullable"] = True  # OpenAPI 3.0 has no null type
        listed = " | ".join(part.get("type", "any JSON") for part in parts) or "any JSON"
        self.note(f"{where}.enum", "enum-by-type", f"enum {_shown(values)} typed as {listed}")

    def _format(self, schema: dict[str, Any], where: str) -> None:
        if not self.request:
            return  # an answer's binary body is bytes; its date-times may be parsed
        if schema.get("format") in _TYPED_FORMATS and "string" in _types(schema):
            self.note(f"{where}.format", "wire-strings", f"format {schema.pop('format')!r} kept as str")

    def _array(self, schema: dict[str, Any], where: str) -> None:
        if "array" in _types(schema) and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
            self.note(f"{where}.items", "array-items", "an array without items holds any JSON")
        if "prefixItems" in schema:
            schema.pop("prefixItems")
            schema.setdefault("items", {})
            self.note(f"{where}.prefixItems", "array-items", "prefixItems: the items hold any JSON")

    def _union(self, schema: dict[str, Any], where: str) -> None:
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if not isinstance(branches, list):
                continue
            dropped = [key for key in _ASSERTIONS if key in schema and key != "nullable"]
            for key in dropped:
                schema.pop(key)
            if dropped:
                self.note(where, "union-siblings", f"{', '.join(dropped)} beside {keyword}: the union types the field")
            for other in ("anyOf", "oneOf", "allOf"):
                if other != keyword and other in schema:
                    schema.pop(other)
                    self.note(f"{where}.{other}", "union-siblings", f"{other} beside {keyword}: the {keyword} types it")
            flat = _flattened(branches)
            if flat != branches:
                schema[keyword] = branches = flat
                self.note(f"{where}.{keyword}", "union-flatten", "unions inside the union typed as its own branches")
            if len(branches) == 1 and isinstance(branches[0], dict):
                # A union of one type is that type (`anyOf: [{type: null}, {type: null}]` once flattened).
                del schema[keyword]
                schema.update({key: value for key, value in branches[0].items() if key not in schema})
                self.note(f"{where}.{keyword}", "union-flatten", "a union of one distinct branch typed as that branch")
                return
            arrays = [
                index
                for index, branch in enumerate(branches)
                if isinstance(branch, dict)
                and _types(branch) == {"array"}
                and not {"anyOf", "oneOf", "$ref"} & set(branch)
            ]
            if len(arrays) > 1:
                # isinstance() cannot tell one list type from another: one array of either item type.
                items = [branches[index].get("items", {}) for index in arrays]
                merged = {"type": "array", "items": {"anyOf": items}}
                schema[keyword] = [merged if index == arrays[0] else branch for index, branch in enumerate(branches)
                                   if index not in arrays[1:]]  # fmt: skip
                note = f"{len(arrays)} array branches typed as one array of their items"
                self.note(f"{where}.{keyword}", "union-arrays", note)
            return

    def _all_of(self, schema: dict[str, Any], where: str) -> None:
        members = schema.get("allOf")
        if not isinstance(members, list):
            return
        if members and all(self._is_object(member) for member in members):
            return
        schema.pop("allOf")
        kept = [member for member in members if not _only_annotations(member)]
        if len(kept) == 1 and not any(key in schema for key in _ASSERTIONS):
            schema.update(copy.deepcopy(kept[0]))
            action = "its only member"
        elif not kept:
            action = "any JSON (no assertion)"
        else:
            for key in _ASSERTIONS:
                schema.pop(key, None)
            action = "any JSON"
        self.note(f"{where}.allOf", "allof-non-object", f"an allOf of non-objects typed as {action}")

    def _is_object(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.components.get(ref.removeprefix(_COMPONENT)) if ref.startswith(_COMPONENT) else None
            return isinstance(target, dict) and self._is_object(target)
        if "allOf" in schema and not all(self._is_object(member) for member in schema["allOf"]):
            return False
        return (isinstance(schema.get("properties"), dict) or _types(schema) == {"object"}) and not any(
            key in schema for key in ("anyOf", "oneOf", "enum")
        )

    def _null_only(self, schema: dict[str, Any], where: str) -> None:
        """A field that can only be null is typed as any JSON (openapi-python-client renders a parser of
        ``None`` that mypy refuses); as a union's branch, ``null`` makes the union optional and stays."""
        if _types(schema) == {"null"} and not any(key in schema for key in ("anyOf", "oneOf", "allOf", "$ref")):
            del schema["type"]
            self.note(f"{where}.type", "null-only", "a field that is always null typed as any JSON")

    def _read_write_only(self, schema: dict[str, Any], where: str) -> None:
        """OpenAPI 3.0: a ``required`` property marked ``readOnly`` or ``writeOnly`` is not required (as
        validation reads it): the model must take a payload without it."""
        properties, required = schema.get("properties"), schema.get("required")
        if self.v31 or not isinstance(properties, dict) or not isinstance(required, list):
            return
        flagged = [name for name in required if _read_or_write_only(properties.get(name))]
        if flagged:
            schema["required"] = [name for name in required if name not in flagged]
            if not schema["required"]:
                del schema["required"]

    def _python_names(self, schema: dict[str, Any], where: str) -> None:
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return
        from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - the generator's own rule

        bases: list[str] = []
        dropped: dict[str, str] = {}
        for name in properties:
            base = str(PythonIdentifier(name, prefix="field_"))
            # The generated methods name their temporaries after a field: `<field>_item`, `<field>_type_0`...
            clash = next((other for other in bases if _derived(base, other) or _derived(other, base)), None)
            if _CONTROL.search(name):
                dropped[name] = "its name holds control characters, which openapi-python-client drops"
            elif _DERIVED.match(base):
                dropped[name] = f"its Python name {base!r} is one the generated class or its methods use"
            elif clash is not None:
                dropped[name] = f"its Python name {base!r} collides with the field {clash!r}"
            else:
                bases.append(base)
        for name, reason in dropped.items():
            properties.pop(name)
            if isinstance(schema.get("required"), list) and name in schema["required"]:
                schema["required"] = [item for item in schema["required"] if item != name]
                if not schema["required"]:
                    schema.pop("required")
            self.note(
                member(f"{where}.properties", name),
                "python-names",
                f"{reason}: not a declared field, it travels in additional_properties",
            )
        if dropped and schema.get("additionalProperties") is not True:
            extra = schema.get("additionalProperties")
            schema["additionalProperties"] = True if extra in (None, False) else {}
            if extra is not None:
                self.note(f"{where}.additionalProperties", "python-names", "any JSON, to carry the undeclared fields")


#: Suffixes openapi-python-client's templates add to a field's name for their local variables.
_SUFFIXES = r"(?:_item|_type_\d+|_data|_element)"
#: Names the generated model class and its methods use, and those derived from them.
_DERIVED = re.compile(
    r"^(?:additional_properties|additional_keys|to_dict|from_dict|to_multipart|d|field_dict|src_dict|cls|prop"
    rf"|prop_name|files|additional_property|unset)(?:{_SUFFIXES})*$"
)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _derived(name: str, base: str) -> bool:
    """Is ``name`` the field name ``base`` itself, or a temporary derived from it?"""
    return re.fullmatch(rf"{re.escape(base)}{_SUFFIXES}*", name) is not None


def widen(schema: dict[str, Any]) -> str:
    """Replace ``schema``'s content, in place, with a type any generator takes; say which."""
    is_object = isinstance(schema.get("properties"), dict) or _types(schema) == {"object"} or "allOf" in schema
    description = schema.get("description")
    schema.clear()
    if description:
        schema["description"] = description
    if is_object:
        schema.update({"type": "object", "additionalProperties": {}})
        return "a mapping of any JSON"
    return "any JSON"


def member(where: str, name: str) -> str:
    """The JSON path of a member: ``$.a.name`` for an identifier, ``$.a['odd name']`` otherwise."""
    return f"{where}.{name}" if name.isidentifier() else f"{where}[{name!r}]"


def _read_or_write_only(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("readOnly") is True or schema.get("writeOnly") is True)


def _flattened(branches: list[Any]) -> list[Any]:
    """A union's branches, with the branches of a bare union inside it lifted into it, each once."""
    flat: list[Any] = []
    for branch in branches:
        inner = [key for key in ("anyOf", "oneOf") if isinstance(branch, dict) and key in branch]
        bare = len(inner) == 1 and set(branch) <= {inner[0], "description", "title"}
        for item in _flattened(branch[inner[0]]) if bare else [branch]:
            if not any(_asserted(item) == _asserted(other) for other in flat):
                flat.append(item)
    return flat


def _asserted(schema: Any) -> Any:
    """What a schema asserts (its annotations left out), to tell two branches apart."""
    if not isinstance(schema, dict):
        return schema
    return {key: value for key, value in schema.items() if key not in _ANNOTATION_KEYS}


_ANNOTATION_KEYS = {"title", "description", "example", "examples", "readOnly", "writeOnly", "deprecated", "default"}


def _only_annotations(schema: Any) -> bool:
    return isinstance(schema, dict) and not any(
        key in schema for key in (*_ASSERTIONS, "$ref", "allOf", "anyOf", "oneOf")
    )


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    return {str(item) for item in kind} if isinstance(kind, list) else set()


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value) and value.is_integer())


def _json_type(value: Any) -> str | None:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else None


def _unique(values: list[Any]) -> list[Any]:
    kept: list[Any] = []
    for value in values:
        if value not in kept:
            kept.append(value)
    return kept


def _shown(value: Any) -> str:
    import json  # noqa: PLC0415

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."
