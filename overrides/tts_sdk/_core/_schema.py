"""Field paths (``text``, ``voice_setting.voice_id``, ``speakers[0].preset``): the one walker every part of the
SDK reads and writes request bodies and their schemas with. Pure."""

from __future__ import annotations

import itertools

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def steps(path: str) -> list[str | int]:
    """``speakers[0].preset`` -> ``["speakers", 0, "preset"]``."""
    found: list[str | int] = []
    for part in path.split("."):
        if part.endswith("[0]"):
            found += [part[:-3], 0]
        else:
            found.append(part)
    return found


def get_path(payload: Any, path: str) -> Any:
    """The value at ``path`` in a payload, or None where any step is missing."""
    node = payload
    for step in steps(path):
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and len(node) > step else None
        else:
            node = node.get(step) if isinstance(node, dict) else None
        if node is None:
            return None
    return node


def set_path(payload: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``payload``, creating the objects (and one-element arrays) on the way."""
    found = steps(path)
    node: Any = payload
    for step, following in itertools.pairwise(found):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(step, int):
            while len(node) <= step:
                node.append(empty)
            node = node[step]
        else:
            node = node.setdefault(step, empty)
    last = found[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value


def schema_at(schema: dict[str, Any], path: str) -> dict[str, Any] | None:
    """The sub-schema that describes ``path`` in a request schema (through ``properties`` and ``items``), or
    None where the schema does not describe it. It is the schema's own object: changing it changes the schema."""
    node: Any = schema
    for step in steps(path):
        node = node.get("items") if isinstance(step, int) else node.get("properties", {}).get(step)
        if not isinstance(node, dict):
            return None
    return node  # type: ignore[no-any-return]


def top_field(path: str) -> str:
    """The top-level property a field path lives in (``voice_setting.voice_id`` -> ``voice_setting``)."""
    return path.split(".", 1)[0].split("[", 1)[0]
