"""``tts_sdk.validate``, ``is_valid`` and ``require_valid``: check a request payload against its model's schema,
with the compiled validator of that model's spec (compiled once per process, found by a dict lookup)."""

from __future__ import annotations

import json

from tts_sdk._core._catalog import spec_for_model, spec_of_package, specs
from tts_sdk._core._schema import LOCATIONS
from tts_sdk._errors import ConfigurationError, PayloadValidationError, UnknownModelError
from tts_sdk._validation._compiler import CompiledSchema, compile_schema
from tts_sdk._validation._problems import Problem, show

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from tts_sdk._core._catalog import SpecInfo
    from tts_sdk._core._schema import Parts

_COMPILED: dict[tuple[str, str], CompiledSchema] = {}
#: model id -> its compiled schema, or None for an id no spec serves: the fast path of ``is_valid``.
_BY_MODEL: dict[str, CompiledSchema | None] = {}
_UNSEEN: Any = object()


def compiled(package: str, role: str = "create") -> CompiledSchema:
    """The compiled request body schema of a generated package's operation for ``role`` (compiled once)."""
    found = _COMPILED.get((package, role))
    if found is None:
        found = _COMPILED[(package, role)] = compile_schema(spec_of_package(package).request_schema(role))
    return found


def parameter_problems(spec: SpecInfo, role: str, parts: Parts, *, locations: tuple[str, ...] = LOCATIONS,
                       text: bool = False) -> list[Problem]:  # fmt: skip
    """The errors of a request's parameters (path, query, headers) against its operation's, each path saying
    where (``$.voice_id in path``). Parameters the operation does not declare (``extra_query``) pass. With
    ``text`` (values read from a URL), a value also passes as the JSON it spells (``"24000"`` as ``24000``)."""
    declared = spec.parameters_schema(role)
    found = []
    for location in locations:
        schema = declared.get(location)
        if schema is None:
            continue
        values = parts.of(location)
        if location == "header":  # header names are case-insensitive: compare them as the schema spells them
            names = {name.lower(): name for name in schema.get("properties", {})}
            values = {names.get(name.lower(), name): value for name, value in values.items()}
        if text:
            values = {name: _as_declared(spec, role, location, name, value) for name, value in values.items()}
        checker = _location_schema(spec, role, location)
        if not checker.is_valid(values, False):
            found += [Problem(f"{problem.path} in {location}", problem.keyword, problem.message, problem.schema_path)
                      for problem in checker.problems(values, False) if problem.severity == "error"]  # fmt: skip
    return found


def _location_schema(spec: SpecInfo, role: str, location: str) -> CompiledSchema:
    key = (spec.package, f"{role}:{location}")
    found = _COMPILED.get(key)
    if found is None:
        found = _COMPILED[key] = compile_schema(spec.parameters_schema(role)[location])
    return found


def _as_declared(spec: SpecInfo, role: str, location: str, name: str, value: Any) -> Any:
    """A parameter read as text: the JSON value it spells when that is what its schema takes, else the text."""
    if not isinstance(value, str) or value[:1] not in "-0123456789tfn":
        return value
    try:
        spelled = json.loads(value)
    except ValueError:
        return value
    schema = spec.parameters_schema(role)[location]
    if name not in schema.get("properties", {}):
        return value
    key = (spec.package, f"{role}:{location}:{name}")
    single = _COMPILED.get(key)
    if single is None:
        only = {**schema, "properties": {name: schema["properties"][name]}, "required": []}
        single = _COMPILED[key] = compile_schema(only)
    return value if single.is_valid({name: value}, False) else spelled


def compiled_for(model: str, provider: str | None = None) -> CompiledSchema:
    """The compiled schema a payload for ``model`` is checked against (:class:`UnknownModelError` if none); with
    ``provider``, that provider's API's (its only spec, whatever the id, when it has one)."""
    key = model if provider is None else f"{provider}\0{model}"
    found = _BY_MODEL.get(key)
    if found is None:
        try:
            found = compiled(spec_for(model, provider).package)
        except UnknownModelError:
            _remember(key, None)
            raise
        _remember(key, found)
    return found


