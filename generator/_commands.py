"""The generator's commands: what ``make specs``, ``update-specs``, ``generate`` and ``check`` run."""

from __future__ import annotations

import filecmp
import hashlib
import tempfile
from pathlib import Path

import tomlkit
from tts_sdk._audio import write_atomic
from tts_sdk._specdiff import Change, diff, fails, load, render

from generator._apidiff import api_changes, api_surface
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


def update_specs(project: Project, *, fail_on: str | None = None) -> bool:
    """Accept the published bytes: print each changed spec's changelog, re-pin, regenerate, print the API diff.

    Returns False when ``fail_on`` (``breaking`` or ``notice``) is met by a change; the files are updated either
    way (the caller decides whether to keep them, as CI does by failing the merge).
    """
    fetched = _fetch_all(project)
    changed = [item for item in fetched if item.sha256 != item.entry.sha256]
    changes: list[Change] = []
    for item in fetched:
        if item not in changed:
            print(f"{item.entry.name}: unchanged")
            continue
        print(f"{item.entry.name}: changed: {item.entry.sha256} -> {item.sha256}")
        previous = project.downloaded_path(item.entry)
        if previous.is_file() and hashlib.sha256(previous.read_bytes()).hexdigest() == item.entry.sha256:
            found = diff(load(previous.read_bytes(), str(previous)), load(item.data, item.origin))
            changes += found
            print(render(found, "text", f"  changes to {item.entry.name}"))
        else:
            print(
                f"  (no copy of the previously pinned bytes in {project.downloads}: "
                "run `make specs` first to see a changelog)"
            )
    for item in fetched:
        write_atomic(project.downloaded_path(item.entry), item.data)
    if changed:
        document = tomlkit.parse(project.specs_file.read_text(encoding="utf-8"))
        new_pins = {item.entry.name: item.sha256 for item in changed}
        for table in document["spec"]:
            if table["name"] in new_pins:
                table["sha256"] = new_pins[str(table["name"])]
        write_atomic(project.specs_file, tomlkit.dumps(document).encode("utf-8"))
        before = api_surface(project.generated / GENERATED_ROOT_PACKAGE)
        generate_clients(project)
        lines = api_changes(before, api_surface(project.generated / GENERATED_ROOT_PACKAGE))
        print("public API of the generated packages:" + ("" if lines else " unchanged"))
        for line in lines:
            print(line)
    return not fails(changes, fail_on)


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
