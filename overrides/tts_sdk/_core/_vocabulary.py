"""One vocabulary for every model, mapped onto each spec's own request: body fields and parameters.

Where each spec keeps ``model``, ``text``, ``voice``, ``format``, ``speed`` and ``instructions`` (a body field path
such as ``text``, ``script``, ``voice_setting.voice_id`` or ``speakers[0].preset``, or a parameter such as
``path:voice_id`` or ``query:output_format``), and which values of its format field(s) a facade format stands for
(``mp3`` -> ``output_format: mp3_44100_128``), is data the generator writes into ``catalog.json`` from
``specs/specs.toml``: nothing here knows a model or a provider.
"""

from __future__ import annotations

import copy
import re

from tts_sdk._core._schema import Parts, top_field
from tts_sdk._errors import UnsupportedParameterError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from tts_sdk._core._catalog import SpecInfo

#: The facade's words, in the order error messages list them.
WORDS = ("text", "voice", "format", "speed", "instructions")


def field_path(spec: SpecInfo, word: str) -> str | None:
    """The spec's located field for a facade word (``voice`` -> ``voice_setting.voice_id``), if it has one."""
    if word == "format":
        return spec.format_fields[0] if len(spec.format_fields) == 1 else None
    return spec.fields.get(word)


def takes(spec: SpecInfo, word: str) -> bool:
    """Does the spec have an equivalent of the facade word?"""
    return bool(spec.formats) if word == "format" else spec.fields.get(word) is not None


def default_at(spec: SpecInfo, path: str) -> Any:
    """The value the API assumes for an omitted field (the generator resolved it into the catalog)."""
    return spec.defaults.get(path)


def chosen(spec: SpecInfo, word: str, parts: Parts) -> Any:
    """The request's value for a facade word (``voice``...), else the spec's default, else None.

    For ``format`` this is the facade format name the request's format field(s) stand for (``mp3`` for
    ``output_format: mp3_44100_128``), or the raw value when no facade format matches it.
    """
    if word == "format":
        return format_name(spec, parts)
    path = spec.fields.get(word)
    if path is None:
        return None
    value = parts.get(path)
    return value if value is not None else default_at(spec, path)


def format_values(spec: SpecInfo, parts: Parts) -> dict[str, Any]:
    """The value (given, else default) of each format field of the spec, by located path."""
    values = {}
    for path in spec.format_fields:
        value = parts.get(path)
        values[path] = value if value is not None else default_at(spec, path)
    return values


def format_name(spec: SpecInfo, parts: Parts) -> str | None:
    """The facade format of a request: the most specific mapping its format fields match, else the raw value."""
    values = format_values(spec, parts)
    best: tuple[int, str] | None = None
    for name, assignment in spec.formats.items():
        matches = all(_same(values.get(path), value) for path, value in assignment.items())
        if matches and (best is None or len(assignment) > best[0]):
            best = (len(assignment), name)
    if best is not None:
        return best[1]
    given = [value for value in values.values() if value is not None]
    return str(given[0]) if given else None


def _same(given: Any, expected: Any) -> bool:
    """Equal, or equal as text (a query parameter read from a URL is text: ``"24000"`` is ``24000``)."""
    return given == expected or (given is not None and str(given) == str(expected))


#: ``<codec>_<rate>[_<bitrate>]`` format values (``pcm_24000``, ``mp3_44100_128``).
_RATE_IN_VALUE = re.compile(r"^([a-z]+[0-9]*?)_(\d{4,6})(?:_\d+)?$")
#: The rate raw PCM is documented at when a request does not choose one (OpenAI's, and this SDK's pcm).
DEFAULT_PCM_RATE = 24000


def requested_rate(spec: SpecInfo, parts: Parts) -> tuple[str | None, int | None]:
    """The codec a format value names when it is no facade format (``ulaw`` for ``ulaw_8000``), and the sample
    rate a request asks for: its ``sample_rate`` field (given or default), else the rate in a format value."""
    codec, rate = None, None
    for value in format_values(spec, parts).values():
        match = _RATE_IN_VALUE.match(str(value))
        if match:
            codec, rate = match.group(1), int(match.group(2))
    sample_rate = chosen(spec, "sample_rate", parts)
    if isinstance(sample_rate, int | str) and str(sample_rate).isdigit():
        rate = int(sample_rate)
    return codec, rate


