"""The embedded server under load, side by side: synthesis in the server's own thread (``--workers 0``) and in
one process per core (the default).

- requests/s and p50/p99 latency of short requests (OpenAI route, one sentence, wav) at 1, 8 and 64 clients;
- peak memory (the server and its workers) for one 500,000-character request, the longest any spec accepts;
- latency of a short request alone, and while a 100,000-character request is being synthesized.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from _common import machine, table

SHORT = {"model": "tts-1", "input": "Hello from the benchmark.", "voice": "alloy", "response_format": "wav"}
SENTENCE = "This is a fairly ordinary sentence of a very long text. "
LOADS = ((1, 40), (8, 160), (64, 640))  # clients, requests
WORKER_SETTINGS = ("0", "default")


@contextmanager
def server(workers: str) -> Iterator[tuple[str, int]]:
    """``tts-sdk serve`` in its own process; its base URL and pid."""
    command = [sys.executable, "-m", "tts_sdk", "serve", "--port", "0", "--max-queue", "100000"]
    if workers != "default":
        command += ["--workers", workers]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        base = line.rsplit(" ", 1)[-1].strip()
        httpx.post(f"{base}/v1/audio/speech", json=SHORT, timeout=60)  # start the workers
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=60)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def load(base: str, clients: int, requests: int) -> tuple[float, list[float]]:
    latencies: list[float] = []
    per_client = requests // clients

    async def client() -> None:
        async with httpx.AsyncClient(timeout=300) as http:
            for _ in range(per_client):
                started = time.perf_counter()
                response = await http.post(f"{base}/v1/audio/speech", json=SHORT)
                response.raise_for_status()
                latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return len(latencies) / (time.perf_counter() - started), latencies


def family_peak_kib(pid: int) -> int:
    """Peak resident memory (VmHWM) of a process plus its children, in KiB."""
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    total = 0
    for each in pids:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                total += int(line.split()[1])
    return total


def long_request(base: str, characters: int) -> tuple[float, int]:
    """Seconds and bytes of audio for one AIML request of ``characters`` characters (WAV, fetched)."""
    text = (SENTENCE * (characters // len(SENTENCE) + 1))[:characters]
    started = time.perf_counter()
    answer = httpx.post(f"{base}/v1/tts", json={"model": "inworld/tts-1", "text": text, "format": "wav"}, timeout=900)
    answer.raise_for_status()
    size = 0
    with httpx.stream("GET", answer.json()["audio"]["url"], timeout=300) as audio:
        for chunk in audio.iter_bytes(1 << 20):
            size += len(chunk)
    return time.perf_counter() - started, size


def short_latencies(base: str, count: int, while_running: threading.Thread | None = None) -> list[float]:
    latencies = []
    with httpx.Client(timeout=300) as http:
        for _ in range(count):
            if while_running is not None and not while_running.is_alive():
                break
            started = time.perf_counter()
            http.post(f"{base}/v1/audio/speech", json=SHORT).raise_for_status()
            latencies.append(time.perf_counter() - started)
    return latencies


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f}"


def main() -> None:
    print(f"Measured on {machine()}.")
    load_rows, memory_rows, latency_rows = [], [], []
    for workers in WORKER_SETTINGS:
        label = "server thread (--workers 0)" if workers == "0" else "one process per core (default)"
        with server(workers) as (base, pid):
            for clients, requests in LOADS:
                rate, latencies = asyncio.run(load(base, clients, requests))
                p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
                load_rows.append([label, clients, f"{rate:,.1f}", ms(p50), ms(p99)])
            alone = short_latencies(base, 20)
            long = threading.Thread(target=long_request, args=(base, 100_000))
            long.start()
            time.sleep(0.5)
            during = short_latencies(base, 20, while_running=long)
            long.join()
            latency_rows.append(
                [label, ms(statistics.median(alone)), ms(statistics.median(during)), ms(max(during, default=0))]
            )
            before = family_peak_kib(pid)
            seconds, size = long_request(base, 500_000)
            after = family_peak_kib(pid)
            memory_rows.append(
                [label, f"{seconds:,.1f}", f"{size / 1e9:,.2f}", f"{before / 1024:,.0f}", f"{after / 1024:,.0f}"]
            )
    table("Short requests under load", ["synthesis", "clients", "requests/s", "p50 ms", "p99 ms"], load_rows)
    table(
        "A short request alone and during a 100,000-character request",
        ["synthesis", "alone p50 ms", "during p50 ms", "during max ms"],
        latency_rows,
    )
    table(
        "One 500,000-character request (WAV): peak RSS of the server and its workers",
        ["synthesis", "seconds", "audio GB", "peak MiB before", "peak MiB after"],
        memory_rows,
    )


if __name__ == "__main__":
    main()
