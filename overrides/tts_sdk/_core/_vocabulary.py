"""One vocabulary for every model, mapped onto each spec's own request fields.

Where each spec keeps ``text``, ``voice``, ``format``, ``speed`` and ``instructions`` (a field path such as
``text``, ``script``, ``voice_setting.voice_id`` or ``speakers[0].preset``), and which values of its format
field(s) a facade format stands for (``mp3`` -> ``output_format: mp3_44100_128``), is data the generator
writes into ``catalog.json`` from ``specs/specs.toml``: nothing here knows a model.
"""

from __future__ import annotations

import copy
import re

from tts_sdk._core._schema import get_path, set_path, top_field
from tts_sdk._errors import UnsupportedParameterError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from tts_sdk._core._catalog import SpecInfo

#: The facade's words, in the order error messages list them.
WORDS = ("text", "voice", "format", "speed", "instructions")


def field_path(spec: SpecInfo, word: str) -> str | None:
    """The spec's field for a facade word (``voice`` -> ``voice_setting.voice_id``), if it has one."""
    if word == "format":
        return spec.format_fields[0] if len(spec.format_fields) == 1 else None
    return spec.fields.get(word)


def takes(spec: SpecInfo, word: str) -> bool:
    """Does the spec have an equivalent of the facade word?"""
    return bool(spec.formats) if word == "format" else spec.fields.get(word) is not None


def default_at(spec: SpecInfo, path: str) -> Any:
    """The value the API assumes for an omitted field (the generator resolved it into the catalog)."""
    return spec.defaults.get(path)


def chosen(spec: SpecInfo, word: str, payload: Mapping[str, Any]) -> Any:
    """The payload's value for a facade word (``voice``...), else the spec's default, else None.

    For ``format`` this is the facade format name the payload's format field(s) stand for (``mp3`` for
    ``output_format: mp3_44100_128``), or the raw value when no facade format matches it.
    """
    if word == "format":
        return format_name(spec, payload)
    path = spec.fields.get(word)
    if path is None:
        return None
    value = get_path(payload, path)
    return value if value is not None else default_at(spec, path)


def format_values(spec: SpecInfo, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The value (given, else default) of each format field of the spec, by field path."""
    values = {}
    for path in spec.format_fields:
        value = get_path(payload, path)
        values[path] = value if value is not None else default_at(spec, path)
    return values


def format_name(spec: SpecInfo, payload: Mapping[str, Any]) -> str | None:
    """The facade format of a payload: the most specific mapping its format fields match, else the raw value."""
    values = format_values(spec, payload)
    best: tuple[int, str] | None = None
    for name, assignment in spec.formats.items():
        matches = all(values.get(path) == value for path, value in assignment.items())
        if matches and (best is None or len(assignment) > best[0]):
            best = (len(assignment), name)
    if best is not None:
        return best[1]
    given = [value for value in values.values() if value is not None]
    return str(given[0]) if given else None


#: ``<codec>_<rate>[_<bitrate>]`` format values (``pcm_24000``, ``mp3_44100_128``).
_RATE_IN_VALUE = re.compile(r"^([a-z]+[0-9]*?)_(\d{4,6})(?:_\d+)?$")
#: The rate raw PCM is documented at when a request does not choose one (OpenAI's, and this SDK's pcm).
DEFAULT_PCM_RATE = 24000


def requested_rate(spec: SpecInfo, payload: Mapping[str, Any]) -> tuple[str | None, int | None]:
    """The codec a format value names when it is no facade format (``ulaw`` for ``ulaw_8000``), and the sample
    rate a payload asks for: its ``sample_rate`` field (given or default), else the rate in a format value."""
    codec, rate = None, None
    for value in format_values(spec, payload).values():
        match = _RATE_IN_VALUE.match(str(value))
        if match:
            codec, rate = match.group(1), int(match.group(2))
    sample_rate = chosen(spec, "sample_rate", payload)
    if isinstance(sample_rate, int | str) and str(sample_rate).isdigit():
        rate = int(sample_rate)
    return codec, rate


def accepted(spec: SpecInfo) -> tuple[list[str], list[str]]:
    """The facade words a spec takes, and its other top-level fields (passed with ``extra_body``)."""
    words = [word for word in WORDS if takes(spec, word)]
    mapped = {top_field(str(spec.fields[word])) for word in words if word != "format"}
    mapped |= {top_field(path) for path in spec.format_fields} | {"model"}
    properties = list(spec.request_schema().get("properties", {}))
    return words, [name for name in properties if name not in mapped]


def build_payload(
    spec: SpecInfo, model: str, params: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The request body for ``spec``: ``model``, each given facade parameter at the spec's field, extras.

    A parameter the spec has no equivalent for, or a format it does not offer, is an error naming the model
    and what it does take. ``extra_body`` is merged in last, objects key by key; setting a field a named
    parameter already set is an error.
    """
    payload: dict[str, Any] = {"model": model}
    for word, value in params.items():
        if value is None:
            continue
        if not takes(spec, word):
            raise UnsupportedParameterError(_no_such_word(spec, model, word))
        if word == "format":
            assignment = spec.formats.get(str(value))
            if assignment is None:
                raise UnsupportedParameterError(
                    f"model {model!r} does not offer format {value!r}: it offers {', '.join(spec.formats)}"
                    f" (other values of {' + '.join(spec.format_fields)} may be passed with extra_body)"
                )
            for path, field_value in assignment.items():
                set_path(payload, path, field_value)
        else:
            set_path(payload, str(spec.fields[word]), _plain(value))
    _merge(payload, {name: _plain(value) for name, value in (extra_body or {}).items()}, "")
    return payload


def _no_such_word(spec: SpecInfo, model: str, word: str) -> str:
    words, extras = accepted(spec)
    taken = ", ".join(words) if words else "none of the facade's parameters but model"
    extra_note = f"; extra_body may set: {', '.join(extras)}" if extras else ""
    return (
        f"model {model!r} does not take `{word}`: its spec ({spec.name}) has no such field. It takes: {taken}"
        f"{extra_note}"
    )


def _merge(target: dict[str, Any], extra: Mapping[str, Any], prefix: str) -> None:
    for name, value in extra.items():
        here = f"{prefix}{name}"
        if name not in target:
            target[name] = copy.deepcopy(value)
        elif isinstance(target[name], dict) and isinstance(value, dict):
            _merge(target[name], value, here + ".")
        else:
            raise UnsupportedParameterError(f"extra_body sets {here!r}, which a named parameter already sets")


def _plain(value: Any) -> Any:
    """JSON-ready form of a value: enum members become their values, generated models their dicts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, str):
        return str(value)  # a StrEnum member becomes a plain str
    return value
