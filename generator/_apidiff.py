"""The public API of the generated packages, and what changed between two generations.

Read from the source with ``ast`` (nothing is imported): modules, classes, enum members, the values of
``Literal`` aliases (the generated string enums), functions, and the
parameters of functions and of attrs model constructors, each marked required or optional. A removed name, a
removed parameter or a new required parameter breaks callers (users who build response models in their tests
get a new required argument); a new name or a new optional parameter does not.
"""

from __future__ import annotations

import ast
from pathlib import Path

KINDS = ("module", "class", "enum member", "literal value", "function")
#: name -> True when the parameter is required.
Parameters = tuple[tuple[str, bool], ...]
Surface = dict[tuple[str, str], Parameters | None]


def api_surface(root: Path) -> Surface:
    """(kind, dotted name) -> parameters (None for modules, enum members and literal values) of everything public
    under ``root``."""
    surface: Surface = {}
    if not root.is_dir():
        return surface
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if any(part.startswith("_") and part != "__init__" for part in parts):
            continue
        surface[("module", module)] = None
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                is_enum = any(getattr(base, "id", "").endswith("Enum") for base in node.bases)
                surface[("class", f"{module}.{node.name}")] = None if is_enum else _fields(node)
                if is_enum:
                    for item in node.body:
                        if isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name):
                            surface[("enum member", f"{module}.{node.name}.{item.targets[0].id}")] = None
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
                surface[("function", f"{module}.{node.name}")] = _arguments(node.args)
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                for value in _literal_values(node.value):  # `TTS1Voice = Literal["alloy", ...]`
                    surface[("literal value", f"{module}.{node.targets[0].id}[{value!r}]")] = None
    return surface


def _literal_values(node: ast.expr) -> list[object]:
    """The values of a ``Literal[...]`` expression (none for anything else)."""
    if not (isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "Literal"):
        return []
    items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return [item.value for item in items if isinstance(item, ast.Constant)]


def _fields(node: ast.ClassDef) -> Parameters:
    """The constructor parameters of an attrs model: its annotated fields, required when they have no default."""
    return tuple(
        (item.target.id, item.value is None)
        for item in node.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and not item.target.id.startswith("_")
    )


def _arguments(arguments: ast.arguments) -> Parameters:
    positional = [*arguments.posonlyargs, *arguments.args]
    first_default = len(positional) - len(arguments.defaults)
    result = [(arg.arg, index < first_default) for index, arg in enumerate(positional)]
    result += [
        (arg.arg, default is None) for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    ]
    return tuple(result)


class ApiChange:
    """One change to the generated API: ``breaking`` or ``compatible``, with a line for the changelog."""

    __slots__ = ("line", "severity")

    def __init__(self, severity: str, line: str) -> None:
        self.severity, self.line = severity, line

    def __repr__(self) -> str:
        return f"ApiChange({self.severity}, {self.line})"


def api_changes(before: Surface, after: Surface) -> list[ApiChange]:
    """What disappeared (imports that break), what appeared, and whose parameters changed, by kind."""
    changes: list[ApiChange] = []
    packages = {name for kind, name in before.keys() | after.keys() if kind == "module" and name.count(".") == 1}
    old_packages = {name for kind, name in before if kind == "module" and name in packages}
    new_packages = {name for kind, name in after if kind == "module" and name in packages}
    whole = old_packages ^ new_packages

    def inside(name: str) -> bool:
        return any(name == package or name.startswith(package + ".") for package in whole)

    for package in sorted(whole):
        count = sum(1 for _, name in (before if package in old_packages else after) if name.startswith(package + "."))
        verb = "REMOVED package" if package in old_packages else "ADDED   package"
        changes.append(
            ApiChange("breaking" if package in old_packages else "compatible", f"{verb}: {package} ({count} names)")
        )
    for kind in KINDS:
        gone = sorted(name for k, name in before.keys() - after.keys() if k == kind and not inside(name))
        new = sorted(name for k, name in after.keys() - before.keys() if k == kind and not inside(name))
        changes += [ApiChange("breaking", f"REMOVED {kind}: {name}") for name in gone]
        changes += [ApiChange("compatible", f"ADDED   {kind}: {name}") for name in new]
    for key in sorted(before.keys() & after.keys()):
        old, new_parameters = before[key], after[key]
        if old is None or new_parameters is None or old == new_parameters:
            continue
        old_map, new_map = dict(old), dict(new_parameters)
        removed = [name for name in old_map if name not in new_map]
        required = [name for name, needed in new_map.items() if needed and not old_map.get(name, False)]
        added = [name for name in new_map if name not in old_map and name not in required]
        what = key[0] if key[0] == "function" else "constructor"
        parts = [f"-{name}" for name in removed] + [f"+{name} (required)" for name in required]
        parts += [f"+{name}" for name in added]
        severity = "breaking" if removed or required else "compatible"
        changes.append(ApiChange(severity, f"CHANGED {what}: {key[1]}({', '.join(parts) or 'order'})"))
    return changes
