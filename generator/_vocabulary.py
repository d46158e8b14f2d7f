"""Where a spec keeps the facade's words: declared in specs/specs.toml, else inferred from the operation.

A word lives in the request body (a field path: ``text``, ``voice_setting.voice_id``, ``speakers[0].preset``) or
in a parameter (``query:output_format``, ``path:voice_id``, ``header:...``). A declared path without a location
is looked up in the body first, then among the parameters, so one ``[vocabulary.*]`` table serves a gateway's
spec (ElevenLabs' ``output_format`` in AIML's body) and the provider's own (in its query).

The result goes into ``catalog.json``, so the facade, the server and ``tts-sdk voices`` read one answer:

- ``fields``: word -> located path, or None;
- ``format``: the located path(s) that select the audio format (one, or several such as Deepgram's ``encoding``
  + ``container``);
- ``formats``: facade format -> the values those fields take for it (``{"query:output_format": "mp3_44100_128"}``);
- ``companions``: word -> the fields set with it (Cartesia's ``voice.mode: "id"`` beside ``voice.id``);
- ``voices``, ``values``, ``defaults``, ``text_limit``: what the fields list, assume and allow.
"""

from __future__ import annotations

import re
from typing import Any

from generator._errors import GeneratorError
from generator._project import FORMAT_NAMES, WORDS, SpecEntry

#: Where the words live when a spec uses the usual names, in order of preference.
_USUAL = {
    "model": ("model", "model_id"),
    "text": ("text", "input"),
    "voice": ("voice", "voice_id"),
    "format": ("response_format", "format", "output_format"),
    "speed": ("speed",),
    "instructions": ("instructions",),
    "sample_rate": ("sample_rate",),
}
#: Words whose field must admit a number (a ``speed`` enum of words is not the facade's multiplier).
_NUMERIC = ("speed",)
_LOCATIONS = ("path", "query", "header")


class Request:
    """An operation's inputs as the vocabulary sees them: the body's JSON Schema and its parameters' (one object
    schema per location), and the one lookup of a field path in them."""

    def __init__(self, body: dict[str, Any], parameters: dict[str, dict[str, Any]], where: str) -> None:
        self.body, self.parameters, self.where = body, parameters, where

    def locate(self, path: str) -> str | None:
        """``path`` with its location: as given when it names one, else the body's field, else the parameter of
        that name (path, query, header), else None."""
        location, _, name = path.rpartition(":")
        if location:
            return path if name in self.parameters.get(location, {}).get("properties", {}) else None
        if _walk(self.body, path) is not None:
            return path
        for place in _LOCATIONS:
            if path in self.parameters.get(place, {}).get("properties", {}):
                return f"{place}:{path}"
        return None

    def schema(self, path: str, where: str | None = None) -> dict[str, Any]:
        """The schema of a located path; an error naming the path when there is none."""
        location, _, name = path.rpartition(":")
        if location:
            found = self.parameters.get(location, {}).get("properties", {}).get(name)
            if not isinstance(found, dict):
                raise GeneratorError(f"{where or self.where}: the operation has no {location} parameter {name!r}")
            return found
        node = _walk(self.body, path)
        if node is None:
            raise GeneratorError(
                f"{where or self.where}: the request has no field {path!r} (in its body or parameters)"
            )
        return node

    def required(self, path: str) -> bool:
        """Must a request set the located path's parameter, or the top-level body field it lives in?"""
        location, _, name = path.rpartition(":")
        if location:
            return name in self.parameters.get(location, {}).get("required", [])
        return re.split(r"[.\[]", path, maxsplit=1)[0] in self.body.get("required", [])


