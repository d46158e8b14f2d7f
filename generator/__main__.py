"""``python -m generator``: fetch, pin, generate and check the typed clients."""

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
    update = commands.add_parser("update-specs", help="accept new published bytes: changelog, re-pin, regenerate")
    update.add_argument("--fail-on", choices=("breaking", "notice"), help="exit 1 on a change of this class or worse")
    generate = commands.add_parser("generate", help="generate generated/ (a no-op when no input changed)")
    generate.add_argument("--force", action="store_true", help="regenerate even when no input changed")
    commands.add_parser("check", help="fail if generated/ differs from what the pinned specs generate")
    arguments = parser.parse_args(argv)
    project = Project(arguments.root.resolve())
    started = time.perf_counter()
    try:
        if arguments.command == "specs":
            fetch_specs(project)
        elif arguments.command == "update-specs":
            if not update_specs(project, fail_on=arguments.fail_on):
                print(
                    f"error: the spec changes include {arguments.fail_on} ones (--fail-on {arguments.fail_on})",
                    file=sys.stderr,
                )
                return 1
        elif arguments.command == "generate":
            generate_clients(project, force=arguments.force)
        else:
            check_generated(project)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"({arguments.command}: {time.perf_counter() - started:.2f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
