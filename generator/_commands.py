"""The generator's commands: what ``make specs``, ``update-specs``, ``generate`` and ``check`` run."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator._apidiff import api_changes, api_surface
from generator._changelog import Report
from generator._errors import GeneratorError
from generator._files import write_atomic
from generator._generate import (
    SNAPSHOT,
    current_fingerprint,
    file_digests,
    generate,
    inputs_fingerprint,
    install,
    read_catalog,
    read_manifest,
)
from generator._project import GENERATED_ROOT_PACKAGE, Project, SpecEntry, parse_specs
from generator._readme import readme_with_models
from generator._specdiff import fails

TYPE_CHECKING = False
if TYPE_CHECKING:
    from generator._fetch import Fetched

#: The Markdown report of the last accepted update, beside specs.toml: commit it with the new pins.
CHANGELOG = "last-update.md"
_UNDONE = "Nothing was changed: specs/specs.toml, specs/downloaded/ and generated/ are as they were."


def fetch_specs(project: Project) -> None:
    """Download every published spec and check each against its pin; store them only if all match."""
    entries = project.load_specs(pinned=False)
    unpinned = [entry for entry in entries if entry.url is not None and entry.sha256 is None]
    fetched = _fetch_all(project, entries)
    changed = [item for item in fetched if item.entry.sha256 is not None and item.sha256 != item.entry.sha256]
    accept = "review and accept with `make update-specs` (changelog, pin, regenerate, type-check: all or nothing)"
    problems = [
        f"{item.entry.where}: the published spec changed: pinned sha256 {item.entry.sha256}, "
        f"fetched {item.sha256} from {item.origin}: {accept}"
        for item in changed
    ]
    problems += [f"{entry.where}: has no sha256 pin yet (a new entry): {accept}" for entry in unpinned]
    if problems:
        raise GeneratorError("\n".join(problems))
    for item in fetched:
        write_atomic(project.downloaded_path(item.entry), item.data)
        print(f"{item.entry.name}: ok ({item.sha256[:12]})")


def update_specs(
    project: Project, *, fail_on: str | None = None, typecheck: bool = True, dry_run: bool = False
) -> bool:
    """Accept the published bytes of every changed or new spec, all or nothing.

    Fetches every spec, generates and type-checks into a scratch folder, prints the report (each changed
    spec against the snapshot committed in generated/, what changes for facade callers, the generated API,
    words the catalog could not place), and only then writes the new pins, downloads, generated/ and the
    report as Markdown (``specs/last-update.md``). Returns False, writing nothing, when ``fail_on``
    (``breaking`` or ``notice``) is met; ``dry_run`` prints the same report and writes nothing.
    """
    entries = project.load_specs(pinned=False)
    fetched = {item.entry.name: item for item in _fetch_all(project, entries)}
    changed = [entry for entry in entries if entry.name in fetched and fetched[entry.name].sha256 != entry.sha256]
    for entry in entries:
        if entry.name in fetched and entry not in changed:
            print(f"{entry.name}: unchanged")
    if not changed:
        print("no spec changed: nothing to accept")
        return True
    names = ", ".join(entry.name for entry in changed)
    print(f"{len(changed)} spec(s) changed or new: {names}")
    specs_text = _repinned(project, {entry.name: fetched[entry.name].sha256 for entry in changed})
    new_entries = parse_specs(specs_text.decode("utf-8"))
    sources = {name: item.data for name, item in fetched.items()}
    committed = project.generated / GENERATED_ROOT_PACKAGE
    with tempfile.TemporaryDirectory(prefix="tts-sdk-update-") as scratch:
        staged = Path(scratch)
        try:
            catalog = generate(project, new_entries, staged, sources=sources, specs_text=specs_text)
            if typecheck:
                _typecheck(staged)
        except GeneratorError as exc:
            raise GeneratorError(f"{exc}\n{_UNDONE} Fix the overlay or entry named above, then run it again.") from exc
        report = _report(changed, committed, staged / GENERATED_ROOT_PACKAGE, catalog)
        print(report.text())
        if fails(report.severities(), fail_on):
            print(
                f"error: the changes include {fail_on} ones (FAIL_ON={fail_on}). {_UNDONE} "
                "Run `make update-specs` without FAIL_ON to accept them.",
                file=sys.stderr,
            )
            return False
        changelog = project.specs_file.parent / CHANGELOG
        if dry_run:
            print(f"dry run: nothing written (accepting would write the pins, generated/ and {changelog})")
            return True
        for name, item in fetched.items():
            write_atomic(project.downloaded_path(next(e for e in new_entries if e.name == name)), item.data)
        write_atomic(project.specs_file, specs_text)
        install(staged / GENERATED_ROOT_PACKAGE, committed)
        _write_readme(project, catalog)
        write_atomic(changelog, report.markdown().encode("utf-8"))
    print(f"accepted: {names}; the changelog for review is {changelog}")
    return True


def _repinned(project: Project, pins: Mapping[str, str]) -> bytes:
    import tomlkit  # noqa: PLC0415 - only re-pinning needs it

    document = tomlkit.parse(project.specs_file.read_text(encoding="utf-8"))
    for table in document["spec"]:
        name = str(table["name"])
        if name in pins:
            table["sha256"] = pins[name]
    return tomlkit.dumps(document).encode("utf-8")


def _report(changed: list[SpecEntry], committed: Path, staged: Path, catalog: list[dict[str, Any]]) -> Report:
    """The report of an update: each changed spec, the facade's view, the generated API, unplaced words."""
    from generator._changelog import (  # noqa: PLC0415 - the no-op path imports none of the pipeline
        api_section,
        facade_section,
        placement_section,
        spec_section,
    )

    report = Report(f"Spec update: {', '.join(entry.name for entry in changed)}")
    for entry in changed:
        current = _snapshot(staged / entry.package)
        assert current is not None
        report.sections.append(spec_section(entry, _snapshot(committed / entry.package), current))
    report.sections.append(facade_section(read_catalog(committed) or [], catalog, committed, staged, changed))
    report.sections.append(api_section(api_changes(api_surface(committed), api_surface(staged))))
    report.sections.append(placement_section(changed, catalog))
    return report


