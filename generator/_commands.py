"""The generator's commands: what ``make specs``, ``update-specs``, ``generate`` and ``check`` run."""

from __future__ import annotations

import filecmp
import tempfile
from pathlib import Path

import tomlkit

from generator._atomic import write_atomic
from generator._errors import GeneratorError
from generator._fetch import Fetched, check_pin, fetch, new_client
from generator._generate import current_fingerprint, generate, inputs_fingerprint
from generator._project import GENERATED_ROOT_PACKAGE, Project


def fetch_specs(project: Project) -> None:
    """Download every published spec, check it against its pin and store it."""
    fetched = _fetch_all(project)
    for item in fetched:
        check_pin(item)
    for item in fetched:
        write_atomic(project.downloaded_path(item.entry), item.data)
        print(f"{item.entry.name}: ok ({item.sha256[:12]})")


def update_specs(project: Project) -> list[Fetched]:
    """Download every published spec and accept its bytes, re-pinning the ones that changed."""
    fetched = _fetch_all(project)
    changed = [item for item in fetched if item.sha256 != item.entry.sha256]
    for item in fetched:
        write_atomic(project.downloaded_path(item.entry), item.data)
    if changed:
        document = tomlkit.parse(project.specs_file.read_text(encoding="utf-8"))
        new_pins = {item.entry.name: item.sha256 for item in changed}
        for table in document["spec"]:
            if table["name"] in new_pins:
                table["sha256"] = new_pins[str(table["name"])]
        write_atomic(project.specs_file, tomlkit.dumps(document).encode("utf-8"))
    for item in fetched:
        state = f"changed: {item.entry.sha256} -> {item.sha256}" if item in changed else "unchanged"
        print(f"{item.entry.name}: {state}")
    return changed


def _fetch_all(project: Project) -> list[Fetched]:
    entries = [entry for entry in project.load_specs() if entry.url is not None]
    with new_client() as client:
        return [fetch(entry, project, client) for entry in entries]


def generate_clients(project: Project, *, force: bool = False) -> bool:
    """Regenerate ``generated/`` unless its recorded inputs are the current ones; True if it ran."""
    entries = project.load_specs()
    if not force and current_fingerprint(project.generated) == inputs_fingerprint(project, entries):
        print("generated/ is up to date (no input changed)")
        return False
    generate(project, entries, project.generated)
    print(f"generated {len(entries)} packages into {project.generated / GENERATED_ROOT_PACKAGE}")
    return True


def check_generated(project: Project) -> None:
    """Regenerate into a temporary folder and fail, naming the files, on any difference from ``generated/``."""
    entries = project.load_specs()
    with tempfile.TemporaryDirectory(prefix="tts-sdk-check-") as scratch:
        generate(project, entries, Path(scratch))
        differences = _compare(Path(scratch) / GENERATED_ROOT_PACKAGE, project.generated / GENERATED_ROOT_PACKAGE)
    if differences:
        listing = "\n".join(f"  {line}" for line in differences)
        raise GeneratorError(
            f"generated/ does not match what the pinned specs generate ({len(differences)} files):\n{listing}\n"
            "Run `make generate` and commit the result (never edit generated/ by hand)."
        )
    print(f"generated/ matches the pinned specs ({len(entries)} packages)")


def _files(root: Path) -> set[str]:
    if not root.is_dir():
        return set()
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def _compare(expected: Path, actual: Path) -> list[str]:
    want, have = _files(expected), _files(actual)
    prefix = f"generated/{GENERATED_ROOT_PACKAGE}/"
    lines = [f"missing:    {prefix}{name}" for name in sorted(want - have)]
    lines += [f"unexpected: {prefix}{name}" for name in sorted(have - want)]
    lines += [
        f"changed:    {prefix}{name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines
