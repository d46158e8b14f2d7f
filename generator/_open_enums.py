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

#: The facade words whose values are open catalogues.
GROWING_WORDS = ("model", "voice")

_SEGMENT = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def open_growing_enums(document: dict[str, Any], request_class: str, fields: dict[str, str | None]) -> list[str]:
    """Give the body fields placed as ``model`` or ``voice`` (``fields``: the catalog's located paths) an open
    string fallback in the generation ``document``; returns the component paths it opened."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    opened: list[str] = []
    for word in GROWING_WORDS:
        path = fields.get(word)
        if not path or ":" in path or request_class not in schemas:
            continue  # absent, or a path/query parameter (typed as the generated functions' arguments)
        holder, name = _holder(schemas, schemas[request_class], path)
        if holder is None or name is None:
            continue
        site = holder[name]
        target = _enum_component(schemas, site)
        if target is None:
            continue
        values = schemas[target]["enum"]
        if word == "model" and len(values) == 1:
            # A class serving one model fills it in: `model` stays in the payload, written for the user.
            holder[name] = {"allOf": [{"$ref": f"#/components/schemas/{target}"}], "default": values[0]}
            continue
        annotations = {key: site[key] for key in ("description", "default") if key in site}
        holder[name] = {"anyOf": [{"$ref": f"#/components/schemas/{target}"}, {"type": "string"}], **annotations}
        opened.append(f"{request_class}.{path}")
    return opened


def _holder(schemas: dict[str, Any], root: dict[str, Any], path: str) -> tuple[dict[str, Any] | None, str | None]:
    """The ``properties`` object holding the last segment of ``path``, and that segment's name."""
    segments = [(name, index) for name, index in _SEGMENT.findall(path)]
    schema: Any = root
    for position, (name, index) in enumerate(segments):
        schema = _resolved(schemas, schema)
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


def _resolved(schemas: dict[str, Any], schema: Any) -> Any:
    """``schema`` with a ``$ref`` (or a one-member ``allOf`` of one, as the normalizer writes) followed."""
    for _ in range(8):
        if not isinstance(schema, dict):
            return schema
        members = schema.get("allOf")
        if isinstance(members, list) and len(members) == 1:
            schema = members[0]
            continue
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return schema
        schema = schemas.get(ref.rsplit("/", 1)[-1])
    return schema


def _enum_component(schemas: dict[str, Any], site: Any) -> str | None:
    """The name of the string-enum component ``site`` refers to (directly or through a one-member allOf)."""
    if not isinstance(site, dict):
        return None
    members = site.get("allOf")
    ref = members[0].get("$ref") if isinstance(members, list) and len(members) == 1 else site.get("$ref")
    if not isinstance(ref, str):
        return None
    name = ref.rsplit("/", 1)[-1]
    target = schemas.get(name)
    if isinstance(target, dict) and isinstance(target.get("enum"), list) and target.get("type") == "string":
        return name
    return None
