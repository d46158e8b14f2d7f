"""Each spec's entry in ``catalog.json``: which models it serves, where the facade's words live, what was
fixed and degraded on the way; and which spec serves a model id that two specs name."""

from __future__ import annotations

from typing import Any

from generator._degrade import Degraded
from generator._errors import GeneratorError
from generator._project import SpecEntry


def catalog_entry(
    entry: SpecEntry,
    document: dict[str, Any],
    schema: dict[str, Any],
    fixes: list[str],
    degraded: list[Degraded],
) -> dict[str, Any]:
    """The catalog's record of one generated package."""
    from generator._vocabulary import resolve  # noqa: PLC0415 - the no-op path imports none of the pipeline

    servers = document.get("servers") or [{"url": ""}]
    return {
        "name": entry.name,
        "api": entry.api.name,
        "provider": entry.api.provider,
        "package": entry.package,
        "request_class": entry.prefix + "Request",
        "operation": {"method": entry.api.method.upper(), "path": entry.api.path},
        "server": servers[0]["url"],
        "models": _model_ids(schema),
        "vocabulary": resolve(entry, schema),
        "source": entry.url or entry.source,
        "sha256": entry.sha256,
        "fixes": fixes,
        **({"degraded": [item.as_dict() for item in degraded]} if degraded else {}),
    }


def _model_ids(schema: dict[str, Any]) -> list[str]:
    """The model ids a request schema names in ``model`` (its enum or const, or those inside an anyOf)."""
    model = schema.get("properties", {}).get("model", {})
    if not isinstance(model, dict):
        return []
    found: list[str] = []
    for candidate in [model, *model.get("anyOf", []), *model.get("oneOf", [])]:
        if not isinstance(candidate, dict):
            continue
        values = [*candidate.get("enum", []), *([candidate["const"]] if "const" in candidate else [])]
        found.extend(value for value in values if isinstance(value, str) and value not in found)
    return found


def resolve_claims(entries: list[SpecEntry], catalog: list[dict[str, Any]]) -> None:
    """Give each model id to one spec: the one whose ``serves`` names it, else the only one whose enum does.

    Two specs claiming one id with no entry saying which serves it stop generation, naming both.
    """
    claimants: dict[str, list[SpecEntry]] = {}
    for entry, spec in zip(entries, catalog, strict=True):
        if entry.serves is not None:
            unknown = [model for model in entry.serves if model not in spec["models"]]
            if unknown:
                raise GeneratorError(
                    f"{entry.where}: serves {unknown[0]!r}, which its spec's model enum does not name "
                    f"(it names: {', '.join(spec['models']) or 'nothing'})"
                )
        for model in spec["models"] if entry.serves is None else entry.serves:
            claimants.setdefault(model, []).append(entry)
        if entry.api.provider == "aiml" and not spec["models"]:
            raise GeneratorError(f"{entry.where}: the request schema's `model` names no model id (no enum)")
    owner: dict[str, SpecEntry] = {}
    for model, claiming in claimants.items():
        if len(claiming) == 1:
            owner[model] = claiming[0]
            continue
        explicit = [entry for entry in claiming if entry.serves is not None and model in entry.serves]
        if len(explicit) != 1:
            listed = " and ".join(entry.where for entry in claiming)
            raise GeneratorError(
                f"model id {model!r} is claimed by {listed}: say which one serves it with "
                f'serves = ["{model}", ...] on that entry (or serves = [...] without it on the others)'
            )
        owner[model] = explicit[0]
    for entry, spec in zip(entries, catalog, strict=True):
        spec["models"] = [model for model in spec["models"] if owner.get(model) is entry]