def _snapshot(package: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((package / SNAPSHOT).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _typecheck(output: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", GENERATED_ROOT_PACKAGE],
        cwd=output,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        lines = (done.stdout or done.stderr).strip().splitlines()
        raise GeneratorError("mypy --strict fails on the generated code:\n  " + "\n  ".join(lines[-20:]))


def _fetch_all(project: Project, entries: list[SpecEntry]) -> list[Fetched]:
    """Fetch every published spec; a failure of any is reported with all the others, and nothing is kept."""
    from generator._fetch import fetch, mirror_summary, new_client  # noqa: PLC0415 - httpx costs ~0.15 s

    results: list[Fetched] = []
    problems: list[str] = []
    with new_client() as client:
        for entry in entries:
            if entry.url is None:
                continue
            try:
                results.append(fetch(entry, project, client))
            except GeneratorError as exc:
                problems.append(str(exc))
    if problems:
        raise GeneratorError("\n".join(problems) + f"\n{_UNDONE}")
    summary = mirror_summary(results, project.mirror)
    if summary is not None:
        print(summary, file=sys.stderr)
    return results


def generate_clients(project: Project, *, force: bool = False, jobs: int | None = None) -> bool:
    """Regenerate ``generated/`` unless its recorded inputs are the current ones; True if it ran."""
    entries = project.load_specs()
    if not force and current_fingerprint(project.generated) == inputs_fingerprint(project, entries):
        print("generated/ is up to date (no input changed)")
        return False
    catalog = generate(project, entries, project.generated, jobs=jobs)
    _write_readme(project, catalog)
    print(f"generated {len(entries)} packages into {project.generated / GENERATED_ROOT_PACKAGE}")
    return True


def check_generated(project: Project, *, full: bool = False) -> None:
    """Fail, naming the files, if ``generated/`` (or README's model table) is not what the inputs generate.

    The default check is fast: the inputs fingerprint recorded at generation must be the current one, and every
    file must have the digest recorded then (no file edited, added or removed by hand). ``full`` regenerates
    into a scratch folder and compares byte for byte, which also proves the generator deterministic.
    """
    entries = project.load_specs()
    root = project.generated / GENERATED_ROOT_PACKAGE
    if full:
        with tempfile.TemporaryDirectory(prefix="tts-sdk-check-") as scratch:
            generate(project, entries, Path(scratch))
            differences = _compare(Path(scratch) / GENERATED_ROOT_PACKAGE, root)
    else:
        manifest = read_manifest(project.generated)
        if manifest is None:
            differences = [f"missing:    generated/{GENERATED_ROOT_PACKAGE}/manifest.json (never generated?)"]
        elif manifest.get("inputs_sha256") != inputs_fingerprint(project, entries):
            differences = ["inputs changed since generated/ was written (specs.toml, overlays, generator or tools)"]
        else:
            differences = _compare_digests(manifest.get("files", {}), file_digests(root))
    catalog = read_catalog(root)
    if catalog is not None and project.readme.is_file():
        text = project.readme.read_text(encoding="utf-8")
        if readme_with_models(text, catalog) != text:
            differences.append("changed:    README.md (its generated model table)")
    if differences:
        listing = "\n".join(f"  {line}" for line in differences)
        raise GeneratorError(
            f"generated/ does not match what the pinned specs generate ({len(differences)}):\n{listing}\n"
            "Run `make generate` and commit the result (never edit generated/ by hand)."
        )
    print(f"generated/ matches the pinned specs ({len(entries)} packages{', regenerated' if full else ''})")


def _write_readme(project: Project, catalog: list[dict[str, Any]]) -> None:
    if project.readme.is_file():
        text = project.readme.read_text(encoding="utf-8")
        updated = readme_with_models(text, catalog)
        if updated != text:
            write_atomic(project.readme, updated.encode("utf-8"))


def _compare_digests(recorded: dict[str, str], actual: dict[str, str]) -> list[str]:
    prefix = f"generated/{GENERATED_ROOT_PACKAGE}/"
    lines = [f"missing:    {prefix}{name}" for name in sorted(recorded.keys() - actual.keys())]
    lines += [f"unexpected: {prefix}{name}" for name in sorted(actual.keys() - recorded.keys())]
    lines += [
        f"changed:    {prefix}{name}"
        for name in sorted(recorded.keys() & actual.keys())
        if recorded[name] != actual[name]
    ]
    return lines


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
