"""Apply OpenAPI Overlay 1.0 documents: declared, reasoned patches with RFC 9535 JSONPath targets.

Semantics (Overlay Specification 1.0.0): actions run in order; ``update`` merges into every node the
target selects (objects recursively, other values replaced; an array target gets the value appended);
``remove: true`` deletes every selected node from its parent. On top of the specification, every
action must carry a one-line ``description`` (the reason for the patch) and must select at least one
node: a patch whose target no longer matches means upstream changed, and the build stops. An action marked
``x-optional: true`` applies where its target exists and is skipped where it does not (for a fix that
only some versions of a document need, such as a response shape older versions did not have).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml

from generator._errors import GeneratorError

_VERSION = re.compile(r"^1\.0\.\d+$")


@dataclass(frozen=True)
class Action:
    """One overlay action."""

    target: str
    description: str
    update: Any
    remove: bool
    optional: bool = False


@dataclass(frozen=True)
class Overlay:
    """A parsed overlay document."""

    path: Path
    title: str
    actions: tuple[Action, ...]


def load_overlay(path: Path) -> Overlay:
    """Read and check an overlay file (YAML or JSON)."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except FileNotFoundError as exc:
        raise GeneratorError(f"overlay {path}: not found") from exc
    except yaml.YAMLError as exc:
        raise GeneratorError(f"overlay {path}: not valid YAML: {exc}") from exc
    where = f"overlay {path}"
    if not isinstance(raw, dict):
        raise GeneratorError(f"{where}: $: expected an object")
    if not isinstance(raw.get("overlay"), str) or not _VERSION.match(raw["overlay"]):
        raise GeneratorError(f"{where}: $.overlay: expected a 1.0.x version, got {raw.get('overlay')!r}")
    info = raw.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str):
        raise GeneratorError(f"{where}: $.info.title: expected a string")
    actions = raw.get("actions")
    if not isinstance(actions, list) or not actions:
        raise GeneratorError(f"{where}: $.actions: expected a non-empty array")
    return Overlay(
        path, info["title"], tuple(_parse_action(item, f"{where}: $.actions[{i}]") for i, item in enumerate(actions))
    )


def _parse_action(raw: object, where: str) -> Action:
    if not isinstance(raw, dict):
        raise GeneratorError(f"{where}: expected an object")
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise GeneratorError(f"{where}.target: expected a JSONPath starting with '$', got {target!r}")
    try:
        jsonpath.compile(target)
    except jsonpath.JSONPathError as exc:
        raise GeneratorError(f"{where}.target: not a valid RFC 9535 JSONPath: {exc}") from exc
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip() or "\n" in description.strip():
        raise GeneratorError(f"{where}.description: every patch needs a one-line reason")
    remove = raw.get("remove", False)
    has_update = "update" in raw
    if remove is not True and not has_update:
        raise GeneratorError(f"{where}: needs `update` or `remove: true`")
    if remove is True and has_update:
        raise GeneratorError(f"{where}: `update` and `remove` cannot be combined")
    optional = raw.get("x-optional", False)
    if not isinstance(optional, bool):
        raise GeneratorError(f"{where}.x-optional: expected true or false, got {optional!r}")
    return Action(target, description.strip(), raw.get("update"), remove is True, optional)


def apply_overlay(document: dict[str, Any], overlay: Overlay, spec_name: str) -> dict[str, Any]:
    """Return a patched copy of ``document``; raise if an action's target selects nothing."""
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay.actions):
        nodes = list(jsonpath.find(action.target, result))
        if not nodes and action.optional:
            continue
        if not nodes:
            raise GeneratorError(
                f"overlay {overlay.path.name} action {index} ({action.description}): target {action.target} "
                f"matches nothing in spec {spec_name!r}. The upstream document changed: "
                "review the patch, then fix or drop it."
            )
        if action.remove:
            # Delete deepest-last so that removing one node never shifts another's array index.
            for node in sorted(nodes, key=_location_key, reverse=True):
                _remove(result, node.location, action.target)
        else:
            for node in nodes:
                _update(result, node.location, action.update, action.target)
    return result


def _location_key(node: jsonpath.JSONPathNode) -> tuple[tuple[int, int | str], ...]:
    """Order locations without ever comparing an array index with an object key."""
    return tuple((0, key) if isinstance(key, int) else (1, key) for key in node.location)


def _parent(document: Any, location: tuple[str | int, ...]) -> Any:
    parent = document
    for key in location[:-1]:
        parent = parent[key]
    return parent


def _remove(document: Any, location: tuple[str | int, ...], target: str) -> None:
    if not location:
        raise GeneratorError(f"overlay target {target}: the document root cannot be removed")
    del _parent(document, location)[location[-1]]


def _update(document: Any, location: tuple[str | int, ...], update: Any, target: str) -> None:
    node = _parent(document, location)[location[-1]] if location else document
    if isinstance(node, dict):
        if not isinstance(update, dict):
            raise GeneratorError(f"overlay target {target} selects an object: its update must be an object")
        merge(node, update)
    elif isinstance(node, list):
        node.append(copy.deepcopy(update))
    else:
        raise GeneratorError(f"overlay target {target} selects a {type(node).__name__}: update an object or array")


def merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Merge ``update`` into ``target``: objects recursively, every other value replaced."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)
