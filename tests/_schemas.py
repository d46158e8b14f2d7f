"""Hypothesis strategies for OpenAPI request schemas, drawn from the space publishers write.

One drawn case is a whole one-operation document (``POST /v1/tts``, OpenAPI 3.0 or 3.1) whose JSON request body
is the drawn schema, with the component schemas it references: objects nested in objects and arrays; enums of
strings, integers, numbers, booleans and mixed, with and without ``type``; ``anyOf``/``oneOf``/``allOf`` with
siblings beside them; ``$ref`` with siblings; recursive ``$ref``; ``nullable`` (3.0) and ``type: [..., "null"]``
(3.1); ``const`` (3.1); defaults that fail their own schema; names that collide after case folding, CamelCase or
``_`` handling, Python keywords, leading digits, non-ASCII and empty names; ``additionalProperties`` as a schema;
``format``s; titles that repeat across schemas.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

#: Property names, enum values and component names that collide or trouble a code generator.
NAMES = (
    "a",
    "A",
    "a_b",
    "a-b",
    "aB",
    "AB",
    "a b",
    "a.b",
    "class",
    "def",
    "None",
    "True",
    "1x",
    "2",
    "_x",
    "__x",
    "é",
    "É",
    "Maitê",
    "燕",
    "",
    "additional_properties",
    "to_dict",
    "from_dict",
    "d",
    "src_dict",
    "field_dict",
    "type",
    "self",
    "UNSET",
    "value",
    "some_name",
    "someName",
    "SomeName",
    "some-name",
    "model",
    "text",
    'quo"te',
    "back\\slash",
    "new\nline",
    "x_item",
    "x",
    "x_type_0",
    "data",
    "additional_property",
)
COMPONENT_NAMES = ("Item", "item", "Some_Name", "SomeName", "Body", "Voice", "Value", "Node", "X1", "x-1")
TITLES = ("Shared", "Voice", "openai/tts-1", "Request", "")
FORMATS = ("date-time", "date", "uuid", "uri", "email", "binary", "byte", "int32", "float", "password")
PATTERNS = ("^[a-z]+$", "^x", "[0-9]", "^$")
NUMBERS = (0, 1, -1, 2, 3, 10, 1.5, -2.5, 0.5, 100, 10**12)
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.sampled_from(NUMBERS), st.sampled_from(NAMES), st.integers(-5, 5))
ANY_JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(NAMES), inner, max_size=2),
    max_leaves=4,
)


def _fixed(
    required: dict[str, st.SearchStrategy[Any]], optional: dict[str, st.SearchStrategy[Any]] | None = None
) -> st.SearchStrategy[dict[str, Any]]:
    """``st.fixed_dictionaries`` typed for JSON objects."""
    return st.fixed_dictionaries(required, optional=optional)


class Version:
    """What an OpenAPI version lets a schema say."""

    def __init__(self, openapi: str) -> None:
        self.openapi = openapi
        self.v31 = openapi.startswith("3.1")


def _enums(version: Version) -> st.SearchStrategy[dict[str, Any]]:
    strings = st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True)
    integers = st.lists(st.integers(-3, 50), min_size=1, max_size=4, unique=True)
    numbers = st.lists(st.sampled_from((0.5, 1.5, 2, -2.5, 24000.0)), min_size=1, max_size=3, unique=True)
    booleans = st.lists(st.booleans(), min_size=1, max_size=2, unique=True)
    mixed = st.lists(st.one_of(st.sampled_from(NAMES[:8]), st.integers(0, 3), st.booleans()), min_size=2, max_size=4)
    typed = st.one_of(
        strings.map(lambda values: {"type": "string", "enum": values}),
        integers.map(lambda values: {"type": "integer", "enum": values}),
        numbers.map(lambda values: {"type": "number", "enum": values}),
        booleans.map(lambda values: {"type": "boolean", "enum": values}),
    )
    untyped = st.one_of(strings, integers, numbers, booleans, mixed).map(lambda values: {"enum": _unique(values)})
    enum = st.one_of(typed, untyped)
    if version.v31:
        with_null = strings.map(lambda values: {"type": ["string", "null"], "enum": [*values, None]})
    else:
        with_null = strings.map(lambda values: {"type": "string", "nullable": True, "enum": [*values, None]})
    return st.one_of(enum, with_null)


def _unique(values: list[Any]) -> list[Any]:
    """Values without JSON duplicates (``1`` and ``1.0``, never ``True`` and ``1``)."""
    kept: list[Any] = []
    for value in values:
        if not any(type(value) is type(other) and value == other for other in kept):
            kept.append(value)
    return kept


def _primitives(version: Version) -> st.SearchStrategy[dict[str, Any]]:
    string = _fixed(
        {"type": st.just("string")},
        optional={
            "minLength": st.integers(0, 3),
            "maxLength": st.integers(3, 20),
            "pattern": st.sampled_from(PATTERNS),
            "format": st.sampled_from(FORMATS),
        },
    )
    integer = _fixed(
        {"type": st.just("integer")},
        optional={"minimum": st.integers(-5, 5), "maximum": st.integers(5, 100), "multipleOf": st.sampled_from((1, 2))},
    )
    number = _fixed(
        {"type": st.just("number")},
        optional={"minimum": st.sampled_from((0, 0.25, -1)), "maximum": st.sampled_from((4, 10.5))},
    )
    if version.v31:
        number = st.one_of(number, _fixed({"type": st.just("number"), "exclusiveMinimum": st.sampled_from((0, 0.5))}))
    else:
        number = st.one_of(
            number,
            _fixed({"type": st.just("number"), "minimum": st.just(0), "exclusiveMinimum": st.booleans()}),
        )
    boolean = st.just({"type": "boolean"})
    choices = [string, integer, number, boolean, st.just({}), _enums(version)]
    if version.v31:
        choices += [
            st.just({"type": "null"}),
            st.sampled_from(["string", "integer", "number", "boolean"]).map(lambda kind: {"type": [kind, "null"]}),
            st.one_of(JSON_LEAVES, st.just(False), st.just(True)).map(lambda value: {"const": value}),
            st.sampled_from([(True, "boolean"), (False, "boolean"), ("x", "string"), (3, "integer")]).map(
                lambda pair: {"type": pair[1], "const": pair[0]}
            ),
        ]
    else:
        choices += [
            st.sampled_from(["string", "integer", "number", "boolean"]).map(
                lambda kind: {"type": kind, "nullable": True}
            ),
            # Not an OpenAPI 3.0 keyword, yet published in 3.0 documents: OAS30Validator ignores it.
            st.sampled_from(["x", 3, True]).map(lambda value: {"const": value}),
            strings_enum_nullable_without_null(),
        ]
    return st.one_of(*choices)


def strings_enum_nullable_without_null() -> st.SearchStrategy[dict[str, Any]]:
    """``nullable: true`` beside an enum that does not list null (null then fails the enum)."""
    return st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True).map(
        lambda values: {"type": "string", "nullable": True, "enum": values}
    )


def _annotated(schema: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Siblings that only annotate: a default (which may fail the schema), a description, a (repeated) title."""
    return st.builds(
        lambda base, extra: {**base, **extra},
        schema,
        _fixed(
            {},
            optional={
                "default": ANY_JSON,
                "description": st.sampled_from(("A field.", "Välue 'quoted' \"twice\"", "", '"""', "\\")),
                "title": st.sampled_from(TITLES),
                "example": ANY_JSON,
                "readOnly": st.just(True),
                "writeOnly": st.just(True),
                "deprecated": st.booleans(),
            },
        ),
    )


