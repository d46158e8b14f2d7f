"""Generate one typed client package per spec into ``generated/tts_sdk_generated``.

Each package is openapi-python-client's output for the normalized spec, formatted by the pinned ruff, plus
``request.schema.json`` (for payload validation), ``snapshot.json`` (the operation as published and as fixed,
pruned to what the SDK uses: the next ``make update-specs`` diffs against it, so a fresh checkout needs no
earlier download) and ``py.typed``. ``catalog.json`` tells the
facade which models each package serves and where each spec keeps the facade's words; ``manifest.json``
records the inputs fingerprint and the sha256 of every generated file (the fast drift check).

Packages are generated in parallel processes (one per core). The whole tree is built in a staging folder and
swapped in only when everything succeeded, so a failure leaves ``generated/`` as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

from generator._errors import GeneratorError
from generator._project import GENERATED_ROOT_PACKAGE, Project, SpecEntry

CATALOG = "catalog.json"
MANIFEST = "manifest.json"
SNAPSHOT = "snapshot.json"
_RUFF_SETTINGS = ["--isolated", "--no-cache", "--line-length", "120", "--target-version", "py311"]


def tool_versions() -> dict[str, str]:
    """The versions that shape the output; part of the inputs fingerprint."""
    return {"openapi-python-client": version("openapi-python-client"), "ruff": version("ruff")}


def inputs_fingerprint(project: Project, entries: list[SpecEntry], specs_text: bytes | None = None) -> str:
    """A digest of everything the output depends on: pins, in-repo sources, overlays, generator code, tools."""
    digest = hashlib.sha256()

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)

    add("specs.toml", specs_text if specs_text is not None else project.specs_file.read_bytes())
    for entry in entries:
        if entry.source is not None:
            add(entry.source, (project.root / entry.source).read_bytes())
        for overlay in entry.all_overlays:
            add(overlay, (project.overlays_dir / overlay).read_bytes())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        add(path.name, path.read_bytes())
    add("tools", json.dumps(tool_versions(), sort_keys=True).encode())
    return digest.hexdigest()


def read_manifest(output: Path) -> dict[str, Any] | None:
    """The manifest recorded in ``output`` (inputs fingerprint and file digests), if any."""
    try:
        manifest = json.loads((output / GENERATED_ROOT_PACKAGE / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def current_fingerprint(output: Path) -> str | None:
    """The inputs fingerprint recorded in ``output``'s manifest, if any."""
    manifest = read_manifest(output)
    value = manifest.get("inputs_sha256") if manifest else None
    return value if isinstance(value, str) else None


def file_digests(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (but the manifest and caches), by relative path."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.name != MANIFEST and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def generate(
    project: Project,
    entries: list[SpecEntry],
    output: Path,
    *,
    sources: Mapping[str, bytes] | None = None,
    specs_text: bytes | None = None,
    jobs: int | None = None,
) -> list[dict[str, Any]]:
    """Build every package and replace ``output/tts_sdk_generated`` with the result; return the catalog.

    ``sources`` gives the bytes of some specs (by entry name) instead of their downloaded copies, and
    ``specs_text`` the specs.toml they are pinned in: ``make update-specs`` generates from bytes it has not
    accepted yet.
    """
    from generator._sources import spec_bytes  # noqa: PLC0415 - the no-op path imports none of the pipeline

    fingerprint = inputs_fingerprint(project, entries, specs_text)
    data = {entry.name: (sources or {}).get(entry.name) or spec_bytes(project, entry) for entry in entries}
    output.mkdir(parents=True, exist_ok=True)
    with _staging(output) as staging:
        root = staging / GENERATED_ROOT_PACKAGE
        root.mkdir()
        work = [(project, entry, data[entry.name], root, staging) for entry in entries]
        catalog = _run_all(work, jobs)
        _resolve_claims(entries, catalog)
        _write_root(root, catalog)
        _write_models_index(root, catalog)
        _write_speech_types(root, catalog)
        _ruff(root)
        manifest = {"inputs_sha256": fingerprint, "generator": tool_versions(), "files": file_digests(root)}
        _write_json(root / MANIFEST, manifest)
        install(root, output / GENERATED_ROOT_PACKAGE)
    return catalog


def _run_all(work: list[tuple[Project, SpecEntry, bytes, Path, Path]], jobs: int | None) -> list[dict[str, Any]]:
    """Generate every package, in ``jobs`` processes (default: one per core, at most 4)."""
    workers = min(len(work), jobs or min(os.cpu_count() or 1, 4))
    if workers < 2 or sys.platform == "win32":
        return [_generate_one(*job) for job in work]
    import openapi_python_client  # noqa: F401, PLC0415 - imported once, before the workers fork

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_generate_one, *job) for job in work]
        return [future.result() for future in futures]


