"""``tts_sdk_generated/_speech_types.py``: the facade's call-site typing, written from the catalog.

For every spec, one overload of ``speech.create``, ``speech.stream`` (and, for OpenAI-style specs,
``speech.events``), sync and async, whose parameters are that spec's own: ``model`` is a ``Literal`` of the ids
it serves, ``voice`` and ``format`` ``Literal``s of its values, and only the facade words it takes (``speed``
only where the spec has a speed, nested ones included). Last, a fallback for OpenAI-style providers and
routers: any ``model: str``, but only with an explicit ``provider=``, so that a mistaken call (a wrong voice, a
typo'd AIML id) matches no overload and both mypy and pyright report it. The Protocols are generic in what the
methods return, so this module imports nothing from the facade.
"""

from __future__ import annotations

from typing import Any

from generator._vocabulary import enum_values, field_schema

_HEAD = '''"""Call-site typing of ``client.speech``, one overload per spec. Written by the generator: never edit."""

from collections.abc import Mapping
from typing import Any, Literal, Protocol, TypedDict, TypeVar, overload

import httpx

{imports}

_Audio = TypeVar("_Audio", covariant=True)
_Stream = TypeVar("_Stream", covariant=True)
_Events = TypeVar("_Events", covariant=True)

class SupportsToDict(Protocol):
    """A generated model (``OpenaiSpeechCustomVoice``...): sent as its ``to_dict()``."""

    def to_dict(self) -> dict[str, Any]: ...


#: Every generated request model, for ``request=``.
AnyRequest = {requests}
Timeout = float | httpx.Timeout | None
'''


def speech_types(catalog: list[dict[str, Any]], schemas: dict[str, dict[str, Any]], tables: dict[str, Any]) -> str:
    """The module's source; ``schemas`` maps each package to its request JSON Schema, ``tables`` holds the
    catalog's ``apis`` and ``providers``."""
    speaking: dict[str, list[str]] = {}
    for name, provider in tables["providers"].items():
        speaking.setdefault(provider["api"], []).append(name)
    imports = "\n".join(
        f"from tts_sdk_generated.{spec['package']}.models import {spec['request_class']}"
        for spec in catalog
        if spec["request_class"]
    )
    requests = " | ".join([*(spec["request_class"] for spec in catalog if spec["request_class"]), "Mapping[str, Any]"])
    parts = [_HEAD.format(imports=imports, requests=requests)]
    parts.append("\n\nclass ProviderOptions(TypedDict, total=False):")
    parts.append(
        '    """``<provider>_api_key`` and ``<provider>_base_url``: one pair for every provider of the catalog."""\n'
    )
    for provider in tables["providers"]:
        parts += [f"    {provider}_api_key: str | None", f"    {provider}_base_url: str | None"]
    for asynchronous in (False, True):
        name = "AsyncSpeechMethods" if asynchronous else "SpeechMethods"
        kind = "async" if asynchronous else "sync"
        parts.append(f"\n\nclass {name}(Protocol[_Audio, _Stream, _Events]):")
        parts.append(f'    """``client.speech`` of the {kind} client: what each model takes, as overloads."""\n')
        for method, returns in (("create", "_Audio"), ("stream", "_Stream"), ("events", "_Events")):
            prefix = "async def" if asynchronous and method == "create" else "def"
            not_for = {name: (table.get("events") or {}).get("not_for", []) for name, table in tables["apis"].items()}
            signatures = [
                _parameters(spec, schemas[spec["package"]], method, speaking[spec["api"]], not_for[spec["api"]])
                for spec in catalog
                if method in spec["operations"] or method == "stream"
            ]
            signatures.append(
                "model: str, text: str, voice: Any = None, format: str | None = None, speed: float | None = None, "
                "instructions: str | None = None, extra_body: Mapping[str, Any] | None = None, "
                "extra_query: Mapping[str, Any] | None = None, provider: str, " + _common(method)
            )
            if method != "events":
                signatures.append(
                    "request: AnyRequest, provider: str | None = None, extra_headers: Mapping[str, str] | None = None, "
                    "timeout: Timeout = ..., max_retries: int | None = None"
                )
            decorator = "    @overload\n" if len(signatures) > 1 else ""  # a lone signature is no overload
            for parameters in signatures:
                parts.append(f"{decorator}    {prefix} {method}(self, *, {parameters}) -> {returns}: ...")
    return "\n".join(parts) + "\n"


def _common(method: str) -> str:
    common = "extra_headers: Mapping[str, str] | None = None, timeout: Timeout = ..., max_retries: int | None = None"
    return common + (", split: bool = False, concurrency: int = 4" if method == "create" else "")


def _parameters(
    spec: dict[str, Any], schema: dict[str, Any], method: str, providers: list[str], no_events: list[str]
) -> str:
    vocabulary = spec["vocabulary"]
    fields = vocabulary["fields"]
    models = [model for model in spec["models"] if method != "events" or model not in no_events]
    parameters = [f"model: {_literal(models) if models else 'str'}", "text: str"]
    voice_path = fields.get("voice")
    if voice_path:
        location = voice_path.rpartition(":")[0]
        if location:
            voice_schema, required = {"type": "string"}, location == "path"
        else:
            voice_schema = field_schema(schema, voice_path, spec["name"])
            required = voice_path.split(".")[0].split("[")[0] in schema.get("required", [])
        voice = _voice_type(voice_schema)
        parameters.append(f"voice: {voice}" if required else f"voice: {voice} | None = None")
    else:
        parameters.append(_NOT_TAKEN.format(word="voice"))
    formats = spec["operations"].get(method, {}).get("formats", list(vocabulary["formats"]))
    parameters.append(f"format: {_literal(formats)} | None = None" if formats else _NOT_TAKEN.format(word="format"))
    parameters.append("speed: float | None = None" if fields.get("speed") else _NOT_TAKEN.format(word="speed"))
    parameters.append(
        "instructions: str | None = None" if fields.get("instructions") else _NOT_TAKEN.format(word="instructions")
    )
    parameters.append("extra_body: Mapping[str, Any] | None = None")
    parameters.append("extra_query: Mapping[str, Any] | None = None")
    # A model of any name matches only with its provider named: else this overload would take every mistake.
    parameters.append(f"provider: {_literal(providers)}" + ("" if not models else " | None = None"))
    parameters.append(_common(method))
    return ", ".join(parameters)


#: A word the model does not take is still a parameter, typed ``None``: a call passing it then fails on that
#: argument (basedpyright names it: ``"float" is not assignable to "None"`` for ``speed=``) instead of
#: failing every overload on ``model``.
_NOT_TAKEN = "{word}: None = None"


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(value) for value in values) + "]"


def _voice_type(schema: dict[str, Any]) -> str:
    branches = [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]
    values = enum_values(schema)
    kinds = []
    if values:
        kinds.append(_literal(values))
    if any(branch.get("type") == "string" and "enum" not in branch for branch in branches[1:]) or (
        schema.get("type") == "string" and "enum" not in schema and not schema.get("anyOf")
    ):
        kinds.append("str")
    if any(branch.get("type") == "object" for branch in branches):
        kinds.append("Mapping[str, Any] | SupportsToDict")
    return " | ".join(kinds) or "Any"
