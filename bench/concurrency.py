"""2,000 async requests at concurrency 64 against a fast loopback server: AsyncTTS vs httpx vs AsyncOpenAI.

Throughput (requests per second), median of 3 rounds with the clients interleaved.
Goal (issue 6): AsyncTTS >= 0.9x raw httpx.AsyncClient.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
import openai
from _common import fast_server, machine, table
from tts_sdk import AsyncTTS

REQUESTS = 2000
CONCURRENCY = 64
ROUNDS = 3
PAYLOAD = {"model": "tts-1", "input": "Hello from the benchmark.", "voice": "alloy"}


async def throughput(call: Callable[[], Awaitable[object]]) -> float:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def one() -> None:
        async with gate:
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(REQUESTS)))
    return REQUESTS / (time.perf_counter() - started)


async def measure(base: str) -> dict[str, list[float]]:
    # Every client with its out-of-the-box connection pool (httpx's default limits: 100 connections, 20 kept).
    facade = AsyncTTS(base_url=base, openai_api_key="sk-bench")
    raw = httpx.AsyncClient()
    official = openai.AsyncOpenAI(base_url=f"{base}/v1", api_key="sk-bench")

    async def facade_call() -> bytes:
        return (await facade.speech.create(model="tts-1", text="Hello from the benchmark.", voice="alloy")).content

    async def raw_call() -> bytes:
        response = await raw.post(f"{base}/v1/audio/speech", json=PAYLOAD, headers={"Authorization": "Bearer sk-bench"})
        return response.content

    async def official_call() -> bytes:
        response = await official.audio.speech.create(model="tts-1", input="Hello from the benchmark.", voice="alloy")
        return response.content

    clients = {"tts_sdk AsyncTTS": facade_call, "raw httpx.AsyncClient": raw_call, "openai.AsyncOpenAI": official_call}
    for call in clients.values():
        await throughput(call)  # warm the connection pools
    results: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(ROUNDS):
        for name, call in clients.items():
            results[name].append(await throughput(call))
    return results


def main() -> None:
    print(f"machine: {machine()}; {REQUESTS} requests at concurrency {CONCURRENCY}, {ROUNDS} rounds")
    with fast_server() as base:
        results = asyncio.run(measure(base))
    medians = {name: statistics.median(values) for name, values in results.items()}
    raw = medians["raw httpx.AsyncClient"]
    table(
        "Async throughput at concurrency 64",
        ["client", "requests/s (median)", "vs raw httpx"],
        [(name, f"{value:,.0f}", f"{value / raw:.2f}x") for name, value in medians.items()],
    )


if __name__ == "__main__":
    main()
