"""One spec to one typed package: the repaired document, its request JSON Schema, the generation document,
openapi-python-client, and the degrading loop that widens what it still refuses, until the package is
generated and every module of it compiles."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

from generator._degrade import Degraded, widen
from generator._errors import GeneratorError
from generator._normalize import Normalized
from generator._project import Project, SpecEntry
from generator._templates import patched_templates

SNAPSHOT = "snapshot.json"
#: Header of openapi-python-client's report on a schema it dropped.
_DROPPED_SCHEMA = re.compile(r"/components/schemas/([^\s:]+)")
#: A pydantic location inside the document (``components.schemas.Name.other.properties...``).
_PYDANTIC_LOCATION = re.compile(r"^components\.schemas\.([^.\s]+)", re.MULTILINE)


class PackageResult:
    """What generating one spec gave: its catalog entry, or the reason it could not generate."""

    def __init__(self, entry: SpecEntry, catalog: dict[str, Any] | None, error: str | None = None) -> None:
        self.entry, self.catalog, self.error = entry, catalog, error

    def summary(self) -> str:
        """One line for the report of a run."""
        if self.catalog is None:
            reason = str(self.error)
            for stem in (self.entry.where, f"{self.entry.name}:"):
                if reason.startswith(stem):
                    reason = reason[len(stem) :].lstrip(": ")
            return f"  FAILED    {self.entry.where}: {reason}"
        degraded = len(self.catalog.get("degraded", []))
        note = f" ({degraded} schema{'s' * (degraded != 1)} degraded: see catalog.json)" if degraded else ""
        return f"  ok        {self.entry.name}{note}"


def build_package(project: Project, entry: SpecEntry, data: bytes, root: Path, staging: Path) -> PackageResult:
    """Generate ``entry``'s package into ``root/<package>``; a failure is returned, not raised."""
    try:
        return PackageResult(entry, _build(project, entry, data, root, staging))
    except GeneratorError as exc:
        return PackageResult(entry, None, str(exc))


def _build(project: Project, entry: SpecEntry, data: bytes, root: Path, staging: Path) -> dict[str, Any]:
    from generator._catalog import catalog_entry  # noqa: PLC0415
    from generator._jsonschema import events_schema, parameters_schema, request_schema  # noqa: PLC0415
    from generator._normalize import normalize, operations, prune  # noqa: PLC0415
    from generator._open_enums import open_growing_enums  # noqa: PLC0415
    from generator._sources import checked_prefix, fixed_document  # noqa: PLC0415
    from generator._vocabulary import Request, resolve  # noqa: PLC0415

    entry = checked_prefix(entry)
    upstream, document, fixes = fixed_document(project, entry, data)
    schema = request_schema(document, entry)
    bodies = {op.role: request_schema(document, entry, op) for op in operations(entry)[1:]}
    parameters = {op.role: found for op in operations(entry) if (found := parameters_schema(document, entry, op))}
    events_op = next((op for op in entry.api.operations if op.role == "events"), None)
    events = events_schema(document, entry, events_op) if events_op is not None else None
    normalized = normalize(document, entry)
    vocabulary = resolve(entry, Request(schema, parameters.get("create", {}), entry.where))
    open_growing_enums(normalized.document, entry.prefix + "Request", vocabulary["fields"])
    package_dir = root / entry.package
    degraded = _generate_degrading(entry, normalized, package_dir, staging)
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    write_json(package_dir / "request.schema.json", schema)
    for role, body in bodies.items():
        write_json(package_dir / f"request.{role}.schema.json", body)
    if parameters:
        write_json(package_dir / "parameters.schema.json", parameters)
    if events is not None:
        write_json(package_dir / "events.schema.json", events)
    snapshot = {"upstream": prune(upstream, entry), "fixed": prune(document, entry), "fixes": fixes}
    write_json(package_dir / SNAPSHOT, snapshot)
    has_class = entry.prefix + "Request" in normalized.document["components"]["schemas"]
    spec = catalog_entry(entry, document, schema, fixes, degraded, bodies=bodies, parameters=parameters,
                         request_class=has_class, vocabulary=vocabulary)  # fmt: skip
    if events is not None:
        spec["operations"]["events"]["answer_schema"] = "events.schema.json"
    return spec


