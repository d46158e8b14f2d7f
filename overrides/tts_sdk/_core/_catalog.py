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


class Auth:
    """How a provider's key is sent: ``<header>: <scheme> <key>``, or the key alone when ``scheme`` is None."""

    __slots__ = ("header", "scheme")

    def __init__(self, header: str = "Authorization", scheme: str | None = "Bearer") -> None:
        self.header, self.scheme = header, scheme

    def value(self, key: str) -> str:
        """The header's value for ``key``."""
        return f"{self.scheme} {key}" if self.scheme else key

    def __repr__(self) -> str:
        return f"Auth({self.header!r}, {self.scheme!r})"


class ApiInfo:
    """One HTTP API's shape, from its ``[api.NAME]`` table (README, "An API is a table"): its default base URL,
    how its key is sent, what its create operation answers, its error and event bodies."""

    __slots__ = ("answer", "any_model", "auth", "base_url", "base_url_env", "error", "events", "invalid_status",
                 "key_env", "name", "roles")  # fmt: skip

    def __init__(self, name: str, raw: dict[str, Any]) -> None:
        self.name = name
        self.base_url: str = raw["base_url"]
        self.auth = Auth(raw["auth"]["header"], raw["auth"]["scheme"])
        self.key_env: str = raw["key_env"]
        self.base_url_env: str = raw["base_url_env"]
        #: ``audio``, or ``audio-or-link`` (AIML: JSON holding the audio's URL).
        self.answer: str = raw["answer"]
        #: the error body, ``{message}`` where the message goes (the server writes it, the client reads it).
        self.error: dict[str, Any] = raw["error"]
        #: the status its answers to an invalid request have (OpenAI 400, FastAPI's 422...).
        self.invalid_status: int = raw["invalid_status"]
        #: the event shape of the events operation: type field, delta/done types, audio/usage/message fields.
        self.events: dict[str, Any] | None = raw.get("events")
        #: without ``provider=``, model ids no spec names go to this API.
        self.any_model: bool = raw["any_model"]
        #: the roles its table names (``create``, ``stream``, ``events``).
        self.roles: tuple[str, ...] = tuple(raw["operations"])

    def __repr__(self) -> str:
        return f"ApiInfo({self.name!r}, base_url={self.base_url!r})"


class OperationInfo:
    """What one spec's operation takes for a role: method, path, the body fields the role sets, its parameters by
    location, those sent with their one admissible value, its own request schema file, the formats it takes."""

    __slots__ = ("answer_schema", "body", "fixed", "formats", "method", "parameters", "path", "role", "schema")

    def __init__(self, role: str, raw: dict[str, Any], formats: tuple[str, ...]) -> None:
        self.role = role
        self.method: str = raw["method"]
        self.path: str = raw["path"]
        self.body: dict[str, Any] = raw.get("body", {})
        self.parameters: dict[str, list[str]] = raw.get("parameters", {})
        self.fixed: dict[str, Any] = raw.get("fixed", {})
        #: the request schema file of this operation's body, when it is not the create operation's.
        self.schema: str | None = raw.get("schema")
        self.formats: tuple[str, ...] = tuple(raw.get("formats", formats))
        #: the JSON Schema file of one event of its ``text/event-stream`` answer (events only).
        self.answer_schema: str | None = raw.get("answer_schema")

    def __repr__(self) -> str:
        return f"OperationInfo({self.role!r}, {self.method} {self.path})"


