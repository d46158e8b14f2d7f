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

import hashlib
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

from generator._catalog import resolve_claims
from generator._errors import GeneratorError
from generator._package import SNAPSHOT, PackageResult, build_package, write_json
from generator._project import GENERATED_ROOT_PACKAGE, Project, Router, SpecEntry, parse_routers
from generator._templates import patched_templates

CATALOG = "catalog.json"
MANIFEST = "manifest.json"
__all__ = ["CATALOG", "MANIFEST", "SNAPSHOT", "generate", "install"]
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


def read_catalog(package_root: Path) -> list[dict[str, Any]] | None:
    """The specs of ``<package_root>/catalog.json`` (``generated/tts_sdk_generated``), if it is there and readable."""
    try:
        specs: list[dict[str, Any]] = json.loads((package_root / CATALOG).read_text(encoding="utf-8"))["specs"]
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None
    return specs


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
        patched_templates(staging / "templates")
        work = [(project, entry, data[entry.name], root, staging) for entry in entries]
        results = _run_all(work, jobs)
        if any(result.catalog is None for result in results):
            raise GeneratorError(_report(results))
        catalog = [result.catalog for result in results if result.catalog is not None]
        resolve_claims(entries, catalog)
        text = (specs_text if specs_text is not None else project.specs_file.read_bytes()).decode("utf-8")
        tables = api_table(entries, catalog, parse_routers(text))
        _write_root(root, catalog, tables)
        _write_models_index(root, catalog)
        _write_speech_types(root, catalog, tables)
        _ruff(root)
        manifest = {"inputs_sha256": fingerprint, "generator": tool_versions(), "files": file_digests(root)}
        write_json(root / MANIFEST, manifest)
        install(root, output / GENERATED_ROOT_PACKAGE)
    return catalog


def _run_all(work: list[tuple[Project, SpecEntry, bytes, Path, Path]], jobs: int | None) -> list[PackageResult]:
    """Generate every package, in ``jobs`` processes (default: one per core, at most 4); each result is a
    catalog entry or the reason that spec could not generate."""
    workers = min(len(work), jobs or min(os.cpu_count() or 1, 4))
    if workers < 2 or sys.platform == "win32":
        return [build_package(*job) for job in work]
    import openapi_python_client  # noqa: F401, PLC0415 - imported once, before the workers fork

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(build_package, *job) for job in work]
        return [future.result() for future in futures]


def _report(results: list[PackageResult]) -> str:
    """Every spec's result, the failures first: what one failing spec must not hide."""
    failed = [result for result in results if result.catalog is None]
    lines = [f"{len(failed)} of {len(results)} specs cannot generate; nothing was written:"]
    lines += [result.summary() for result in failed]
    lines += [result.summary() for result in results if result.catalog is not None]
    return "\n".join(lines)


def api_table(entries: list[SpecEntry], catalog: list[dict[str, Any]], routers: list[Router]) -> dict[str, Any]:
    """The catalog's ``apis`` (each API's shape, in specs.toml order; a base URL the table leaves out is its first
    spec's server) and ``providers`` (every API under its own name, then the routers)."""
    apis: dict[str, Any] = {}
    for entry, spec in zip(entries, catalog, strict=True):
        if entry.api.name not in apis:
            record = entry.api.as_dict()
            if record["base_url"] is None:
                record["base_url"] = spec["server"].rstrip("/") or None
            if record["base_url"] is None:
                raise GeneratorError(
                    f"{entry.where}: [api.{entry.api.name}] has no base_url and its document no servers: "
                    "set base_url in the table"
                )
            apis[entry.api.name] = record
    providers = {name: {"api": name, "base_url": record["base_url"], "auth": record["auth"],
                        "key_env": record["key_env"], "base_url_env": record["base_url_env"]}
                 for name, record in apis.items()}  # fmt: skip
    providers |= {router.name: router.as_dict() for router in routers if router.api in apis}
    return {"apis": apis, "providers": providers}


def _write_root(root: Path, catalog: list[dict[str, Any]], tables: dict[str, Any]) -> None:
    lines = []
    for spec in catalog:
        create = spec["operations"]["create"]
        lines.append(f"- ``{spec['package']}``: {', '.join(spec['models']) or '(any model id)'} "
                     f"({create['method']} {create['path']})")  # fmt: skip
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
    write_json(root / CATALOG, {"generator": tool_versions(), **tables, "specs": catalog})


def _write_models_index(root: Path, catalog: list[dict[str, Any]]) -> None:
    """``tts_sdk_generated/models.py``: every package's models re-exported (``tts_sdk.models`` is this)."""
    lines = ['"""Every model of every generated package, re-exported. Written by the generator."""', ""]
    exported: list[str] = []
    for spec in catalog:
        names = _exported_names(root / spec["package"] / "models" / "__init__.py")
        if names:
            lines.append(f"from tts_sdk_generated.{spec['package']}.models import {', '.join(names)}")
        exported += names
    if len(set(exported)) != len(exported):
        raise GeneratorError("two generated packages export a model of the same name: give them distinct prefixes")
    lines += ["", f"__all__ = {sorted(exported)!r}", ""]
    (root / "models.py").write_text("\n".join(lines), encoding="utf-8")


def _write_speech_types(root: Path, catalog: list[dict[str, Any]], tables: dict[str, Any]) -> None:
    """``tts_sdk_generated/_speech_types.py``: per-model overloads of ``client.speech`` (see _facade_typing)."""
    from generator._facade_typing import speech_types  # noqa: PLC0415

    schemas = {
        spec["package"]: json.loads((root / spec["package"] / "request.schema.json").read_text(encoding="utf-8"))
        for spec in catalog
    }
    (root / "_speech_types.py").write_text(speech_types(catalog, schemas, tables), encoding="utf-8")


def _exported_names(init: Path) -> list[str]:
    """The ``__all__`` of a generated ``models/__init__.py``."""
    import ast  # noqa: PLC0415

    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [str(element.value) for element in node.value.elts]  # type: ignore[attr-defined]
    return []  # a package with no model classes (every schema of its operation is a plain type)


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
