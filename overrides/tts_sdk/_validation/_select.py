"""Which request schema a payload is checked against, chosen by its model id."""

from __future__ import annotations

from functools import cache

from tts_sdk._catalog import SpecInfo, specs
from tts_sdk._errors import UnknownModelError
from tts_sdk._validation._compiler import CompiledSchema, compile_schema


def spec_for_model(model: str) -> SpecInfo:
    """The spec serving ``model``: an exact id of any spec, else the OpenAI speech spec for plain ids.

    AIML ids are namespaced (``openai/tts-1``); OpenAI accepts any model string (``tts-1``, a fine-tuned
    or future id), so a plain id goes to the OpenAI spec and an unknown namespaced id is an error.
    """
    all_specs = specs()
    for spec in all_specs:
        if model in spec.models:
            return spec
    if "/" not in model:
        for spec in all_specs:
            if spec.provider == "openai":
                return spec
    known = [known for spec in all_specs for known in spec.models]
    raise UnknownModelError(f"unknown model {model!r}; known models: {', '.join(known)}", model=model, known=known)


@cache
def compiled(package: str) -> CompiledSchema:
    """The compiled request schema of a generated package (compiled once per process)."""
    spec = next(spec for spec in specs() if spec.package == package)
    return compile_schema(spec.request_schema())