class SpecInfo:
    """One generated package: the API it talks to, its operations, the models its spec names and where its
    request keeps the facade's words (resolved by the generator, so generator and facade cannot disagree)."""

    __slots__ = (
        "api",
        "companions",
        "defaults",
        "fields",
        "format_fields",
        "formats",
        "model_free",
        "models",
        "name",
        "operations",
        "package",
        "request_class",
        "required",
        "server",
        "text_limit",
        "values",
        "voices",
    )

    def __init__(self, raw: dict[str, Any]) -> None:
        self.name: str = raw["name"]
        #: the name of its API (``aiml``, ``openai``, ``elevenlabs``...): :func:`api` gives its shape.
        self.api: str = raw["api"]
        self.package: str = raw["package"]
        #: the generated class of its create operation's body (None: the operation takes no JSON body)
        self.request_class: str | None = raw["request_class"]
        self.server: str = raw["server"]
        self.models: tuple[str, ...] = tuple(raw["models"])
        #: does its model field take ids beyond those it lists?
        self.model_free: bool = raw["model_free"]
        vocabulary = raw.get("vocabulary", {})
        #: facade word -> located path: a body field path, or ``query:NAME``, ``path:NAME``, ``header:NAME``.
        self.fields: dict[str, str | None] = vocabulary.get("fields", {})
        #: the located path(s) that choose the audio format.
        self.format_fields: tuple[str, ...] = tuple(vocabulary.get("format", ()))
        #: facade format -> {located path: value}.
        self.formats: dict[str, dict[str, Any]] = vocabulary.get("formats", {})
        #: facade word -> the fields set with it ({"voice.mode": "id"} beside Cartesia's voice.id).
        self.companions: dict[str, dict[str, Any]] = vocabulary.get("companions", {})
        #: the voice names the spec lists (its voice field's enum, through anyOf/oneOf).
        self.voices: tuple[Any, ...] = tuple(vocabulary.get("voices", ()))
        #: located path -> the values its enum lists, for every field the vocabulary names.
        self.values: dict[str, list[Any]] = vocabulary.get("values", {})
        #: located path -> the value the API assumes when the field is omitted.
        self.defaults: dict[str, Any] = vocabulary.get("defaults", {})
        #: the facade words whose field a request must set (``format``: a format field is required).
        self.required: tuple[str, ...] = tuple(vocabulary.get("required", ()))
        #: the most characters the text field takes (its maxLength), if the spec says.
        self.text_limit: int | None = vocabulary.get("text_limit")
        formats = tuple(self.formats)
        #: role -> the operation of this spec that plays it.
        self.operations = {role: OperationInfo(role, op, formats) for role, op in raw["operations"].items()}

    @property
    def path(self) -> str:
        """The create operation's path."""
        return self.operations["create"].path

    @property
    def method(self) -> str:
        """The create operation's method."""
        return self.operations["create"].method

    def request_schema(self, role: str = "create") -> dict[str, Any]:
        """The JSON Schema of the request body a role's operation takes (self-contained)."""
        return _json_file(self.package, self.operations[role].schema or "request.schema.json")

    def events_schema(self) -> dict[str, Any] | None:
        """The JSON Schema of one event of the events operation's answer, if the spec declares one."""
        events = self.operations.get("events")
        return _json_file(self.package, events.answer_schema) if events and events.answer_schema else None

    def parameters_schema(self, role: str = "create") -> dict[str, dict[str, Any]]:
        """The parameters of a role's operation, one object schema per location (empty: it has none)."""
        if not self.operations[role].parameters:
            return {}
        everything = _json_file(self.package, "parameters.schema.json")
        owner = next(other for other, op in self.operations.items()
                     if (op.method, op.path) == (self.operations[role].method, self.operations[role].path))  # fmt: skip
        found: dict[str, dict[str, Any]] = everything.get(owner) or everything.get(role) or {}
        return found

    def __repr__(self) -> str:
        return f"SpecInfo(name={self.name!r}, api={self.api!r}, package={self.package!r}, models={self.models!r})"


class ModelInfo:
    """A model id, the API that serves it and the generated package for it."""

    __slots__ = ("api", "model", "package", "spec")

    def __init__(self, model: str, spec: SpecInfo) -> None:
        self.model = model
        self.api = spec.api
        self.package = spec.package
        self.spec = spec

    def __repr__(self) -> str:
        return f"ModelInfo(model={self.model!r}, api={self.api!r}, package={self.package!r})"