def spec_for(model: str, provider: str | None) -> SpecInfo:
    """The spec a request for ``model`` to ``provider`` (any the client knows; None: routed by the id) is checked
    against: a provider's only spec whatever the id, else the one its API names the id in."""
    if provider is None:
        return spec_for_model(model)
    from tts_sdk._core._providers import builtin_providers  # noqa: PLC0415 - only a provider needs it

    known = builtin_providers().get(provider)
    if known is None:
        raise ConfigurationError(f"unknown provider {provider!r}; known: {', '.join(builtin_providers())}")
    candidates = [spec for spec in specs() if spec.api == known.api]
    return candidates[0] if len(candidates) == 1 else spec_for_model(model, known.api)


def _remember(model: str, schema: CompiledSchema | None) -> None:
    if len(_BY_MODEL) < 10_000:  # model ids are open-ended (OpenAI's spec takes any): keep the table bounded
        _BY_MODEL[model] = schema


def validate(
    payload: Any, model: str | None = None, *, provider: str | None = None, strict: bool = False
) -> list[Problem]:
    """Every problem of ``payload`` (errors and warnings), in schema order; an empty list when it is clean.

    The schema is chosen by ``model``, else by ``payload["model"]``, as the client routes: an AIML id
    (``openai/tts-1``) selects that model's ``POST /v1/tts`` schema, a Deepgram or Cartesia id its provider's,
    any other plain id OpenAI's. ``provider="elevenlabs"`` (any provider the client knows) checks against that
    provider's API (its only spec, whatever the id). Unknown properties are warnings, or errors with
    ``strict=True``. The payload is never modified.
    """
    chosen = model if model is not None else (payload.get("model") if isinstance(payload, dict) else None)
    if provider is not None:
        if not isinstance(chosen, str):
            chosen = ""  # the provider's only spec needs no id; one of several says it is unknown
        try:
            return compiled_for(chosen, provider).problems(payload, strict)
        except UnknownModelError as exc:
            return [_unknown_model(chosen, exc)]
    if chosen is None:
        if not isinstance(payload, dict):
            return [Problem("$", "type", f'{show(payload)} is not of type "object"', "#/type")]
        return [Problem("$.model", "required", '"model" is a required property (it selects the schema)', "#/required")]
    if not isinstance(chosen, str):
        return [Problem("$.model", "type", f'{show(chosen)} is not of type "string"', "#/properties/model/type")]
    try:
        schema = compiled_for(chosen)
    except UnknownModelError as exc:
        return [_unknown_model(chosen, exc)]
    return schema.problems(payload, strict)


def _unknown_model(model: str, exc: UnknownModelError) -> Problem:
    """An id no spec serves: the closest known ones (the catalog's guess), not all of them."""
    if exc.closest:
        hint = f"did you mean {' or '.join(json.dumps(item) for item in exc.closest)}?"
    else:
        hint = f"`tts-sdk models` lists the {len(exc.known)} known ids"
    return Problem("$.model", "enum", f"{show(model)} is not a known model ({hint})", "#/properties/model/enum")


def is_valid(payload: Any, model: str | None = None, *, provider: str | None = None, strict: bool = False) -> bool:
    """True when ``payload`` has no error (warnings allowed unless ``strict``): the fast yes/no verdict."""
    if provider is not None:
        return not any(problem.severity == "error" for problem in validate(payload, model, provider=provider,
                                                                              strict=strict))  # fmt: skip
    if model is None:
        model = payload.get("model") if isinstance(payload, dict) else None
    if not isinstance(model, str):
        return False
    schema = _BY_MODEL.get(model, _UNSEEN)
    if schema is _UNSEEN:
        try:
            schema = compiled_for(model)
        except UnknownModelError:
            return False
    return schema is not None and schema.is_valid(payload, strict)


def require_valid(
    payload: Any, model: str | None = None, *, provider: str | None = None, strict: bool = False
) -> list[Problem]:
    """Like :func:`validate`, but raise :class:`PayloadValidationError` if there is any error.

    Returns the warnings (unknown properties) of a payload that passes.
    """
    problems = validate(payload, model, provider=provider, strict=strict)
    if any(problem.severity == "error" for problem in problems):
        name = model if model is not None else (payload.get("model") if isinstance(payload, dict) else None)
        raise PayloadValidationError(problems, name if isinstance(name, str) else None)
    return problems
