"""What the generated packages serve, read from ``tts_sdk_generated/catalog.json``.

Kept free of heavy imports (no dataclasses, importlib.resources or typing at run time): validation, and
so ``import tts_sdk``, load this module.
"""

from __future__ import annotations

import json
import os
from functools import cache

import tts_sdk_generated

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_ROOT = os.path.dirname(tts_sdk_generated.__file__)


class SpecInfo:
    """One generated package: the API it talks to, its operation, and the models its spec names."""

    __slots__ = (
        "api",
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

    def request_schema(self) -> dict[str, Any]:
        """The JSON Schema of this package's request body (draft 4, self-contained)."""
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
    from tts_sdk._validation._select import spec_for_model  # noqa: PLC0415
    from tts_sdk._vocabulary import voices as listed  # noqa: PLC0415

    return [str(value) for value in listed(spec_for_model(model))]
