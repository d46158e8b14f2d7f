"""Which request schema a payload is checked against, chosen by its model id."""

from __future__ import annotations

import difflib
from functools import cache

from tts_sdk._catalog import SpecInfo, specs
from tts_sdk._errors import UnknownModelError
from tts_sdk._validation._compiler import CompiledSchema, compile_schema


def spec_for_model(model: str, api: str | None = None) -> SpecInfo:
    """The spec a request for ``model`` is built, validated and sent by: the one rule of routing, validation
    and ``tts-sdk batch``.

    Without ``api`` (no provider chosen): an exact id of any spec, else, for a plain id, the OpenAI speech spec
    (OpenAI accepts any model string: a fine-tuned or future id). An unknown id with a ``/`` is a typo'd or
    unserved AIML id: :class:`UnknownModelError` names the closest known ids. With ``api="aiml"`` the id must
    be an AIML spec's; with ``api="openai"`` (OpenAI and OpenAI-style routers) every id takes OpenAI's spec.
    """
    all_specs = specs()
    if api == "openai":
        return next(spec for spec in all_specs if spec.provider == "openai")
    candidates = [spec for spec in all_specs if api is None or spec.provider == api]
    for spec in candidates:
        if model in spec.models:
            return spec
    if api is None and "/" not in model:
        return next(spec for spec in all_specs if spec.provider == "openai")
    known = [known for spec in candidates for known in spec.models]
    closest = difflib.get_close_matches(model, known, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(map(repr, closest))}? " if closest else ""
    where = "the AIML API specs" if api == "aiml" else "any spec"
    raise UnknownModelError(
        f"model {model!r} is not served by {where}; {hint}known models: {', '.join(known)}", model=model, known=known
    )


@cache
def compiled(package: str) -> CompiledSchema:
    """The compiled request schema of a generated package (compiled once per process)."""
    spec = next(spec for spec in specs() if spec.package == package)
    return compile_schema(spec.request_schema())
