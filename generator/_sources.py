"""Read a spec's accepted bytes from disk and turn them into the patched document."""

from __future__ import annotations

import hashlib
from typing import Any

from generator._document import parse_document
from generator._errors import GeneratorError
from generator._overlay import apply_overlay, load_overlay
from generator._project import Project, SpecEntry


def spec_bytes(project: Project, entry: SpecEntry) -> bytes:
    """The bytes generation uses: the downloaded copy (checked against its pin) or the in-repo source."""
    if entry.source is not None:
        path = project.root / entry.source
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise GeneratorError(f"{entry.name}: source {entry.source} not found") from exc
    path = project.downloaded_path(entry)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise GeneratorError(f"{entry.name}: {path} is missing: run `make specs` to download it") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise GeneratorError(
            f"{entry.name}: {path} has sha256 {digest}, but the pin is {entry.sha256}: run `make specs` "
            "(or `make update-specs` to accept new published bytes)"
        )
    return data


def patched_document(project: Project, entry: SpecEntry) -> dict[str, Any]:
    """Parse the spec and apply its overlays in order."""
    data = spec_bytes(project, entry)
    document = parse_document(data, f"{entry.name} ({entry.source or entry.url})", yaml_allowed=True)
    for name in entry.all_overlays:
        document = apply_overlay(document, load_overlay(project.overlays_dir / name), entry.name)
    return document
