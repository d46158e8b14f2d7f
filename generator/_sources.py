"""Read a spec's accepted bytes and turn them into the repaired document code is generated from."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from generator._document import parse_document
from generator._errors import GeneratorError
from generator._normalize import find_operation, operations
from generator._overlay import apply_overlay, load_overlay
from generator._project import Project, SpecEntry
from generator._repair import repair


def spec_bytes(project: Project, entry: SpecEntry) -> bytes:
    """The bytes generation uses: the downloaded copy (checked against its pin) or the in-repo source."""
    if entry.source is not None:
        path = project.root / entry.source
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise GeneratorError(f"{entry.where}: source {entry.source} not found") from exc
    path = project.downloaded_path(entry)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise GeneratorError(f"{entry.where}: {path} is missing: run `make specs` to download it") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise GeneratorError(
            f"{entry.where}: {path} has sha256 {digest}, but the pin is {entry.sha256}: run `make specs` "
            "(or `make update-specs` to accept new published bytes)"
        )
    return data


def upstream_document(project: Project, entry: SpecEntry, data: bytes | None = None) -> dict[str, Any]:
    """The document as published (``data``, else the accepted bytes), parsed and checked as OpenAPI 3.x."""
    raw = spec_bytes(project, entry) if data is None else data
    return parse_document(raw, f"{entry.where} ({entry.source or entry.url})", yaml_allowed=True)


def fixed_document(
    project: Project, entry: SpecEntry, data: bytes | None = None
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(upstream, fixed, notes): the published document, the one with overlays and repairs, what was repaired."""
    upstream = upstream_document(project, entry, data)
    for operation in operations(entry):  # a document without the SDK's operations: say so before any overlay
        find_operation(upstream, entry, operation)
    document = upstream
    for name in entry.all_overlays:
        document = apply_overlay(document, load_overlay(project.overlays_dir / name), entry.name)
    fixed, notes = repair(document, entry)
    return upstream, fixed, notes


def checked_prefix(entry: SpecEntry) -> SpecEntry:
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
