"""`make generate`: cold (every spec regenerated) and no-op (nothing changed), median of 3 runs each.

Goals (issue 2): <= 10 s cold, <= 1 s no-op, on this 2-core machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _common import REPO, machine, table


def run(*arguments: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", *arguments], cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    print(f"machine: {machine()}")
    cold = [run("generate", "--force") for _ in range(3)]
    noop = [run("generate") for _ in range(3)]
    table("make generate (seconds, median of 3)", ["run", "seconds", "goal"],
          [("cold: all 6 specs", f"{statistics.median(cold):.2f}", "<= 10"),
           ("no-op: nothing changed", f"{statistics.median(noop):.2f}", "<= 1")])  # fmt: skip


if __name__ == "__main__":
    main()
