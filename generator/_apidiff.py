"""The public API of the generated packages, and what appeared or disappeared between two generations."""

from __future__ import annotations

import ast
from pathlib import Path

KINDS = ("module", "class", "enum member", "function")


def api_surface(root: Path) -> set[tuple[str, str]]:
    """(kind, dotted name) of every public module, class, enum member and function under ``root``."""
    surface: set[tuple[str, str]] = set()
    if not root.is_dir():
        return surface
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if any(part.startswith("_") and part != "__init__" for part in parts):
            continue
        surface.add(("module", module))
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                surface.add(("class", f"{module}.{node.name}"))
                if any(getattr(base, "id", "").endswith("Enum") for base in node.bases):
                    for item in node.body:
                        if isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name):
                            surface.add(("enum member", f"{module}.{node.name}.{item.targets[0].id}"))
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                surface.add(("function", f"{module}.{node.name}"))
    return surface


def api_changes(before: set[tuple[str, str]], after: set[tuple[str, str]]) -> list[str]:
    """Lines naming what disappeared (imports that break) and what appeared, by kind."""
    lines = []
    for kind in KINDS:
        gone = sorted(name for k, name in before - after if k == kind)
        new = sorted(name for k, name in after - before if k == kind)
        lines += [f"  REMOVED {kind}: {name}" for name in gone]
        lines += [f"  ADDED   {kind}: {name}" for name in new]
    return lines