def _generate_one(project: Project, entry: SpecEntry, data: bytes, root: Path, staging: Path) -> dict[str, Any]:
    # Imported here: openapi-python-client is heavy and only this step needs it.
    from openapi_python_client import generate as run_generator  # noqa: PLC0415
    from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: PLC0415
    from openapi_python_client.parser.errors import ErrorLevel  # noqa: PLC0415

    from generator._jsonschema import request_schema  # noqa: PLC0415
    from generator._normalize import normalize, prune  # noqa: PLC0415
    from generator._sources import fixed_document  # noqa: PLC0415

    entry = _checked_prefix(entry)
    upstream, document, fixes = fixed_document(project, entry, data)
    schema = request_schema(document, entry)
    normalized = normalize(document, entry)
    spec_path = staging / f"{entry.name}.normalized.json"
    spec_path.write_text(json.dumps(normalized, indent=2, ensure_ascii=False), encoding="utf-8")
    package_dir = root / entry.package
    config = Config.from_sources(
        ConfigFile(package_name_override=entry.package, project_name_override=entry.package, post_hooks=[]),
        MetaType.NONE,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=package_dir,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <path>"
        errors = run_generator(config=config)
    problems = [
        f"{error.header}: {error.detail}" if error.detail else error.header
        for error in errors
        if error.level in (ErrorLevel.ERROR, ErrorLevel.WARNING)
    ]
    if problems:
        raise GeneratorError(f"{entry.where}: openapi-python-client: " + "; ".join(problems))
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    _write_json(package_dir / "request.schema.json", schema)
    snapshot = {"upstream": prune(upstream, entry), "fixed": prune(document, entry), "fixes": fixes}
    _write_json(package_dir / SNAPSHOT, snapshot)
    return _catalog_entry(entry, document, schema, fixes)


def _checked_prefix(entry: SpecEntry) -> SpecEntry:
    """The entry with openapi-python-client's spelling of a derived prefix; a declared one it would respell
    (``GPT4oMini`` becomes ``GPT4OMini``) is refused."""
    from openapi_python_client.strings import ClassName  # noqa: PLC0415

    name = entry.prefix + "Request"
    spelled = str(ClassName(name, ""))
    if spelled != name and not entry.prefix_declared:
        return dataclasses.replace(entry, prefix=spelled.removesuffix("Request"))
    if spelled != name:
        raise GeneratorError(
            f"{entry.where}: prefix {entry.prefix!r} would generate {spelled!r}, not {name!r}: "
            f"use prefix = {spelled.removesuffix('Request')!r} in specs/specs.toml"
        )
    return entry


def _catalog_entry(
    entry: SpecEntry, document: dict[str, Any], schema: dict[str, Any], fixes: list[str]
) -> dict[str, Any]:
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
    }


def _model_ids(schema: dict[str, Any]) -> list[str]:
    """The model ids a request schema names in ``model`` (its enum, or the enums inside an anyOf)."""
    model = schema.get("properties", {}).get("model", {})
    found: list[str] = []
    for candidate in [model, *model.get("anyOf", []), *model.get("oneOf", [])]:
        found.extend(value for value in candidate.get("enum", []) if isinstance(value, str) and value not in found)
    return found


def _resolve_claims(entries: list[SpecEntry], catalog: list[dict[str, Any]]) -> None:
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


def _write_root(root: Path, catalog: list[dict[str, Any]]) -> None:
    lines = [
        f"- ``{spec['package']}``: {', '.join(spec['models']) or '(any model id)'} ({spec['operation']['method']} "
        f"{spec['operation']['path']})"
        for spec in catalog
    ]
    doc = "\n".join(
        [
            '"""Typed clients generated from the specs listed in specs/specs.toml.',
            "",
            "Written by ``make generate`` (python -m generator generate); never edit by hand.",
            "",
            *lines,
            '"""',
            "",
            f"PACKAGES = {tuple(spec['package'] for spec in catalog)!r}",
            "",
        ]
    )
    (root / "__init__.py").write_text(doc, encoding="utf-8")
    (root / "py.typed").write_text("", encoding="utf-8")
    _write_json(root / CATALOG, {"generator": tool_versions(), "specs": catalog})


def _write_models_index(root: Path, catalog: list[dict[str, Any]]) -> None:
    """``tts_sdk_generated/models.py``: every package's models re-exported (``tts_sdk.models`` is this)."""
    lines = ['"""Every model of every generated package, re-exported. Written by the generator."""', ""]
    exported: list[str] = []
    for spec in catalog:
        names = _exported_names(root / spec["package"] / "models" / "__init__.py")
        lines.append(f"from tts_sdk_generated.{spec['package']}.models import {', '.join(names)}")
        exported += names
    if len(set(exported)) != len(exported):
        raise GeneratorError("two generated packages export a model of the same name: give them distinct prefixes")
    lines += ["", f"__all__ = {sorted(exported)!r}", ""]
    (root / "models.py").write_text("\n".join(lines), encoding="utf-8")


def _write_speech_types(root: Path, catalog: list[dict[str, Any]]) -> None:
    """``tts_sdk_generated/_speech_types.py``: per-model overloads of ``client.speech`` (see _facade_typing)."""
    from generator._facade_typing import speech_types  # noqa: PLC0415

    schemas = {
        spec["package"]: json.loads((root / spec["package"] / "request.schema.json").read_text(encoding="utf-8"))
        for spec in catalog
    }
    (root / "_speech_types.py").write_text(speech_types(catalog, schemas), encoding="utf-8")


def _exported_names(init: Path) -> list[str]:
    """The ``__all__`` of a generated ``models/__init__.py``."""
    import ast  # noqa: PLC0415

    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [str(element.value) for element in node.value.elts]  # type: ignore[attr-defined]
    raise GeneratorError(f"{init}: no __all__ to re-export")


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")


def _ruff(root: Path) -> None:
    for arguments in (
        ["check", "--fix-only", "--select", "F401,I", "--quiet", *_RUFF_SETTINGS, "."],
        ["format", "--quiet", *_RUFF_SETTINGS, "."],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *arguments], cwd=root, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise GeneratorError(f"ruff {arguments[0]} failed on the generated code: {done.stderr or done.stdout}")


@contextmanager
def _staging(output: Path) -> Iterator[Path]:
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=output))
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def install(new: Path, final: Path) -> None:
    """Put the finished tree ``new`` at ``final`` (from any file system), keeping the old tree until then."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        final.rename(old)
    shutil.move(str(new), str(final))
    shutil.rmtree(old, ignore_errors=True)
