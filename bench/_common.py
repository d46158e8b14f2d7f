"""Shared helpers for the benchmark scripts: repeated timing, medians, a plain table."""

from __future__ import annotations

import contextlib
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # for tests._payloads


def median_seconds(action: Callable[[], object], repeats: int = 7) -> float:
    """Median wall time of ``action`` over ``repeats`` runs (after one warm-up)."""
    action()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def microseconds_per_call(call: Callable[[], object], calls: int, warmup: int = 20) -> float:
    """Mean µs per ``call()`` over ``calls`` sequential calls, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        call()
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - started) / calls * 1e6


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a Markdown table."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


@contextlib.contextmanager
def fast_server() -> Iterator[str]:
    """Start bench/_fastserver.py in its own process; yield its base URL."""
    process = subprocess.Popen(
        [sys.executable, str(REPO / "bench" / "_fastserver.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        url = process.stdout.readline().strip() if process.stdout else ""
        if not url.startswith("http://"):
            raise RuntimeError("the benchmark server did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def machine() -> str:
    """One line describing where the figures were measured."""

    return (
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores, {platform.machine()}"
    )
