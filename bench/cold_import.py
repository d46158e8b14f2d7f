"""Cold import: ``import tts_sdk`` vs ``import openai`` vs ``import httpx``, each in a fresh process.

Each figure is the median, over 15 fresh interpreters, of the import's own time (measured inside the
child with perf_counter), plus the whole process wall time. Goal (issue 8): tts_sdk <= 0.25x openai.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from _common import machine, table

MODULES = ("tts_sdk", "openai", "httpx", "tts_sdk.TTS")
RUNS = 15


def measure(module: str) -> tuple[float, float]:
    statement = "from tts_sdk import TTS" if module == "tts_sdk.TTS" else f"import {module}"
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    inside, wall = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        wall.append(time.perf_counter() - started)
        inside.append(float(done.stdout))
    return statistics.median(inside) * 1000, statistics.median(wall) * 1000


def main() -> None:
    print(f"machine: {machine()}; {RUNS} fresh processes each")
    results = {module: measure(module) for module in MODULES}
    openai_ms = results["openai"][0]
    rows = [
        (
            f"import {m}" if m != "tts_sdk.TTS" else "from tts_sdk import TTS (loads httpx)",
            f"{inside:.1f}",
            f"{wall:.1f}",
            f"{inside / openai_ms:.2f}x",
        )
        for m, (inside, wall) in results.items()
    ]
    table("Cold import (median ms)", ["statement", "import ms", "process wall ms", "vs import openai"], rows)


if __name__ == "__main__":
    main()