def _generate_degrading(entry: SpecEntry, normalized: Normalized, package_dir: Path, staging: Path) -> list[Degraded]:
    """Run openapi-python-client; widen each schema it refuses (or renders as invalid Python) and run it
    again, until it generates cleanly. Raises when what it refuses is no schema that can be widened."""
    document, degraded = normalized.document, list(normalized.degraded)
    schemas: dict[str, Any] = document["components"]["schemas"]
    for _ in range(len(schemas) + 2):
        refused, other = _run(entry, document, package_dir, staging)
        refused |= _uncompilable(package_dir, schemas)
        if other:
            raise GeneratorError(f"{entry.where}: openapi-python-client: " + "; ".join(other))
        if not refused:
            return degraded
        for name in sorted(refused):
            if name not in schemas or schemas[name] == {} or schemas[name] == _WIDE_OBJECT:
                raise GeneratorError(
                    f"{entry.where}: {normalized.origins.get(name, name)}: openapi-python-client cannot type the "
                    f"schema even widened to any JSON (rule: widened): {'; '.join(sorted(refused))}"
                )
            action = widen(schemas[name])
            degraded.append(Degraded(normalized.origins.get(name, name), "widened", f"{name} typed as {action}"))
    raise GeneratorError(f"{entry.where}: openapi-python-client still refuses schemas after widening every one")


_WIDE_OBJECT = {"type": "object", "additionalProperties": {}}


def _run(entry: SpecEntry, document: dict[str, Any], package_dir: Path, staging: Path) -> tuple[set[str], list[str]]:
    """One openapi-python-client run: (component schemas it refused, other problems)."""
    # Imported here: openapi-python-client is heavy and only this step needs it.
    from openapi_python_client import generate as run_generator  # noqa: PLC0415
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser.errors import ErrorLevel  # noqa: PLC0415

    spec_path = staging / f"{entry.name}.normalized.json"
    spec_path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    config = Config.from_sources(
        ConfigFile(
            package_name_override=entry.package,
            project_name_override=entry.package,
            post_hooks=[],
            literal_enums=True,
            content_type_overrides=_binary_media_types(document),
        ),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    templates = staging / "templates"
    if not templates.is_dir():  # generate() writes them once for every worker
        patched_templates(templates)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        errors = run_generator(config=config, custom_template_path=templates)
    refused: set[str] = set()
    other: list[str] = []
    for error in errors:
        if error.level not in (ErrorLevel.ERROR, ErrorLevel.WARNING):
            continue
        text = f"{error.header}: {error.detail}" if error.detail else str(error.header)
        named = set(_DROPPED_SCHEMA.findall(str(error.header))) | set(_PYDANTIC_LOCATION.findall(str(error.detail)))
        if named:
            refused |= named
        else:
            other.append(text)
    if refused:  # the rest follows from them (the endpoint lost a schema that was refused)
        return refused, []
    return refused, other


def _binary_media_types(document: dict[str, Any]) -> dict[str, str]:
    """Audio and other binary media types of the document's responses, read as ``application/octet-stream``
    (openapi-python-client knows only JSON, text and octet-stream: an ``audio/mpeg`` answer becomes bytes)."""
    found = {}
    for item in document.get("paths", {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            responses = operation.get("responses", {}) if isinstance(operation, dict) else {}
            for response in responses.values():
                for media in (response.get("content") or {}) if isinstance(response, dict) else ():
                    if media.split("/", 1)[0] in ("audio", "video", "image") or media == "application/ogg":
                        found[media] = "application/octet-stream"
    return dict(sorted(found.items()))


def _uncompilable(package_dir: Path, schemas: dict[str, Any]) -> set[str]:
    """Component schemas whose generated model module is not valid Python."""
    from openapi_python_client.strings import ClassName, snake_case  # noqa: PLC0415

    modules = {snake_case(str(ClassName(name, ""))): name for name in schemas}
    broken: set[str] = set()
    for path in sorted(package_dir.rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except SyntaxError as exc:
            name = modules.get(path.stem)
            if name is None:
                raise GeneratorError(f"{path.name}: openapi-python-client generated invalid Python: {exc}") from None
            broken.add(name)
    return broken


def write_json(path: Path, data: Any) -> None:
    """JSON as every generated file is written: indented, UTF-8, a final newline."""
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
