"""Field paths (``text``, ``voice_setting.voice_id``, ``speakers[0].preset``): the one walker every part of the
SDK reads and writes request bodies and their schemas with. Pure."""

from __future__ import annotations

import functools
import itertools

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


@functools.lru_cache(maxsize=1024)
def steps(path: str) -> tuple[str | int, ...]:
    """``speakers[0].preset`` -> ``("speakers", 0, "preset")``."""
    found: list[str | int] = []
    for part in path.split("."):
        if part.endswith("[0]"):
            found += [part[:-3], 0]
        else:
            found.append(part)
    return tuple(found)


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


#: Where a located path may point besides the body: ``query:NAME``, ``path:NAME``, ``header:NAME``.
LOCATIONS = ("path", "query", "header")


class Parts:
    """What one request sends, by location: the JSON body, the path parameters, the query, the headers. A located
    path (``voice_setting.voice_id``, ``query:output_format``, ``path:voice_id``) reads and writes one of them."""

    __slots__ = ("body", "header", "path", "query")

    def __init__(self, body: dict[str, Any] | None = None) -> None:
        self.body: dict[str, Any] = {} if body is None else body
        self.path: dict[str, Any] = {}
        self.query: dict[str, Any] = {}
        self.header: dict[str, Any] = {}

    def of(self, location: str) -> dict[str, Any]:
        """The values of one location (``body``, ``path``, ``query``, ``header``)."""
        return {"body": self.body, "path": self.path, "query": self.query, "header": self.header}[location]

    def get(self, located: str) -> Any:
        """The value at a located path, or None."""
        location, _, name = located.rpartition(":")
        return self.of(location).get(name) if location else get_path(self.body, located)

    def set(self, located: str, value: Any) -> None:
        """Set the value at a located path."""
        location, _, name = located.rpartition(":")
        if location:
            self.of(location)[name] = value
        else:
            set_path(self.body, located, value)

    def has(self, located: str) -> bool:
        """Is anything set at a located path (or, for a body path, in the top-level field it lives in)?"""
        location, _, name = located.rpartition(":")
        return name in self.of(location) if location else top_field(located) in self.body

    def __repr__(self) -> str:
        return f"Parts(body={self.body!r}, path={self.path!r}, query={self.query!r}, header={list(self.header)!r})"


def location_of(located: str) -> str:
    """``body`` for a body field path, else the location a parameter path names."""
    location, _, _ = located.rpartition(":")
    return location or "body"