@cache
def _catalog() -> dict[str, Any]:
    with open(os.path.join(_ROOT, "catalog.json"), encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@cache
def specs() -> tuple[SpecInfo, ...]:
    """Every generated package, in ``specs/specs.toml`` order."""
    return tuple(SpecInfo(raw) for raw in _catalog()["specs"])


@cache
def apis() -> dict[str, ApiInfo]:
    """Every API's shape by name, in ``specs/specs.toml`` order (the order routing asks them in)."""
    return {name: ApiInfo(name, raw) for name, raw in _catalog()["apis"].items()}


def api_of(spec: SpecInfo) -> ApiInfo:
    """The shape of the API a spec belongs to."""
    return apis()[spec.api]


def provider_tables() -> dict[str, dict[str, Any]]:
    """Every provider the catalog knows (each API under its own name, then the routers), as raw tables."""
    return dict(_catalog()["providers"])


@cache
def _by_model() -> dict[str, SpecInfo]:
    """Model id -> the spec that serves it without ``provider=``: the first API (in specs.toml order) naming it."""
    found: dict[str, SpecInfo] = {}
    for spec in specs():
        for model in spec.models:
            found.setdefault(model, spec)
    return found


@cache
def _by_api_model() -> dict[tuple[str, str], SpecInfo]:
    """(API, model id) -> the API's spec that serves the id."""
    return {(spec.api, model): spec for spec in specs() for model in spec.models}


@cache
def _of_api(api: str) -> tuple[SpecInfo, ...]:
    return tuple(spec for spec in specs() if spec.api == api)


def spec_for_model(model: str, api: str | None = None) -> SpecInfo:
    """The spec a request for ``model`` is built, validated and sent by: the one rule of routing, validation,
    the server and ``tts-sdk batch``.

    With ``api`` (a provider was chosen): the API's spec naming the id; else its only spec when that one takes any
    model id (OpenAI's, ElevenLabs'). Without: the spec of the first API that names the id; else, for an id
    without ``/``, the spec of the API that takes ids no spec names (OpenAI: a fine-tuned or future id). Otherwise
    :class:`UnknownModelError` names the closest known ids.
    """
    if api is not None:
        found = _by_api_model().get((api, model))
        if found is not None:
            return found
        candidates = _of_api(api)
        if len(candidates) == 1 and candidates[0].model_free:
            return candidates[0]
    else:
        found = _by_model().get(model)
        if found is not None:
            return found
        if "/" not in model:
            fallback = next((name for name, info in apis().items() if info.any_model), None)
            if fallback is not None and _of_api(fallback):
                return _of_api(fallback)[0]
    known = [known for spec in (specs() if api is None else _of_api(api)) for known in spec.models]
    import difflib  # noqa: PLC0415 - only an unknown id needs it

    closest = difflib.get_close_matches(model, known, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(map(repr, closest))}? " if closest else ""
    where = f"the {api} API's specs" if api is not None else "any spec"
    raise UnknownModelError(
        f"model {model!r} is not served by {where}; {hint}known models: {', '.join(known)}",
        model=model,
        known=known,
        closest=closest,
    )


def spec_of_package(package: str) -> SpecInfo:
    """The spec of a generated package (``aiml_openai_tts_1``)."""
    return next(spec for spec in specs() if spec.package == package)


def available_models() -> list[ModelInfo]:
    """Every model id a generated spec names, with the package that serves it."""
    return [ModelInfo(model, spec) for spec in specs() for model in spec.models]


@cache
def _json_file(package: str, name: str) -> dict[str, Any]:
    with open(os.path.join(_ROOT, package, name), encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def voices(model: str) -> list[str]:
    """The voice names ``model``'s spec lists, as ``tts-sdk voices MODEL`` prints them (empty: it has none).

    Raises :class:`UnknownModelError` for an id no spec serves (plain ids are OpenAI's).
    """
    return [str(value) for value in spec_for_model(model).voices]
