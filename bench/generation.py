"""`make generate` and `make check` on every spec of specs/specs.toml, side by side with how they ran before.

Cold (every package regenerated) in one process, as before issue 11, and in parallel (one process per core);
no-op (nothing changed); `check` as it was (regenerate into a scratch folder and compare: `check --full`) and
as it is (inputs fingerprint and file digests). Medians of 3 runs. Goals (issue 11): cold <= 10 s, no-op
<= 0.5 s, `make check` <= 5 s, on this 2-core machine.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from _common import REPO, machine, table


def run(*arguments: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", *arguments], cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - started


def median(*arguments: str) -> str:
    return f"{statistics.median(run(*arguments) for _ in range(3)):.2f}"


def main() -> None:
    catalog = json.loads((REPO / "generated" / "tts_sdk_generated" / "catalog.json").read_text())
    count = len(catalog["specs"])
    print(f"machine: {machine()}")
    rows = [
        (f"cold, {count} specs, 1 process (as before)", median("generate", "--force", "--jobs", "1"), "-"),
        (f"cold, {count} specs, one process per core", median("generate", "--force"), "<= 10"),
        ("no-op: nothing changed", median("generate"), "<= 0.5"),
        ("check --full: regenerate and compare (as before)", median("check", "--full"), "-"),
        ("check: fingerprint and digests", median("check"), "<= 5"),
    ]
    table("make generate / make check (seconds, median of 3)", ["run", "seconds", "goal"], rows)


if __name__ == "__main__":
    main()