def resolve(entry: SpecEntry, request: Request) -> dict[str, Any]:
    """The catalog's ``vocabulary`` for ``entry``: every word's field, the format fields and the format values."""
    declared = entry.vocabulary
    fields: dict[str, str | None] = {}
    absent: dict[str, str] = {}
    for word in WORDS:
        if word == "format":
            continue
        if word in declared.fields:
            path = declared.fields[word]
            located = None if path is None else request.locate(path)
            if path is not None and located is None:
                if word in declared.strict:
                    _declared(request, path, f"{entry.where}: {word} = {path!r}")  # raises, naming the path
                absent[word] = path
            fields[word] = located
        else:
            fields[word] = _inferred(request, word)
    if fields["text"] is None and "text" not in declared.fields:
        fields["text"] = _only_required_string(request.body, fields["model"])
    if declared.format_fields is not None:
        format_fields = []
        for path in declared.format_fields:
            located = request.locate(path)
            if located is None and "format" in declared.strict:
                _declared(request, path, f"{entry.where}: format = {path!r}")  # raises, naming the path
            if located is None:
                absent.setdefault("format", path)
            else:
                format_fields.append(located)
    else:
        inferred = _inferred(request, "format")
        format_fields = [inferred] if inferred and enum_of(request.schema(inferred)) is not None else []
    formats = _formats(entry, request, format_fields)
    companions = {word: found for word, path in fields.items() if path and (found := _companions(request, path))}
    paths = [path for path in (*fields.values(), *format_fields) if path]
    values = {path: listed for path in paths if (listed := enum_values(request.schema(path)))}
    defaults = {path: value for path in paths if (value := default_of(request, path)) is not None}
    text = fields["text"]
    limit = request.schema(text).get("maxLength") if text else None
    required = [word for word, path in fields.items() if path and request.required(path)]
    if any(request.required(path) for path in format_fields):
        required.append("format")
    return {
        "fields": fields,
        "format": format_fields,
        "formats": formats,
        "required": required,
        **({"companions": companions} if companions else {}),
        **({"absent": absent} if absent else {}),
        "voices": values.get(fields["voice"] or "", []),
        "values": values,
        "defaults": defaults,
        **({"text_limit": limit} if isinstance(limit, int) else {}),
    }


def _declared(request: Request, path: str, where: str) -> str:
    located = request.locate(path)
    if located is None:
        raise GeneratorError(f"{where}: the request has no field {path!r} (in its body or parameters)")
    return located


def _inferred(request: Request, word: str) -> str | None:
    """The first usual name of ``word`` the request has (body first); an object field leads to its one required
    free member (Cartesia's ``voice`` object to ``voice.id``)."""
    for name in _USUAL[word]:
        located = request.locate(name)
        if located is None:
            continue
        schema = request.schema(located)
        if word in _NUMERIC and not _admits(schema, ("number", "integer")):
            continue
        if ":" not in located and isinstance(schema.get("properties"), dict) and word != "format":
            inner = [
                key for key in schema.get("required", []) if len(enum_values(schema["properties"].get(key, {}))) != 1
            ]
            if len(inner) != 1:
                continue
            located = f"{located}.{inner[0]}"
        return located
    return None


def _admits(schema: dict[str, Any], kinds: tuple[str, ...]) -> bool:
    kind = schema.get("type")
    listed = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if any(item in kinds for item in listed):
        return True
    return any(_admits(branch, kinds) for key in ("anyOf", "oneOf", "allOf") for branch in schema.get(key, []))


def _companions(request: Request, path: str) -> dict[str, Any]:
    """The fields of the object holding ``path`` that are required and admit one value (set with the word)."""
    if ":" in path or "." not in path:
        return {}
    parent, _, _ = path.rpartition(".")
    owner = request.schema(parent)
    found = {}
    for name in owner.get("required", []):
        listed = enum_values(owner.get("properties", {}).get(name, {}))
        sibling = f"{parent}.{name}"
        if sibling != path and len(listed) == 1:
            found[sibling] = listed[0]
    return found


def unplaced(vocabulary: dict[str, Any]) -> list[str]:
    """The facade words the catalog could not place (``text``: no usual name and no single required string)."""
    return [word for word in ("text",) if vocabulary["fields"].get(word) is None]


