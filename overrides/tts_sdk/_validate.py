"""``tts_sdk.validate`` and ``tts_sdk.require_valid``: check a request payload against its model's schema."""

from __future__ import annotations

from tts_sdk._errors import PayloadValidationError, UnknownModelError
from tts_sdk._validation._problems import Problem, show
from tts_sdk._validation._select import compiled, spec_for_model

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def validate(payload: Any, model: str | None = None, *, strict: bool = False) -> list[Problem]:
    """Every problem of ``payload`` (errors and warnings), in schema order; an empty list when it is clean.

    The schema is chosen by ``model``, else by ``payload["model"]``: an AIML id (``openai/tts-1``) selects
    that model's ``POST /v1/tts`` schema, any other plain id the OpenAI ``/v1/audio/speech`` schema.
    Unknown properties are warnings, or errors with ``strict=True``. The payload is never modified.
    """
    chosen = _model_of(payload, model)
    if chosen is None:
        if not isinstance(payload, dict):
            return [Problem("$", "type", f"{show(payload)} is not of type 'object'", "#/type")]
        return [Problem("$.model", "required", '"model" is a required property (it selects the schema)', "#/required")]
    if not isinstance(chosen, str):
        return [Problem("$.model", "type", f"{show(chosen)} is not of type 'string'", "#/properties/model/type")]
    try:
        spec = spec_for_model(chosen)
    except UnknownModelError as exc:
        return [Problem("$.model", "enum", f"{show(chosen)} is not one of {exc.known}", "#/properties/model/enum")]
    return compiled(spec.package).problems(payload, strict)


def is_valid(payload: Any, model: str | None = None, *, strict: bool = False) -> bool:
    """True when ``payload`` has no error (warnings allowed unless ``strict``): the fast yes/no verdict."""
    chosen = _model_of(payload, model)
    if not isinstance(chosen, str):
        return False
    try:
        spec = spec_for_model(chosen)
    except UnknownModelError:
        return False
    return compiled(spec.package).is_valid(payload, strict)


def require_valid(payload: Any, model: str | None = None, *, strict: bool = False) -> list[Problem]:
    """Like :func:`validate`, but raise :class:`PayloadValidationError` if there is any error.

    Returns the warnings (unknown properties) of a payload that passes.
    """
    problems = validate(payload, model, strict=strict)
    if any(problem.severity == "error" for problem in problems):
        name = _model_of(payload, model)
        raise PayloadValidationError(problems, name if isinstance(name, str) else None)
    return problems


def _model_of(payload: Any, model: str | None) -> Any:
    """The model that selects the schema: the argument, else ``payload["model"]`` (None when there is none)."""
    return model if model is not None else (payload.get("model") if isinstance(payload, dict) else None)
