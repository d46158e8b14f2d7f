"""One vocabulary for every model, mapped onto each spec's own request names."""

from __future__ import annotations

from tts_sdk._errors import UnsupportedParameterError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from tts_sdk._catalog import SpecInfo

#: facade name -> the names a spec may use for it, in order of preference.
VOCABULARY: dict[str, tuple[str, ...]] = {
    "text": ("text", "input"),
    "voice": ("voice",),
    "format": ("response_format", "format"),
    "speed": ("speed",),
    "instructions": ("instructions",),
}


def spec_name(spec: SpecInfo, word: str) -> str | None:
    """The spec's name for a facade word (``format`` -> ``response_format`` or ``format``), if it has one."""
    properties = spec.request_schema().get("properties", {})
    return next((name for name in VOCABULARY[word] if name in properties), None)


def enum_values(schema: Mapping[str, Any]) -> list[Any]:
    """The values a property's schema lists, its own enum and those of its anyOf branches."""
    return [value for branch in [schema, *schema.get("anyOf", [])] for value in branch.get("enum", [])]


def chosen(spec: SpecInfo, word: str, payload: Mapping[str, Any]) -> Any:
    """The payload's value for a facade word (``format``...), else the spec's default, else None."""
    name = spec_name(spec, word)
    if name is None:
        return None
    return payload.get(name, spec.request_schema()["properties"][name].get("default"))


def accepted(spec: SpecInfo) -> tuple[list[str], list[str]]:
    """The facade words a spec takes, and its other properties (passed with ``extra_body``)."""
    properties = list(spec.request_schema().get("properties", {}))
    words = [word for word in VOCABULARY if spec_name(spec, word) is not None]
    mapped = {spec_name(spec, word) for word in words} | {"model"}
    return words, [name for name in properties if name not in mapped]


def build_payload(
    spec: SpecInfo, model: str, params: Mapping[str, Any], extra_body: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The request body for ``spec``: ``model``, each given facade parameter under the spec's name, extras.

    A parameter the spec does not have is an error naming the model and what it does take.
    """
    payload: dict[str, Any] = {"model": model}
    for word, value in params.items():
        if value is None:
            continue
        name = spec_name(spec, word)
        if name is None:
            words, extras = accepted(spec)
            extra_note = f"; extra_body may set: {', '.join(extras)}" if extras else ""
            raise UnsupportedParameterError(
                f"model {model!r} does not take `{word}`: its spec ({spec.name}) has no such field. "
                f"It takes: {', '.join(words)}{extra_note}"
            )
        payload[name] = _plain(value)
    for name, value in (extra_body or {}).items():
        if name in payload:
            raise UnsupportedParameterError(f"extra_body sets {name!r}, which a named parameter already sets")
        payload[name] = _plain(value)
    return payload


def _plain(value: Any) -> Any:
    """JSON-ready form of a value: enum members become their values, generated models their dicts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, str):
        return str(value)  # a StrEnum member becomes a plain str
    return value
