"""What the generated packages serve, read from ``tts_sdk_generated/catalog.json``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class SpecInfo:
    """One generated package: the API it talks to and the models its spec names."""

    name: str
    api: str
    package: str
    request_class: str
    method: str
    path: str
    server: str
    models: tuple[str, ...]

    def request_schema(self) -> dict[str, Any]:
        """The JSON Schema of this package's request body (draft 4, self-contained)."""
        return _request_schema(self.package)


@dataclass(frozen=True)
class ModelInfo:
    """A model id and the generated package that serves it."""

    model: str
    api: str
    package: str
    spec: SpecInfo


@cache
def specs() -> tuple[SpecInfo, ...]:
    """Every generated package, in ``specs/specs.toml`` order."""
    raw = json.loads(resources.files("tts_sdk_generated").joinpath("catalog.json").read_text(encoding="utf-8"))
    return tuple(
        SpecInfo(
            name=spec["name"],
            api=spec["api"],
            package=spec["package"],
            request_class=spec["request_class"],
            method=spec["operation"]["method"],
            path=spec["operation"]["path"],
            server=spec["server"],
            models=tuple(spec["models"]),
        )
        for spec in raw["specs"]
    )


def models() -> list[ModelInfo]:
    """Every model id a generated spec names, with the package that serves it."""
    return [ModelInfo(model, spec.api, spec.package, spec) for spec in specs() for model in spec.models]


@cache
def _request_schema(package: str) -> dict[str, Any]:
    text = resources.files("tts_sdk_generated").joinpath(package, "request.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
