"""``python -m generator``: fetch, pin, generate and check the typed clients; compare two spec versions."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from generator._commands import check_generated, fetch_specs, generate_clients, update_specs
from generator._errors import GeneratorError
from generator._project import Project


def main(argv: list[str] | None = None) -> int:
    """Run one command; print one clear message and return non-zero on failure."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="the repository root (default: this checkout)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("specs", help="download the published specs and check their sha256 pins")
    update = commands.add_parser(
        "update-specs", help="accept new published bytes, all or nothing: changelog, pin, regenerate, type-check"
    )
    update.add_argument("--fail-on", choices=("breaking", "notice"), help="refuse (exit 1) on a change of this class")
    update.add_argument("--no-typecheck", action="store_true", help="skip mypy --strict on the new generated code")
    update.add_argument("--dry-run", action="store_true", help="print the full report; write nothing")
    generate = commands.add_parser("generate", help="generate generated/ (a no-op when no input changed)")
    generate.add_argument("--force", action="store_true", help="regenerate even when no input changed")
    generate.add_argument("--jobs", type=int, help="processes generating packages (default: one per core)")
    check = commands.add_parser("check", help="fail if generated/ differs from what the pinned specs generate")
    check.add_argument("--full", action="store_true", help="regenerate into a scratch folder and compare every byte")
    sync = commands.add_parser("unasync", help="write the sync clients and tests from their async sources")
    sync.add_argument("--check", action="store_true", help="only fail, naming them, if the sync files are stale")
    spec_diff = commands.add_parser(
        "spec-diff",
        help="compare two versions of a spec: what changed for clients, and what breaks them",
        description="Compare the operations the SDK uses (POST /v1/tts, POST /audio/speech, POST /v1/audio/speech, "
        "or --operation) in OLD and NEW. Exit 1 with --fail-on when a change of that class (or worse) is found.",
    )
    spec_diff.add_argument("old")
    spec_diff.add_argument("new")
    spec_diff.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    spec_diff.add_argument("--fail-on", choices=("breaking", "notice"), help="exit 1 on a change of this class")
    spec_diff.add_argument(
        "--operation", action="append", metavar="'METHOD /path'", help="compare this operation (repeatable)"
    )
    spec_diff.add_argument(
        "--after-overlays",
        metavar="ENTRY",
        help="compare both versions as the SDK generates from them: with the overlays and repairs of this "
        "specs.toml entry applied (the upstream changes they undo are listed as absorbed)",
    )
    arguments = parser.parse_args(argv)
    project = Project(arguments.root.resolve())
    started = time.perf_counter()
    try:
        if arguments.command == "specs":
            fetch_specs(project)
        elif arguments.command == "update-specs":
            accepted = update_specs(
                project, fail_on=arguments.fail_on, typecheck=not arguments.no_typecheck, dry_run=arguments.dry_run
            )
            if not accepted:
                return 1
        elif arguments.command == "generate":
            generate_clients(project, force=arguments.force, jobs=arguments.jobs)
        elif arguments.command == "check":
            check_generated(project, full=arguments.full)
        elif arguments.command == "unasync":
            _unasync(project.root, check=arguments.check)
        else:
            return _spec_diff(arguments, project)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"({arguments.command}: {time.perf_counter() - started:.2f} s)", file=sys.stderr)
    return 0


def _unasync(root: Path, *, check: bool) -> None:
    from generator._unasync import unasync  # noqa: PLC0415

    stale = unasync(root, check=check)
    if check and stale:
        listing = "\n".join(f"  {line}" for line in stale)
        raise GeneratorError(
            f"the sync code is not what its async source gives ({len(stale)}):\n{listing}\n"
            "Edit the async source, then run `python -m generator unasync` (never edit the sync files by hand)."
        )
    print("sync code matches its async sources" if check else f"sync code written ({len(stale)} files changed)")


def _spec_diff(arguments: argparse.Namespace, project: Project) -> int:
    from generator._specdiff import SDK_OPERATIONS, diff, fails, load, render  # noqa: PLC0415

    try:
        with open(arguments.old, "rb") as old_file, open(arguments.new, "rb") as new_file:
            old_bytes, new_bytes = old_file.read(), new_file.read()
        old, new = load(old_bytes, arguments.old), load(new_bytes, arguments.new)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    operations = None
    if arguments.operation:
        operations = [(item.split(" ", 1)[0].lower(), item.split(" ", 1)[1]) for item in arguments.operation]
    if arguments.after_overlays:
        return _spec_diff_after_overlays(arguments, project, operations, (old_bytes, new_bytes))
    changes = diff(old, new, operations, known=_table_operations(project) or SDK_OPERATIONS)
    print(render(changes, arguments.format, f"{arguments.old} -> {arguments.new}"))
    return 1 if fails((change.severity for change in changes), arguments.fail_on) else 0


def _spec_diff_after_overlays(
    arguments: argparse.Namespace,
    project: Project,
    operations: list[tuple[str, str]] | None,
    versions: tuple[bytes, bytes],
) -> int:
    """spec-diff of the documents the SDK generates from: the entry's overlays and repairs applied to both."""
    from generator._changelog import absorbed  # noqa: PLC0415
    from generator._normalize import operations as entry_operations  # noqa: PLC0415
    from generator._sources import fixed_document  # noqa: PLC0415
    from generator._specdiff import Change, diff, fails, render  # noqa: PLC0415

    entries = {entry.name: entry for entry in project.load_specs(pinned=False)}
    entry = entries.get(arguments.after_overlays)
    if entry is None:
        print(f"error: --after-overlays {arguments.after_overlays!r}: no such entry in {project.specs_file} "
              f"(entries: {', '.join(entries)})", file=sys.stderr)  # fmt: skip
        return 2
    old_upstream, old_fixed, _ = fixed_document(project, entry, versions[0])
    new_upstream, new_fixed, _ = fixed_document(project, entry, versions[1])
    used = operations or [(operation.method, operation.path) for operation in entry_operations(entry)]
    changes = diff(old_fixed, new_fixed, used)
    changes += [
        Change(change.path, "absorbed", change.kind, f"{change.message} (the overlays and repairs undo it)")
        for change in absorbed(diff(old_upstream, new_upstream, used), changes)
    ]
    title = f"{arguments.old} -> {arguments.new} (after the overlays of {entry.name})"
    print(render(changes, arguments.format, title))
    return 1 if fails((change.severity for change in changes), arguments.fail_on) else 0


def _table_operations(project: Project) -> list[tuple[str, str]]:
    """Every operation the project's ``[api.*]`` tables name (none when it has no readable specs.toml)."""
    import tomllib  # noqa: PLC0415

    from generator._project import parse_apis  # noqa: PLC0415

    try:
        tables = parse_apis(tomllib.loads(project.specs_file.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, GeneratorError):
        return []
    return list(dict.fromkeys((op.method, op.path) for api in tables.values() for op in api.operations))


if __name__ == "__main__":
    sys.exit(main())
