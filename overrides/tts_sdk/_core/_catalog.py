"""What the generated packages serve, read from ``tts_sdk_generated/catalog.json``, and the one rule that picks
the spec a model id is built, validated and sent by.

Kept free of heavy imports (no dataclasses, importlib.resources or typing at run time): validation, and so
``import tts_sdk``, load this module.
"""

from __future__ import annotations

import json
import os
from functools import cache

import tts_sdk_generated

from tts_sdk._errors import UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_ROOT = os.path.dirname(tts_sdk_generated.__file__)


class SpecInfo:
    """One generated package: the API it talks to, its operation, the models its spec names and where its
    request keeps the facade's words (resolved by the generator, so generator and facade cannot disagree)."""

    __slots__ = (
        "api",
        "defaults",
        "fields",
        "format_fields",
        "formats",
        "method",
        "models",
        "name",
        "package",
        "path",
        "provider",
        "request_class",
        "server",
        "text_limit",
        "values",
        "voices",
    )

    def __init__(self, raw: dict[str, Any]) -> None:
        self.name: str = raw["name"]
        self.api: str = raw["api"]
        self.package: str = raw["package"]
        self.request_class: str = raw["request_class"]
        self.method: str = raw["operation"]["method"]
        self.path: str = raw["operation"]["path"]
        self.server: str = raw["server"]
        self.models: tuple[str, ...] = tuple(raw["models"])
        #: ``aiml`` (POST /v1/tts, answered with a link or audio) or ``openai`` (POST /audio/speech, audio).
        self.provider: str = raw.get("provider", raw["api"])
        vocabulary = raw.get("vocabulary", {})
        #: facade word -> field path in the request body (None: the spec has no such field).
        self.fields: dict[str, str | None] = vocabulary.get("fields", {})
        #: the field path(s) that choose the audio format.
        self.format_fields: tuple[str, ...] = tuple(vocabulary.get("format", ()))
        #: facade format -> {field path: value}.
        self.formats: dict[str, dict[str, Any]] = vocabulary.get("formats", {})
        #: the voice names the spec lists (its voice field's enum, through anyOf/oneOf).
        self.voices: tuple[Any, ...] = tuple(vocabulary.get("voices", ()))
        #: field path -> the values its enum lists, for every field the vocabulary names.
        self.values: dict[str, list[Any]] = vocabulary.get("values", {})
        #: field path -> the value the API assumes when the field is omitted.
        self.defaults: dict[str, Any] = vocabulary.get("defaults", {})
        #: the most characters the text field takes (its maxLength), if the spec says.
        self.text_limit: int | None = vocabulary.get("text_limit")

    def request_schema(self) -> dict[str, Any]:
        """The JSON Schema of this package's request body (self-contained)."""
        return _request_schema(self.package)

    def __repr__(self) -> str:
        return f"SpecInfo(name={self.name!r}, api={self.api!r}, package={self.package!r}, models={self.models!r})"


class ModelInfo:
    """A model id, the API that serves it and the generated package for it."""

    __slots__ = ("api", "model", "package", "spec")

    def __init__(self, model: str, spec: SpecInfo) -> None:
        self.model = model
        self.api = spec.provider
        self.package = spec.package
        self.spec = spec

    def __repr__(self) -> str:
        return f"ModelInfo(model={self.model!r}, api={self.api!r}, package={self.package!r})"


@cache
def specs() -> tuple[SpecInfo, ...]:
    """Every generated package, in ``specs/specs.toml`` order."""
    with open(os.path.join(_ROOT, "catalog.json"), encoding="utf-8") as handle:
        return tuple(SpecInfo(raw) for raw in json.load(handle)["specs"])


@cache
def _by_model() -> dict[str, SpecInfo]:
    """Model id -> the spec that serves it (each id has one: the generator resolves claims)."""
    return {model: spec for spec in specs() for model in spec.models}


@cache
def _of_provider(provider: str) -> tuple[SpecInfo, ...]:
    return tuple(spec for spec in specs() if spec.provider == provider)


def spec_for_model(model: str, api: str | None = None) -> SpecInfo:
    """The spec a request for ``model`` is built, validated and sent by: the one rule of routing, validation,
    the server and ``tts-sdk batch``.

    Without ``api`` (no provider chosen): an exact id of any spec, else, for a plain id, the OpenAI speech spec
    (OpenAI accepts any model string: a fine-tuned or future id). An unknown id with a ``/`` is a typo'd or
    unserved AIML id: :class:`UnknownModelError` names the closest known ids. With ``api="aiml"`` the id must
    be an AIML spec's; with ``api="openai"`` (OpenAI and OpenAI-style routers) every id takes OpenAI's spec.
    """
    if api == "openai":
        return _of_provider("openai")[0]
    found = _by_model().get(model)
    if found is not None and (api is None or found.provider == api):
        return found
    if api is None and "/" not in model:
        return _of_provider("openai")[0]
    known = [known for spec in (specs() if api is None else _of_provider(api)) for known in spec.models]
    import difflib  # noqa: PLC0415 - only an unknown id needs it

    closest = difflib.get_close_matches(model, known, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(map(repr, closest))}? " if closest else ""
    where = "the AIML API specs" if api == "aiml" else "any spec"
    raise UnknownModelError(
        f"model {model!r} is not served by {where}; {hint}known models: {', '.join(known)}", model=model, known=known
    )


def spec_of_package(package: str) -> SpecInfo:
    """The spec of a generated package (``aiml_openai_tts_1``)."""
    return next(spec for spec in specs() if spec.package == package)


def available_models() -> list[ModelInfo]:
    """Every model id a generated spec names, with the package that serves it."""
    return [ModelInfo(model, spec) for spec in specs() for model in spec.models]


@cache
def _request_schema(package: str) -> dict[str, Any]:
    with open(os.path.join(_ROOT, package, "request.schema.json"), encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def voices(model: str) -> list[str]:
    """The voice names ``model``'s spec lists, as ``tts-sdk voices MODEL`` prints them (empty: it has none).

    Raises :class:`UnknownModelError` for an id no spec serves (plain ids are OpenAI's).
    """
    return [str(value) for value in spec_for_model(model).voices]
