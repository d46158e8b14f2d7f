"""2,000 async requests at concurrency 64 against a fast loopback server, side by side in one run: raw
``httpx.AsyncClient``, ``httpx2.AsyncClient``, httpx over the ``httpx-aiohttp`` transport, raw aiohttp,
``openai.AsyncOpenAI`` with and without ``DefaultAioHttpClient``, and ``AsyncTTS`` on both backends.

Throughput (requests per second), median of 7 rounds with the clients interleaved. The loopback server shares
the machine's two cores, so throughput drifts from round to round: each ratio is the median of the per-round
ratios (each client against the raw client measured in the same round), not a ratio of medians.
Goals: AsyncTTS >= 0.9x raw httpx.AsyncClient (issue 6); AsyncTTS(http_backend="aiohttp") >= 0.8x raw aiohttp
(issue 19).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import aiohttp
import httpx
import httpx2
import openai
from _common import fast_server, machine, table
from httpx_aiohttp import AiohttpTransport
from tts_sdk import AsyncTTS

REQUESTS = 2000
CONCURRENCY = 64
ROUNDS = 7
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
    facade_aiohttp = AsyncTTS(base_url=base, openai_api_key="sk-bench", http_backend="aiohttp")
    raw = httpx.AsyncClient()
    raw2 = httpx2.AsyncClient()
    over_aiohttp = httpx.AsyncClient(transport=AiohttpTransport(client=aiohttp.ClientSession()))
    session = aiohttp.ClientSession()
    official = openai.AsyncOpenAI(base_url=f"{base}/v1", api_key="sk-bench")
    official_aiohttp = openai.AsyncOpenAI(
        base_url=f"{base}/v1", api_key="sk-bench", http_client=openai.DefaultAioHttpClient()
    )
    url, headers = f"{base}/v1/audio/speech", {"Authorization": "Bearer sk-bench"}

    async def facade_call() -> bytes:
        return (await facade.speech.create(model="tts-1", text="Hello from the benchmark.", voice="alloy")).content

    async def facade_aiohttp_call() -> bytes:
        audio = await facade_aiohttp.speech.create(model="tts-1", text="Hello from the benchmark.", voice="alloy")
        return audio.content

    async def raw_call() -> bytes:
        return (await raw.post(url, json=PAYLOAD, headers=headers)).content

    async def raw2_call() -> bytes:
        return (await raw2.post(url, json=PAYLOAD, headers=headers)).content

    async def over_aiohttp_call() -> bytes:
        return (await over_aiohttp.post(url, json=PAYLOAD, headers=headers)).content

    async def aiohttp_call() -> bytes:
        async with session.post(url, json=PAYLOAD, headers=headers) as response:
            return await response.read()

    async def official_call() -> bytes:
        response = await official.audio.speech.create(model="tts-1", input="Hello from the benchmark.", voice="alloy")
        return response.content

    async def official_aiohttp_call() -> bytes:
        response = await official_aiohttp.audio.speech.create(
            model="tts-1", input="Hello from the benchmark.", voice="alloy"
        )
        return response.content

    clients = {
        "tts_sdk AsyncTTS (httpx)": facade_call,
        "tts_sdk AsyncTTS (aiohttp)": facade_aiohttp_call,
        "raw httpx.AsyncClient": raw_call,
        "raw httpx2.AsyncClient": raw2_call,
        "httpx over httpx-aiohttp": over_aiohttp_call,
        "raw aiohttp": aiohttp_call,
        "openai.AsyncOpenAI": official_call,
        "openai.AsyncOpenAI + DefaultAioHttpClient": official_aiohttp_call,
    }
    for call in clients.values():
        await throughput(call)  # warm the connection pools
    results: dict[str, list[float]] = {name: [] for name in clients}
    for _ in range(ROUNDS):
        for name, call in clients.items():
            results[name].append(await throughput(call))
    await facade.aclose()
    await facade_aiohttp.aclose()
    await over_aiohttp.aclose()
    await session.close()
    await official_aiohttp.close()
    return results


def main() -> None:
    print(f"machine: {machine()}; {REQUESTS} requests at concurrency {CONCURRENCY}, {ROUNDS} rounds")
    with fast_server() as base:
        results = asyncio.run(measure(base))
    raw, aio = results["raw httpx.AsyncClient"], results["raw aiohttp"]

    def paired(values: list[float], against: list[float]) -> float:
        return statistics.median(value / other for value, other in zip(values, against, strict=True))

    table(
        "Async throughput at concurrency 64",
        ["client", "requests/s (median)", "vs raw httpx (paired)", "vs raw aiohttp (paired)"],
        [(name, f"{statistics.median(values):,.0f}", f"{paired(values, raw):.2f}x", f"{paired(values, aio):.2f}x")
         for name, values in results.items()],
    )  # fmt: skip


if __name__ == "__main__":
    main()
