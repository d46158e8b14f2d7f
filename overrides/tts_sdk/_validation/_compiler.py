"""Compile a JSON Schema (draft 4 or draft 2020-12) into Python: a yes/no verdict and a collector of every problem.

The request schemas are small and fixed, so each is turned once into straight-line Python source (the
approach of fastjsonschema) and ``exec``-ed: a verdict on a valid payload is a handful of ``isinstance``
and ``in`` tests. Semantics follow ``jsonschema`` for the schema's ``$schema`` (tests check agreement on
thousands of generated payloads, and with openapi-schema-validator on fuzzed OpenAPI schemas): booleans are
not numbers, ``integer`` excludes ``1.0`` in draft 4 and includes it in 2020-12, ``enum`` and ``const``
compare JSON values (``false`` is not ``0``), string lengths count code points, siblings of ``$ref`` are
ignored in draft 4 and apply in 2020-12. A ``$ref`` (local JSON pointer) compiles to a function of its own, so
recursive schemas work. Keywords it does not implement are refused at compile time rather than silently not
checked. Unknown properties of an object that declares ``properties`` but not ``additionalProperties`` are
reported as warnings (errors when ``strict``).
"""

from __future__ import annotations

import json
import numbers

from tts_sdk._validation._problems import Problem, key_path, show, shown

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Verdict = Callable[..., bool]
    Collector = Callable[..., list[Problem]]
    Alternatives = tuple[str, str, tuple[tuple[tuple[str, ...], Collector], ...]]

_ANNOTATIONS = {
    "$schema",
    "$id",
    "id",
    "title",
    "description",
    "default",
    "format",
    "example",
    "examples",
    "$comment",
    "deprecated",
    "readOnly",
    "writeOnly",
    "definitions",
    "$defs",
}
_SUPPORTED = _ANNOTATIONS | {
    "$ref",
    "type",
    "enum",
    "const",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "required",
    "properties",
    "patternProperties",
    "additionalProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "dependentRequired",
    "dependentSchemas",
    "items",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "minItems",
    "maxItems",
    "uniqueItems",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
}
_TYPE_TESTS = {
    "string": "isinstance({v}, str)",
    # jsonschema's rule (any numbers.Number but bool: Decimal, Fraction, numpy scalars), with a fast path.
    # NaN and Infinity are no JSON numbers: a float must be finite (``v - v == 0`` is false for both).
    "number": "(type({v}) is int or (type({v}) is float and {v} - {v} == 0) or _other_number({v}))",
    "integer": "(isinstance({v}, int) and not isinstance({v}, bool))",
    "boolean": "isinstance({v}, bool)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
    "null": "{v} is None",
}
#: Keywords of draft 6 and later, which draft 4 does not know (a draft-4 schema using one is refused).
_MODERN_ONLY = {
    "const",
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
    "$defs",
}
#: Draft 6 and later: a float with no fractional part (``1.0``) is an integer too.
_MODERN_INTEGER = "((isinstance({v}, int) and not isinstance({v}, bool)) or (type({v}) is float and {v}.is_integer()))"
_MISSING = object()


class UnsupportedSchemaError(ValueError):
    """The schema uses a keyword this validator does not implement."""


class CompiledSchema:
    """A schema turned into code: ``is_valid(payload, strict)`` and ``problems(payload, strict)``."""

    __slots__ = ("is_valid", "problems", "source")

    def __init__(self, is_valid: Verdict, problems: Collector, source: str) -> None:
        self.is_valid = is_valid
        self.problems = problems
        self.source = source


def compile_schema(schema: dict[str, Any]) -> CompiledSchema:
    """Compile ``schema``; raise :class:`UnsupportedSchemaError` for keywords it cannot check."""
    writer = _Writer(schema)
    writer.function("is_valid", schema, collect=False)
    writer.function("problems", schema, collect=True)
    source = "\n".join(writer.lines) + "\n"
    namespace: dict[str, Any] = {
        "_P": Problem,
        "_kp": key_path,
        "_s": shown,
        "_MISSING": _MISSING,
        "_in_enum": _in_enum,
        "_unknown": _unknown_property,
        "_best": _best_branch,
        "_not_multiple": _not_multiple,
        "_other_number": _other_number,
        "_unique": _unique,
        **writer.constants,
    }
    exec(compile(source, "<tts_sdk compiled schema>", "exec"), namespace)
    return CompiledSchema(namespace["is_valid"], namespace["problems"], source)