def accepted(spec: SpecInfo) -> tuple[list[str], list[str]]:
    """The facade words a spec takes, and its other top-level body fields (passed with ``extra_body``)."""
    words = [word for word in WORDS if takes(spec, word)]
    mapped = {top_field(str(spec.fields[word])) for word in words if word != "format"}
    mapped |= {top_field(path) for path in spec.format_fields} | {top_field(str(spec.fields.get("model") or "model"))}
    properties = list(spec.request_schema().get("properties", {}))
    return words, [name for name in properties if name not in mapped]


def build_request(
    spec: SpecInfo,
    model: str,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    *,
    role: str = "create",
    extra_query: Mapping[str, Any] | None = None,
) -> Parts:
    """What a request for ``spec``'s operation of ``role`` sends: ``model`` and each given facade parameter at the
    spec's own place (body field, path, query or header), with the fields set alongside them, the parameters that
    admit one value, the body fields the role sets, then the extras.

    A parameter the spec has no equivalent for, or a format the operation does not offer, is an error naming the
    model and what it does take. A format the operation requires and the call leaves out is the first it offers.
    ``extra_body`` is merged in last, objects key by key, and ``extra_query`` into the query; setting what a named
    parameter already set is an error.
    """
    operation = spec.operations[role]
    parts = Parts()
    model_path = spec.fields.get("model") or "model"
    parts.set(model_path, model)
    for word, value in params.items():
        if value is None:
            continue
        if not takes(spec, word):
            raise UnsupportedParameterError(_no_such_word(spec, model, word))
        if word == "format":
            _set_format(spec, operation.formats, model, str(value), parts, role=role)
        else:
            _set_word(spec, word, _plain(value), parts)
    if params.get("format") is None and "format" in spec.required and operation.formats:
        _set_format(spec, operation.formats, model, operation.formats[0], parts, role=role)
    for path, value in operation.fixed.items():
        if not parts.has(path):
            parts.set(path, value)
    if operation.body:
        _merge(parts.body, copy.deepcopy(operation.body), "", "the events request")
    if extra_body:
        _merge(parts.body, {name: _plain(value) for name, value in extra_body.items()}, "", "extra_body")
    if extra_query:
        _merge(parts.query, {name: _plain(value) for name, value in extra_query.items()}, "", "extra_query")
    return parts


def _set_word(spec: SpecInfo, word: str, value: Any, parts: Parts) -> None:
    path = str(spec.fields[word])
    parts.set(path, value)
    for companion, fixed in spec.companions.get(word, {}).items():
        if parts.get(companion) is None:
            parts.set(companion, fixed)


def _set_format(spec: SpecInfo, offered: tuple[str, ...], model: str, value: str, parts: Parts, *, role: str) -> None:
    assignment = spec.formats.get(value) if value in offered else None
    if assignment is None:
        call = "" if role == "create" else f" for {role}"
        raise UnsupportedParameterError(
            f"model {model!r} does not offer format {value!r}{call}: it offers {', '.join(offered) or 'none'}"
            f" (other values of {' + '.join(spec.format_fields)} may be passed with extra_body or extra_query)"
        )
    for path, field_value in assignment.items():
        parts.set(path, field_value)


def _no_such_word(spec: SpecInfo, model: str, word: str) -> str:
    words, extras = accepted(spec)
    taken = ", ".join(words) if words else "none of the facade's parameters but model"
    extra_note = f"; extra_body may set: {', '.join(extras)}" if extras else ""
    return (
        f"model {model!r} does not take `{word}`: its spec ({spec.name}) has no such field. It takes: {taken}"
        f"{extra_note}"
    )


def _merge(target: dict[str, Any], extra: Mapping[str, Any], prefix: str, source: str) -> None:
    for name, value in extra.items():
        here = f"{prefix}{name}"
        if name not in target:
            target[name] = copy.deepcopy(value)
        elif isinstance(target[name], dict) and isinstance(value, dict):
            _merge(target[name], value, here + ".", source)
        else:
            raise UnsupportedParameterError(f"{source} sets {here!r}, which a named parameter already sets")


def _plain(value: Any) -> Any:
    """JSON-ready form of a value: enum members become their values, generated models their dicts."""
    kind = type(value)
    if kind is str or kind is float or kind is int:
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, str):
        return str(value)  # a StrEnum member becomes a plain str
    return value
