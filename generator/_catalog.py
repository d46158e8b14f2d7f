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
    *,
    bodies: dict[str, dict[str, Any]] | None = None,
    parameters: dict[str, dict[str, dict[str, Any]]] | None = None,
    request_class: bool = True,
    vocabulary: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The catalog's record of one generated package: ``schema`` is the create operation's body schema, ``bodies``
    the other roles' (where they have their own operation), ``parameters`` each operation's parameter schemas;
    ``vocabulary``, when the caller has resolved it already (else it is resolved here)."""
    from generator._vocabulary import Request, enum_of, enum_values, resolve  # noqa: PLC0415 - not on the no-op path

    bodies, parameters = bodies or {}, parameters or {}
    request = Request(schema, parameters.get("create", {}), entry.where)
    vocabulary = vocabulary if vocabulary is not None else resolve(entry, request)
    model = vocabulary["fields"]["model"]
    model_schema = request.schema(model) if model else {}
    servers = document.get("servers") or [{"url": ""}]
    return {
        "name": entry.name,
        "api": entry.api.name,
        "package": entry.package,
        "request_class": entry.prefix + "Request" if request_class else None,
        "operations": _operations(entry, bodies, parameters, vocabulary["formats"]),
        "server": servers[0]["url"],
        "models": [value for value in enum_values(model_schema) if isinstance(value, str)],
        "model_free": not model or enum_of(model_schema) is None,
        "vocabulary": vocabulary,
        "source": entry.url or entry.source,
        "sha256": entry.sha256,
        "fixes": fixes,
        **({"degraded": [item.as_dict() for item in degraded]} if degraded else {}),
    }


def _operations(
    entry: SpecEntry,
    bodies: dict[str, dict[str, Any]],
    parameters: dict[str, dict[str, dict[str, Any]]],
    formats: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """Each role's operation: method, path, the body fields it sets, its parameters by location, the parameters
    sent with their one admissible value, its own request schema file and the formats it takes, where they
    differ from create's."""
    from generator._vocabulary import Request, enum_values  # noqa: PLC0415

    found: dict[str, Any] = {}
    for op in entry.api.operations:
        owner = next(other.role for other in entry.api.operations if (other.method, other.path) == (op.method, op.path))
        own = parameters.get(owner, {})
        fixed = {}
        for location, schema in own.items():
            for name in schema.get("required", []):
                listed = enum_values(schema["properties"][name])
                if len(listed) == 1 and "default" not in schema["properties"][name]:
                    fixed[f"{location}:{name}"] = listed[0]
        record: dict[str, Any] = {"method": op.method.upper(), "path": op.path}
        if op.body:
            record["body"] = op.body
        if own:
            record["parameters"] = {location: sorted(schema["properties"]) for location, schema in own.items()}
        if fixed:
            record["fixed"] = fixed
        if owner in bodies:
            record["schema"] = f"request.{owner}.schema.json"
            request = Request(bodies[owner], own, entry.where)
            taken = [name for name, assignment in formats.items() if _fits(request, assignment)]
            if taken != list(formats):
                record["formats"] = taken
        found[op.role] = record
    return found


def _fits(request: Any, assignment: dict[str, Any]) -> bool:
    """Does every value of a format assignment appear among what the request's field at its path lists?"""
    from generator._vocabulary import enum_of  # noqa: PLC0415

    for path, value in assignment.items():
        if request.locate(path) != path:
            return False
        listed = enum_of(request.schema(path))
        if listed is not None and value not in listed:
            return False
    return True


def resolve_claims(entries: list[SpecEntry], catalog: list[dict[str, Any]]) -> None:
    """Give each model id to one spec of each API: the one whose ``serves`` names it, else the only one whose enum
    does. (Two APIs may both serve an id: without ``provider=`` the first API in specs.toml takes it.)

    Two specs of one API claiming one id with no entry saying which serves it stop generation, naming both.
    """
    claimants: dict[tuple[str, str], list[SpecEntry]] = {}
    per_api: dict[str, int] = {}
    for entry in entries:
        per_api[entry.api.name] = per_api.get(entry.api.name, 0) + 1
    for entry, spec in zip(entries, catalog, strict=True):
        if entry.serves is not None:
            unknown = [model for model in entry.serves if model not in spec["models"]]
            if unknown:
                raise GeneratorError(
                    f"{entry.where}: serves {unknown[0]!r}, which its spec's model enum does not name "
                    f"(it names: {', '.join(spec['models']) or 'nothing'})"
                )
        for model in spec["models"] if entry.serves is None else entry.serves:
            claimants.setdefault((entry.api.name, model), []).append(entry)
        if per_api[entry.api.name] > 1 and not spec["models"]:
            raise GeneratorError(
                f"{entry.where}: the request schema's `model` names no model id (no enum), and api "
                f"{entry.api.name!r} has several specs: requests could not be routed to this one"
            )
    owner: dict[tuple[str, str], SpecEntry] = {}
    for (api, model), claiming in claimants.items():
        if len(claiming) == 1:
            owner[(api, model)] = claiming[0]
            continue
        explicit = [entry for entry in claiming if entry.serves is not None and model in entry.serves]
        if len(explicit) != 1:
            listed = " and ".join(entry.where for entry in claiming)
            raise GeneratorError(
                f"model id {model!r} is claimed by {listed}: say which one serves it with "
                f'serves = ["{model}", ...] on that entry (or serves = [...] without it on the others)'
            )
        owner[(api, model)] = explicit[0]
    for entry, spec in zip(entries, catalog, strict=True):
        spec["models"] = [model for model in spec["models"] if owner.get((entry.api.name, model)) is entry]
