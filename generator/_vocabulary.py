"""Where a spec keeps the facade's words: declared in specs/specs.toml, else inferred from the request schema.

The result goes into ``catalog.json``, so the facade, the server and ``tts-sdk voices`` read one answer:

- ``fields``: word -> field path (``text``, ``voice_setting.voice_id``, ``speakers[0].preset``) or None;
- ``format``: the field path(s) that select the audio format (one, or several such as ``encoding`` +
  ``container``);
- ``formats``: facade format -> the values those fields take for it (``{"output_format": "mp3_44100_128"}``).
"""

from __future__ import annotations

import re
from typing import Any

from generator._errors import GeneratorError
from generator._project import FORMAT_NAMES, WORDS, SpecEntry

#: Where the words live when a spec uses the usual names, in order of preference.
_USUAL = {
    "text": ("text", "input"),
    "voice": ("voice",),
    "format": ("response_format", "format", "output_format"),
    "speed": ("speed",),
    "instructions": ("instructions",),
    "sample_rate": ("sample_rate",),
}


def resolve(entry: SpecEntry, schema: dict[str, Any]) -> dict[str, Any]:
    """The catalog's ``vocabulary`` for ``entry``: every word's field, the format fields and the format values."""
    declared = entry.vocabulary
    properties = schema.get("properties", {})
    fields: dict[str, str | None] = {}
    for word in WORDS:
        if word == "format":
            continue
        if word in declared.fields:
            path = declared.fields[word]
            if path is not None:
                field_schema(schema, path, f"{entry.where}: {word} = {path!r}")
            fields[word] = path
        else:
            fields[word] = next((name for name in _USUAL[word] if name in properties), None)
    if fields["text"] is None and "text" not in declared.fields:
        fields["text"] = _only_required_string(schema)
    if declared.format_fields is not None:
        format_fields = list(declared.format_fields)
        for path in format_fields:
            field_schema(schema, path, f"{entry.where}: format = {path!r}")
    else:
        inferred = next((name for name in _USUAL["format"] if name in properties), None)
        format_fields = [inferred] if inferred else []
    formats = _formats(entry, schema, format_fields)
    paths = [path for path in (*fields.values(), *format_fields) if path]
    values = {path: listed for path in paths if (listed := enum_values(field_schema(schema, path, entry.where)))}
    defaults = {path: value for path in paths if (value := default_of(schema, path)) is not None}
    text = fields["text"]
    limit = field_schema(schema, text, entry.where).get("maxLength") if text else None
    return {
        "fields": fields,
        "format": format_fields,
        "formats": formats,
        "voices": values.get(fields["voice"] or "", []),
        "values": values,
        "defaults": defaults,
        **({"text_limit": limit} if isinstance(limit, int) else {}),
    }


def unplaced(vocabulary: dict[str, Any]) -> list[str]:
    """The facade words the catalog could not place (``text``: no usual name and no single required string)."""
    return [word for word in ("text",) if vocabulary["fields"].get(word) is None]


def _only_required_string(schema: dict[str, Any]) -> str | None:
    properties = schema.get("properties", {})
    candidates = [
        name
        for name in schema.get("required", [])
        if name != "model" and isinstance(properties.get(name), dict) and properties[name].get("type") == "string"
    ]
    return candidates[0] if len(candidates) == 1 else None


def _formats(entry: SpecEntry, schema: dict[str, Any], format_fields: list[str]) -> dict[str, dict[str, Any]]:
    if not format_fields:
        if entry.vocabulary.formats:
            raise GeneratorError(f"{entry.where}: formats given, but the spec has no format field: set format = ...")
        return {}
    formats: dict[str, dict[str, Any]] = {}
    if len(format_fields) == 1:
        values = enum_of(field_schema(schema, format_fields[0], entry.where))
        default = field_schema(schema, format_fields[0], entry.where).get("default")
        for name in FORMAT_NAMES:
            if values is None or name in values:
                formats[name] = {format_fields[0]: name}
            else:
                prefixed = [value for value in values if re.match(rf"^{name}_", str(value))]
                if prefixed:
                    pick = default if default in prefixed else prefixed[0]
                    formats[name] = {format_fields[0]: pick}
    for name, mapped in entry.vocabulary.formats.items():
        assignment = {(format_fields[0] if key == "" else key): value for key, value in mapped.items()}
        for path, value in assignment.items():
            if path not in format_fields:
                raise GeneratorError(
                    f"{entry.where}: formats.{name} sets {path!r}, which is not a format field {format_fields}"
                )
            values = enum_of(field_schema(schema, path, entry.where))
            if values is not None and value not in values:
                listed = ", ".join(map(str, values))
                raise GeneratorError(f"{entry.where}: formats.{name} = {value!r} is not a value of {path} ({listed})")
        formats[name] = assignment
    return {name: formats[name] for name in FORMAT_NAMES if name in formats}


def enum_of(schema: dict[str, Any]) -> list[Any] | None:
    """The values a field takes when it takes only listed ones (every branch an enum or const), else None."""
    branches = [branch for key in ("anyOf", "oneOf") for branch in schema.get(key, []) if isinstance(branch, dict)]
    if "enum" in schema or "const" in schema or (branches and all(enum_of(b) is not None for b in branches)):
        return enum_values(schema)
    return None


def enum_values(schema: dict[str, Any]) -> list[Any]:
    """Every value a field lists: its enum or const, and those of its anyOf/oneOf branches (a free branch, such
    as OpenAI's any-string voice, lists none), in order, each once. The one rule the facade reads (catalog)."""
    found: list[Any] = []
    listed = [*schema.get("enum", []), *([schema["const"]] if "const" in schema else [])]
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key, []):
            if isinstance(branch, dict):
                listed += enum_values(branch)
    for value in listed:
        if value is not None and value not in found:
            found.append(value)
    return found


def default_of(schema: dict[str, Any], path: str) -> Any:
    """The value the API assumes for an omitted field: its default, else its parent object's default's member."""
    try:
        node = field_schema(schema, path, "")
    except GeneratorError:
        return None
    if "default" in node:
        return node["default"]
    parent, _, leaf = path.rpartition(".")
    owner = default_of(schema, parent) if parent else None
    return owner.get(leaf) if isinstance(owner, dict) else None


def field_schema(schema: dict[str, Any], path: str, where: str) -> dict[str, Any]:
    """The schema of a field path (``voice_setting.voice_id``, ``speakers[0].preset``) in a request schema."""
    node = schema
    for part in path.split("."):
        name, indexed = (part[:-3], True) if part.endswith("[0]") else (part, False)
        properties = node.get("properties")
        if not isinstance(properties, dict) or name not in properties:
            raise GeneratorError(f"{where}: the request schema has no field {path!r} (no {name!r} there)")
        node = properties[name]
        if indexed:
            if not isinstance(node.get("items"), dict):
                raise GeneratorError(f"{where}: {name!r} in {path!r} is not an array")
            node = node["items"]
    return node