def modern_dialect(schema: dict[str, Any]) -> bool:
    """Is the schema draft 6 or later (where ``1.0`` is an integer and siblings of ``$ref`` apply)?"""
    declared = str(schema.get("$schema", ""))
    return any(marker in declared for marker in ("2020-12", "2019-09", "draft-06", "draft-07"))


class _At:
    """Where the code being written is: the variable holding the value, its JSON path expression, the schema
    path of the keywords, the indent, and the types the value is already known to have."""

    __slots__ = ("indent", "p", "sp", "types", "v")

    def __init__(self, v: str, p: str, sp: str, indent: int, types: tuple[str, ...] = ()) -> None:
        self.v, self.p, self.sp, self.indent, self.types = v, p, sp, indent, types

    @property
    def pad(self) -> str:
        return "    " * self.indent

    def deeper(self, levels: int = 1) -> _At:
        return _At(self.v, self.p, self.sp, self.indent + levels, self.types)


class _Writer:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.modern = modern_dialect(root)
        self.tests = {**_TYPE_TESTS, "integer": _MODERN_INTEGER} if self.modern else _TYPE_TESTS
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.collect = False  # writing a collector (True) or a verdict (False)
        self._count = 0
        self._refs: dict[str, tuple[str, str]] = {}

    def name(self, stem: str) -> str:
        self._count += 1
        return f"{stem}{self._count}"

    def const(self, value: Any) -> str:
        name = self.name("_k")
        self.constants[name] = value
        return name

    def function(self, name: str, schema: Any, *, collect: bool, sp: str = "#") -> None:
        """Write ``def name(v, strict=False, p='$')`` checking ``schema``."""
        outer, self.collect = self.collect, collect
        body: list[str] = []
        self.emit(body, schema, _At("v", "p", sp, 1))
        self.lines += [f"def {name}(v, strict=False, p='$'):", "    out = []" if collect else "    pass", *body]
        self.lines += ["    return out" if collect else "    return True", ""]
        self.collect = outer

    def fail(
        self, out: list[str], at: _At, keyword: str, message: str, *, path: str | None = None, severity: str = "'error'"
    ) -> None:
        """Report a failed ``keyword``: append a problem (collector) or return False (verdict)."""
        if self.collect:
            where = path if path is not None else at.p
            problem = f"_P({where}, {keyword!r}, {message}, {at.sp + '/' + keyword!r}, {severity})"
            out.append(f"{at.pad}out.append({problem})")
        else:
            out.append(f"{at.pad}return False")

    def emit(self, out: list[str], schema: Any, at: _At) -> None:
        """Append the checks of ``schema`` on the value at ``at`` to ``out``."""
        if schema is True:
            out.append(f"{at.pad}pass")
            return
        if schema is False:
            self.fail(out, at, "false", f"(_s, {at.v}, ' is not allowed here (the schema is false)')")
            return
        if not isinstance(schema, dict):
            raise UnsupportedSchemaError(f"{at.sp}: a schema must be an object or a boolean, got {schema!r}")
        unknown = set(schema) - (_SUPPORTED if self.modern else _SUPPORTED - _MODERN_ONLY)
        if unknown:
            raise UnsupportedSchemaError(f"{at.sp}: keywords not supported: {sorted(unknown)}")
        if "$ref" in schema:
            self._reference(out, schema["$ref"], at)
            if not self.modern:
                return  # draft 4: siblings of $ref are ignored
        kinds = schema.get("type")
        types = (kinds,) if isinstance(kinds, str) else tuple(kinds or ())
        if types:
            test = " or ".join(self.tests[kind].format(v=at.v) for kind in types)
            expected = " or ".join(json.dumps(kind) for kind in types)
            out.append(f"{at.pad}if not ({test}):")
            self.fail(out, at.deeper(), "type", f"(_s, {at.v}, {' is not of type ' + expected!r})")
            if self.collect:  # the other keywords only apply to a value of the right type
                out.append(f"{at.pad}else:")
                at = at.deeper()
        at = _At(at.v, at.p, at.sp, at.indent, types)
        start = len(out)
        for part in (self._enum, self._string, self._number, self._object, self._array, self._combinators):
            part(out, schema, at)
        if len(out) == start:
            out.append(f"{at.pad}pass")

    def _reference(self, out: list[str], ref: Any, at: _At) -> None:
        """Call the functions compiled for the schema ``ref`` points at (compiled once, so recursion works)."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise UnsupportedSchemaError(f"{at.sp}/$ref: only local references (#/...) are supported, got {ref!r}")
        if ref not in self._refs:
            verdict, collector = self.name("_ref_ok"), self.name("_ref_problems")
            self._refs[ref] = (verdict, collector)
            target = self._resolve(ref, at.sp)
            self.function(verdict, target, collect=False, sp=ref)
            self.function(collector, target, collect=True, sp=ref)
        verdict, collector = self._refs[ref]
        if self.collect:
            out.append(f"{at.pad}out.extend({collector}({at.v}, strict, {at.p}))")
        else:
            out.append(f"{at.pad}if not {verdict}({at.v}, strict):")
            out.append(f"{at.pad}    return False")

    def _resolve(self, ref: str, sp: str) -> Any:
        node: Any = self.root
        for part in ref.removeprefix("#").split("/")[1:]:
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise UnsupportedSchemaError(f"{sp}/$ref: {ref!r} points at nothing in the schema")
        return node

    def _guard(self, out: list[str], kind: str, at: _At) -> _At:
        """Open ``if <value is of kind>:`` unless the type check already guarantees it."""
        if at.types == (kind,) or (kind == "number" and at.types in (("integer",), ("number",))):
            return at
        out.append(f"{at.pad}if {_TYPE_TESTS[kind].format(v=at.v)}:")
        return at.deeper()

    def _enum(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        if "const" in schema:
            value, v = schema["const"], at.v
            if value is None or isinstance(value, bool):
                test = f"{v} is {value!r}"
            elif isinstance(value, str):
                test = f"{v} == {value!r}" if at.types == ("string",) else f"isinstance({v}, str) and {v} == {value!r}"
            else:
                test = f"_in_enum({v}, {self.const((value,))})"
            shown_value = json.dumps(value, ensure_ascii=False)
            out.append(f"{at.pad}if not ({test}):")
            self.fail(out, at.deeper(), "const", f"(_s, {v}, {' is not ' + shown_value!r})")
        if "enum" not in schema:
            return
        values, v = schema["enum"], at.v
        listed = json.dumps(values, ensure_ascii=False)
        if values and all(value is None or isinstance(value, bool) for value in values):
            test = " or ".join(f"{v} is {value!r}" for value in values)
        elif values and all(isinstance(value, str) for value in values):
            members = self.const(frozenset(values))
            test = f"{v} in {members}" if at.types == ("string",) else f"isinstance({v}, str) and {v} in {members}"
        else:
            test = f"_in_enum({v}, {self.const(tuple(values))})"
        out.append(f"{at.pad}if not ({test}):")
        self.fail(out, at.deeper(), "enum", f"(_s, {v}, {' is not one of ' + listed!r})")

    def _string(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        if not any(key in schema for key in ("minLength", "maxLength", "pattern")):
            return
        inner, v = self._guard(out, "string", at), at.v
        if "minLength" in schema:
            limit = schema["minLength"]
            unit = "character" if limit == 1 else "characters"
            out.append(f"{inner.pad}if len({v}) < {limit}:")
            self.fail(out, inner.deeper(), "minLength", f"(_s, {v}, ' is too short (minimum {limit} {unit})')")
        if "maxLength" in schema:
            limit = schema["maxLength"]
            out.append(f"{inner.pad}if len({v}) > {limit}:")
            self.fail(out, inner.deeper(), "maxLength", f"(_s, {v}, ' is too long (maximum {limit} characters)')")
        if "pattern" in schema:
            compiled = self.const(_regex(schema["pattern"], at.sp))
            out.append(f"{inner.pad}if not {compiled}.search({v}):")
            self.fail(
                out, inner.deeper(), "pattern", f"(_s, {v}, {' does not match ' + json.dumps(schema['pattern'])!r})"
            )

    def _number(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        keys = ("minimum", "maximum", "multipleOf", "exclusiveMinimum", "exclusiveMaximum")
        if not any(key in schema and not isinstance(schema[key], bool) for key in keys):
            return
        inner, v = self._guard(out, "number", at), at.v
        for key, below in (("minimum", True), ("maximum", False)):
            if key not in schema:
                continue
            limit = schema[key]
            exclusive = schema.get("exclusiveMinimum" if below else "exclusiveMaximum") is True
            operator = ("<=" if exclusive else "<") if below else (">=" if exclusive else ">")
            words = ("less than" if below else "greater than") + (" or equal to" if exclusive else "")
            out.append(f"{inner.pad}if {v} {operator} {limit!r}:")
            self.fail(out, inner.deeper(), key, f"(_s, {v}, ' is {words} the {key} of {limit}')")
        for key, below in (("exclusiveMinimum", True), ("exclusiveMaximum", False)):
            limit = schema.get(key)
            if limit is None or isinstance(limit, bool):
                continue  # draft 4's boolean form is read with minimum/maximum above
            words = "less than or equal to" if below else "greater than or equal to"
            out.append(f"{inner.pad}if {v} {'<=' if below else '>='} {limit!r}:")
            self.fail(out, inner.deeper(), key, f"(_s, {v}, ' is {words} the {key[9:].lower()} of {limit}')")
        if "multipleOf" in schema:
            step = schema["multipleOf"]
            out.append(f"{inner.pad}if _not_multiple({v}, {step!r}):")
            self.fail(out, inner.deeper(), "multipleOf", f"(_s, {v}, ' is not a multiple of {step}')")

    def _object(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        properties: dict[str, Any] = schema.get("properties", {})
        patterns: dict[str, Any] = schema.get("patternProperties", {})
        extra = schema.get("additionalProperties", True)
        others = (
            "required",
            "propertyNames",
            "minProperties",
            "maxProperties",
            "dependentRequired",
            "dependentSchemas",
        )
        if not (properties or patterns or extra is not True or any(key in schema for key in others)):
            return
        inner, v = self._guard(out, "object", at), at.v
        self._object_counts(out, schema, at, inner)
        for name, subschema in properties.items():
            child = self.name("x")
            out.append(f"{inner.pad}{child} = {v}.get({name!r}, _MISSING)")
            out.append(f"{inner.pad}if {child} is not _MISSING:")
            where = _At(child, f"_kp({at.p}, {name!r})", f"{at.sp}/properties/{_pointer(name)}", inner.indent + 1)
            self.emit(out, subschema, where)
        key = self.name("k")
        if "propertyNames" in schema:
            out.append(f"{inner.pad}for {key} in {v}:")
            names_at = _At(key, f"_kp({at.p}, {key})", f"{at.sp}/propertyNames", inner.indent + 1, ())
            self.emit(out, schema["propertyNames"], names_at)
        matchers = [(self.const(_regex(pattern, at.sp)), sub, pattern) for pattern, sub in patterns.items()]
        for regex, subschema, pattern in matchers:
            value = self.name("x")
            out.append(f"{inner.pad}for {key}, {value} in {v}.items():")
            out.append(f"{inner.pad}    if isinstance({key}, str) and {regex}.search({key}):")
            sp = f"{at.sp}/patternProperties/{_pointer(pattern)}"
            self.emit(out, subschema, _At(value, f"_kp({at.p}, {key})", sp, inner.indent + 2))
        if properties or patterns or extra is not True:
            self._additional(out, schema, at, inner, key=key, matchers=[regex for regex, _, _ in matchers])

    def _object_counts(self, out: list[str], schema: dict[str, Any], at: _At, inner: _At) -> None:
        """``required``, ``minProperties``/``maxProperties`` and ``dependentRequired``/``dependentSchemas``."""
        v, pad = at.v, inner.pad
        for name in schema.get("required", []):
            out.append(f"{pad}if {name!r} not in {v}:")
            message = repr(json.dumps(name, ensure_ascii=False) + " is a required property")
            self.fail(out, inner.deeper(), "required", message, path=f"_kp({at.p}, {name!r})")
        for key, operator, words in (("minProperties", "<", "too few"), ("maxProperties", ">", "too many")):
            if key in schema:
                out.append(f"{pad}if len({v}) {operator} {schema[key]}:")
                self.fail(out, inner.deeper(), key, f"(_s, len({v}), ' properties: {words}')")
        for name, needed in schema.get("dependentRequired", {}).items():
            for other in needed:
                out.append(f"{pad}if {name!r} in {v} and {other!r} not in {v}:")
                message = repr(f"{json.dumps(other)} is required when {json.dumps(name)} is present")
                self.fail(out, inner.deeper(), "dependentRequired", message, path=f"_kp({at.p}, {other!r})")
        for name, subschema in schema.get("dependentSchemas", {}).items():
            out.append(f"{pad}if {name!r} in {v}:")
            self.emit(out, subschema, _At(v, at.p, f"{at.sp}/dependentSchemas/{_pointer(name)}", inner.indent + 1))

    def _additional(
        self, out: list[str], schema: dict[str, Any], at: _At, inner: _At, *, key: str, matchers: list[str]
    ) -> None:
        """Keys neither ``properties`` nor ``patternProperties`` name: ``additionalProperties``, or, when the
        schema allows them, a warning that they are probably typos (an error when ``strict``)."""
        properties: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        v, pad = at.v, inner.pad
        known, known_set = self.const(tuple(properties)), self.const(frozenset(properties))
        unknown_path = f"_kp({at.p}, {key})"
        additional = f"{key} not in {known_set}" + "".join(
            f" and not (isinstance({key}, str) and {regex}.search({key}))" for regex in matchers
        )
        if extra is False and not self.collect and not matchers:
            out.append(f"{pad}if not {known_set}.issuperset({v}):")
            out.append(f"{pad}    return False")
        elif extra is False:
            out.append(f"{pad}for {key} in {v}:")
            out.append(f"{pad}    if {additional}:")
            message = f"(_unknown, {key}, {known}, False)"
            self.fail(out, inner.deeper(2), "additionalProperties", message, path=unknown_path)
        elif isinstance(extra, dict):
            value = self.name("x")
            out.append(f"{pad}for {key}, {value} in {v}.items():")
            out.append(f"{pad}    if {additional}:")
            self.emit(out, extra, _At(value, unknown_path, f"{at.sp}/additionalProperties", inner.indent + 2))
        elif properties and self.collect:
            # Allowed by the schema, but most likely a typo: a warning, or an error when strict.
            out.append(f"{pad}for {key} in {v}:")
            out.append(f"{pad}    if {additional}:")
            message = f"(_unknown, {key}, {known}, True)"
            severity = "'error' if strict else 'warning'"
            self.fail(out, inner.deeper(2), "additionalProperties", message, path=unknown_path, severity=severity)
        elif properties and not matchers:
            out.append(f"{pad}if strict and not {known_set}.issuperset({v}):")  # every key known: at C speed
            out.append(f"{pad}    return False")
        elif properties:
            out.append(f"{pad}if strict:")
            out.append(f"{pad}    for {key} in {v}:")
            out.append(f"{pad}        if {additional}:")
            out.append(f"{pad}            return False")

    def _array(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        keys = ("items", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems")
        if not any(key in schema for key in keys):
            return
        inner, v = self._guard(out, "array", at), at.v
        for key, operator, words in (("minItems", "<", "too short"), ("maxItems", ">", "too long")):
            if key in schema:
                out.append(f"{inner.pad}if len({v}) {operator} {schema[key]}:")
                self.fail(out, inner.deeper(), key, f"(_s, len({v}), ' items: the array is {words}')")
        if schema.get("uniqueItems") is True:
            out.append(f"{inner.pad}if not _unique({v}):")
            self.fail(out, inner.deeper(), "uniqueItems", f"(_s, {v}, ' has repeated items')")
        prefix = schema.get("prefixItems", [])
        for position, subschema in enumerate(prefix):
            out.append(f"{inner.pad}if len({v}) > {position}:")
            path = f"({at.p} + '[{position}]')"
            sub = _At(f"{v}[{position}]", path, f"{at.sp}/prefixItems/{position}", inner.indent + 1)
            self.emit(out, subschema, sub)
        if "items" in schema:
            items = schema["items"]
            if isinstance(items, list):
                raise UnsupportedSchemaError(f"{at.sp}/items: an array of item schemas is not supported")
            index, item = self.name("i"), self.name("x")
            rest = f"enumerate({v}[{len(prefix)}:], {len(prefix)})" if prefix else f"enumerate({v})"
            out.append(f"{inner.pad}for {index}, {item} in {rest}:")
            path = f"({at.p} + '[' + str({index}) + ']')"
            self.emit(out, items, _At(item, path, f"{at.sp}/items", inner.indent + 1))
        if "contains" in schema:
            verdict, _, _ = self._branch(schema["contains"], f"{at.sp}/contains")
            low, high = schema.get("minContains", 1), schema.get("maxContains")
            count = self.name("n")
            out.append(f"{inner.pad}{count} = sum(1 for _x in {v} if {verdict}(_x, strict))")
            out.append(f"{inner.pad}if {count} < {low}:")
            self.fail(out, inner.deeper(), "contains", f"(_s, {v}, ' has fewer than {low} items matching contains')")
            if high is not None:
                out.append(f"{inner.pad}if {count} > {high}:")
                message = f"(_s, {v}, ' has more than {high} items matching contains')"
                self.fail(out, inner.deeper(), "maxContains", message)

    def _combinators(self, out: list[str], schema: dict[str, Any], at: _At) -> None:
        v, pad = at.v, at.pad
        for i, subschema in enumerate(schema.get("allOf", [])):
            self.emit(out, subschema, _At(v, at.p, f"{at.sp}/allOf/{i}", at.indent))
        for keyword in ("anyOf", "oneOf"):
            if keyword not in schema:
                continue
            branches = [self._branch(sub, f"{at.sp}/{keyword}/{i}") for i, sub in enumerate(schema[keyword])]
            verdicts = ", ".join(verdict for verdict, _, _ in branches)
            if keyword == "oneOf":
                test = f"sum(1 for _f in ({verdicts},) if _f({v}, strict)) != 1"
            else:
                test = f"not any(_f({v}, strict) for _f in ({verdicts},))"
            out.append(f"{pad}if {test}:")
            if self.collect:
                table = "(" + "".join(f"({types!r}, {collector}), " for _, collector, types in branches) + ")"
                schema_path = at.sp + "/" + keyword
                alternatives = f"({keyword!r}, {schema_path!r}, {table})"
                out.append(f"{pad}    out.extend(_best({v}, strict, {at.p}, {alternatives}))")
            else:
                out.append(f"{pad}    return False")
        if "not" in schema:
            verdict, _, _ = self._branch(schema["not"], f"{at.sp}/not")
            out.append(f"{pad}if {verdict}({v}, strict):")
            self.fail(out, at.deeper(), "not", f"(_s, {v}, ' must not match the schema at {at.sp}/not')")
        if "if" in schema and ("then" in schema or "else" in schema):
            condition, _, _ = self._branch(schema["if"], f"{at.sp}/if")
            out.append(f"{pad}if {condition}({v}, strict):")
            self.emit(out, schema.get("then", True), _At(v, at.p, f"{at.sp}/then", at.indent + 1))
            out.append(f"{pad}else:")
            self.emit(out, schema.get("else", True), _At(v, at.p, f"{at.sp}/else", at.indent + 1))

    def _branch(self, schema: Any, sp: str) -> tuple[str, str, tuple[str, ...]]:
        """Compile a sub-schema into its own verdict and collector functions (for anyOf/oneOf/not)."""
        verdict, collector = self.name("_branch_ok"), self.name("_branch_problems")
        self.function(verdict, schema, collect=False, sp=sp)
        self.function(collector, schema, collect=True, sp=sp)
        kind = schema.get("type") if isinstance(schema, dict) else None
        types = (kind,) if isinstance(kind, str) else tuple(kind or ())
        return verdict, collector, types


def _regex(pattern: str, sp: str) -> Any:
    import re  # noqa: PLC0415 - only schemas with a pattern need it

    try:
        return re.compile(pattern)
    except re.error as exc:
        raise UnsupportedSchemaError(f"{sp}: the pattern {pattern!r} is not a regular expression Python reads") from exc


def _pointer(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _json_equal(left: Any, right: Any) -> bool:
    """JSON equality: booleans are not numbers, containers compare element-wise."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left is right
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(_json_equal(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_json_equal(a, b) for a, b in zip(left, right, strict=True))
    return bool(type(left) is type(right) or (isinstance(left, int | float) and isinstance(right, int | float))) and (
        left == right
    )


def _in_enum(value: Any, values: tuple[Any, ...]) -> bool:
    return any(_json_equal(value, candidate) for candidate in values)


def _unknown_property(name: object, known: tuple[str, ...], allowed: bool) -> str:
    import difflib  # noqa: PLC0415 - only when a message is read

    close = difflib.get_close_matches(name, known, n=1) if isinstance(name, str) else []
    hint = f" (did you mean {json.dumps(close[0])}?)" if close else ""
    shown_name = json.dumps(name, ensure_ascii=False) if isinstance(name, str) else show(name)
    if allowed:
        return f"unknown property {shown_name}: the API ignores it{hint}"
    return f"unknown property {shown_name} is not allowed{hint}"


_JSON_TYPES = {bool: "boolean", str: "string", dict: "object", list: "array", type(None): "null"}


def _json_types(value: Any) -> set[str]:
    if isinstance(value, bool):
        return {"boolean"}
    if isinstance(value, int):
        return {"integer", "number"}
    if isinstance(value, float):
        return {"number"}
    return {_JSON_TYPES.get(type(value), "unknown")}


def _best_branch(value: Any, strict: bool, path: str, alternatives: Alternatives) -> list[Problem]:
    """Problems for a failed anyOf/oneOf: the one branch of the value's type if there is exactly one.

    ``alternatives`` is ``(keyword, schema_path, branches)``; each branch pairs its declared types with its
    collector.
    """
    keyword, schema_path, branches = alternatives
    kinds = _json_types(value)
    typed = [collector for types, collector in branches if types and kinds & set(types)]
    if keyword == "anyOf" and len(typed) == 1:
        found = typed[0](value, strict, path)
        if found:
            return found
    if keyword == "oneOf" and sum(1 for _, collector in branches if not collector(value, strict, path)) > 1:
        return [Problem(path, keyword, f"{show(value)} is valid under more than one of the given schemas", schema_path)]
    expected = " or ".join(sorted({kind for types, _ in branches for kind in types})) or "one of the given schemas"
    return [
        Problem(path, keyword, f"{show(value)} is not valid under any of the given schemas ({expected})", schema_path)
    ]


def _unique(items: list[Any]) -> bool:
    """No two items are equal as JSON values (``1`` and ``1.0`` are; ``true`` and ``1`` are not)."""
    return not any(_json_equal(item, other) for index, item in enumerate(items) for other in items[index + 1 :])


def _not_multiple(value: Any, step: Any) -> bool:
    """jsonschema's ``multipleOf``: float division where the step is a float, else ``%``; exact (with
    fractions) where the float quotient overflows, so ``10**29`` or a NaN gets a verdict, never an error."""
    from fractions import Fraction  # noqa: PLC0415 - only overflowing quotients need it

    try:
        if isinstance(step, float):
            quotient = value / step
            return bool(int(quotient) != quotient)
        return bool(value % step)
    except OverflowError:
        return (Fraction(value) / Fraction(step)).denominator != 1
    except (ValueError, TypeError):  # NaN or Infinity (not JSON): never a multiple
        return True


def _other_number(value: Any) -> bool:
    """A number that is not a plain int or float: any ``numbers.Number`` but bool (Decimal, numpy), finite."""
    if isinstance(value, bool) or not isinstance(value, numbers.Number):
        return False
    try:
        return value - value == 0  # type: ignore[operator, no-any-return]
    except (TypeError, ValueError, ArithmeticError):
        return False