def _only_required_string(schema: dict[str, Any], model: str | None) -> str | None:
    properties = schema.get("properties", {})
    candidates = [
        name
        for name in schema.get("required", [])
        if name not in ("model", model) and isinstance(properties.get(name), dict)
        and properties[name].get("type") == "string" and enum_of(properties[name]) is None
    ]  # fmt: skip
    return candidates[0] if len(candidates) == 1 else None


def _formats(entry: SpecEntry, request: Request, format_fields: list[str]) -> dict[str, dict[str, Any]]:
    if not format_fields:
        if entry.vocabulary.formats and "format" in entry.vocabulary.strict:
            raise GeneratorError(f"{entry.where}: formats given, but the spec has no format field: set format = ...")
        return {}
    formats: dict[str, dict[str, Any]] = {}
    if len(format_fields) == 1:
        schema = request.schema(format_fields[0])
        values = enum_of(schema)
        default = schema.get("default")
        for name in FORMAT_NAMES:
            if values is None or name in values:
                formats[name] = {format_fields[0]: name}
            else:
                prefixed = [value for value in values if re.match(rf"^{name}_", str(value))]
                if prefixed:
                    pick = default if default in prefixed else prefixed[0]
                    formats[name] = {format_fields[0]: pick}
    for name, mapped in entry.vocabulary.formats.items():
        assignment = {}
        for key, value in mapped.items():
            path = format_fields[0] if key == "" else request.locate(key)
            if path is None and "format" not in entry.vocabulary.strict:
                break  # a shared table's format for a field this spec lacks: not offered here
            if path not in format_fields:
                raise GeneratorError(
                    f"{entry.where}: formats.{name} sets {key!r}, which is not a format field {format_fields}"
                )
            values = enum_of(request.schema(path))
            if values is not None and value not in values and "format" not in entry.vocabulary.strict:
                break  # a shared table's value this spec (an older version) does not list: not offered here
            if values is not None and value not in values:
                listed = ", ".join(map(str, values))
                raise GeneratorError(f"{entry.where}: formats.{name} = {value!r} is not a value of {path} ({listed})")
            assignment[path] = value
        else:
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


def default_of(request: Request, path: str) -> Any:
    """The value the API assumes for an omitted field: its default, else its parent object's default's member."""
    try:
        node = request.schema(path)
    except GeneratorError:
        return None
    if "default" in node:
        return node["default"]
    if ":" in path:
        return None
    parent, _, leaf = path.rpartition(".")
    owner = default_of(request, parent) if parent else None
    return owner.get(leaf) if isinstance(owner, dict) else None


def field_schema(schema: dict[str, Any], path: str, where: str) -> dict[str, Any]:
    """The schema of a body field path (``voice_setting.voice_id``, ``speakers[0].preset``) in a request schema."""
    node = _walk(schema, path)
    if node is None:
        raise GeneratorError(f"{where}: the request schema has no field {path!r}")
    return node


def _walk(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The schema of a body field path, through ``properties`` and ``items``; where the field is in the branches
    of a union (``anyOf``/``oneOf``/``allOf``), their schemas of it as one ``anyOf``. None where it is absent."""
    node: dict[str, Any] | None = schema
    for part in path.split("."):
        name, indexed = (part[:-3], True) if part.endswith("[0]") else (part, False)
        node = _member(node, name) if node is not None else None
        if node is not None and indexed:
            node = node.get("items") if isinstance(node.get("items"), dict) else None
        if node is None:
            return None
    return node


def _member(schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    properties = schema.get("properties")
    if isinstance(properties, dict) and isinstance(properties.get(name), dict):
        return properties[name]  # type: ignore[no-any-return]
    found = [member for key in ("anyOf", "oneOf", "allOf") for branch in schema.get(key, [])
             if isinstance(branch, dict) and (member := _member(branch, name)) is not None]  # fmt: skip
    if not found:
        return None
    return found[0] if len(found) == 1 else {"anyOf": found}
