"""Open enums: the fields whose lists of values grow upstream take any string beside their ``Literal``.

A spec's voices and model ids are catalogues the publisher extends every month; a typed model that refuses
a value added upstream (``from_dict`` raising on a new voice) breaks its users between two regenerations.
Those fields, and only those, are typed ``Literal[...] | str`` (openai-python's ``voice``): editors still
offer the listed values, and any string passes. Other enums (formats, modes) stay closed. The request JSON
Schema is untouched: validation still names a value the spec does not list.
"""

from __future__ import annotations

import re
from typing import Any

from generator._normalize import lifted_ref

#: The facade words whose values are open catalogues.
GROWING_WORDS = ("model", "voice")

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def open_growing_enums(document: dict[str, Any], request_class: str, fields: dict[str, str | None]) -> None:
    """Give the body fields placed as ``model`` or ``voice`` (``fields``: the catalog's located paths) an open
    string fallback in the generation ``document``; a model enum of one value becomes the field's default."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    for word in GROWING_WORDS:
        path = fields.get(word)
        if not path or ":" in path or request_class not in schemas:
            continue  # absent, or a path/query parameter (typed as the generated functions' arguments)
        holder, name = _holder(schemas, schemas[request_class], path)
        ref = lifted_ref(holder[name]) if holder is not None and name is not None else None
        target = schemas.get(ref.rsplit("/", 1)[-1]) if ref is not None else None
        values = _string_enum_values(target)
        if holder is None or name is None or ref is None or values is None:
            continue
        site = holder[name]
        if word == "model" and len(values) == 1:
            # A class serving one model fills it in: `model` stays in the payload, written for the user.
            holder[name] = {"allOf": [{"$ref": ref}], "default": values[0]}
            continue
        annotations = {key: site[key] for key in ("description", "default") if key in site}
        holder[name] = {"anyOf": [{"$ref": ref}, {"type": "string"}], **annotations}


def _holder(schemas: dict[str, Any], root: dict[str, Any], path: str) -> tuple[dict[str, Any] | None, str | None]:
    """The ``properties`` object holding the last segment of ``path``, and that segment's name."""
    segments = _SEGMENT.findall(path)
    schema: Any = root
    for position, (name, index) in enumerate(segments):
        ref = lifted_ref(schema) if isinstance(schema, dict) else None
        schema = schemas.get(ref.rsplit("/", 1)[-1]) if ref is not None else schema  # lifted: one hop
        if not isinstance(schema, dict):
            return None, None
        if index:
            schema = schema.get("items")
            continue
        properties = schema.get("properties")
        if not isinstance(properties, dict) or name not in properties:
            return None, None
        if position == len(segments) - 1:
            return properties, name
        schema = properties[name]
    return None, None


def _string_enum_values(schema: Any) -> list[Any] | None:
    """The values of a string enum component, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("enum"), list) and schema.get("type") == "string":
        return schema["enum"]  # type: ignore[no-any-return]
    return None