def _schema(version: Version, components: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    leaves = _annotated(_primitives(version))
    if components:
        ref = st.sampled_from(components).map(lambda name: {"$ref": f"#/components/schemas/{name}"})
        leaves = st.one_of(leaves, ref, _ref_with_siblings(version, ref))
    return st.recursive(leaves, lambda inner: _composites(version, inner), max_leaves=8)


def _ref_with_siblings(version: Version, ref: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    siblings: dict[str, st.SearchStrategy[Any]] = {
        "description": st.just("About this reference."),
        "default": ANY_JSON,
        "title": st.sampled_from(TITLES),
    }
    if version.v31:
        siblings["type"] = st.sampled_from(["object", "string"])
    else:
        siblings["nullable"] = st.booleans()
    return st.builds(lambda base, extra: {**base, **extra}, ref, _fixed({}, optional=siblings))


def _composites(version: Version, inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    obj = _objects(version, inner)
    array = _fixed(
        {"type": st.just("array"), "items": inner},
        optional={"minItems": st.integers(0, 2), "maxItems": st.integers(2, 4)},
    )
    combined = st.builds(
        lambda keyword, branches, siblings: {keyword: branches, **siblings},
        st.sampled_from(("anyOf", "oneOf", "allOf")),
        st.lists(inner, min_size=1, max_size=3),
        _fixed(
            {},
            optional={
                "type": st.sampled_from(["string", "object", "integer"]),
                "enum": st.lists(st.sampled_from(NAMES[:6]), min_size=1, max_size=3, unique=True),
                "default": ANY_JSON,
                "description": st.just("Either."),
                "title": st.sampled_from(TITLES),
            },
        ),
    )
    nullable: st.SearchStrategy[dict[str, Any]]
    if version.v31:
        nullable = inner.map(lambda schema: {"anyOf": [schema, {"type": "null"}]})
    else:
        nullable = obj.map(lambda schema: {**schema, "nullable": True})
    return st.one_of(obj, array, combined, nullable)


def _objects(version: Version, inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    def build(properties: dict[str, Any], required: list[str], extra: Any) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        kept = [name for name in required if name in properties]
        if kept:
            schema["required"] = kept
        if extra is not None:
            schema["additionalProperties"] = extra
        return schema

    return st.builds(
        build,
        st.dictionaries(st.sampled_from(NAMES), inner, min_size=1, max_size=4),
        st.lists(st.sampled_from(NAMES), max_size=3, unique=True),
        st.one_of(st.none(), st.booleans(), inner),
    )


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A one-operation OpenAPI document whose request body is a drawn schema."""
    version = Version(draw(st.sampled_from(("3.0.3", "3.1.0"))))
    names = draw(st.lists(st.sampled_from(COMPONENT_NAMES), max_size=3, unique=True))
    components: dict[str, Any] = {}
    for name in names:
        # A component may refer to any component, itself included (recursion).
        components[name] = draw(_annotated(_objects(version, _schema(version, names))))
    tagged = draw(st.booleans()) and draw(st.integers(0, 3)) == 0
    if tagged:  # a tagged union: OpenAPI's discriminator picks the branch by the value of `kind`
        for name in ("Cat", "Dog"):
            components[name] = {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "enum": [name]}, "a": draw(_schema(version, []))},
            }
    body_choice = draw(st.integers(0, 9))
    if names and body_choice == 0:
        body: dict[str, Any] = {"$ref": f"#/components/schemas/{draw(st.sampled_from(names))}"}
    elif names and body_choice == 1:
        body = {"allOf": [{"$ref": f"#/components/schemas/{name}"} for name in names], "description": "All of them."}
    else:
        body = draw(_annotated(_objects(version, _schema(version, names))))
    if tagged and isinstance(body.get("properties"), dict):
        discriminator: dict[str, Any] = {"propertyName": "kind"}
        if draw(st.booleans()):
            discriminator["mapping"] = {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}
        body["properties"]["pet"] = {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": discriminator,
        }
    document: dict[str, Any] = {
        "openapi": version.openapi,
        "info": {"title": "fuzz", "version": "1"},
        "paths": {
            "/v1/tts": {
                "post": {
                    "operationId": draw(st.sampled_from(("create", "_v1_tts", "Voice.create"))),
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {
                        "200": {
                            "description": "Audio",
                            "content": {"audio/mpeg": {"schema": {"type": "string", "format": "binary"}}},
                        }
                    },
                }
            }
        },
    }
    if components:
        document["components"] = {"schemas": components}
    return document
