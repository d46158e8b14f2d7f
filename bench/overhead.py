"""Per-request client overhead: tts_sdk facade vs the bare generated client vs raw httpx vs openai.

The same speech request (tts-1, 5 words, a fixed ~2 KB audio answer) to one fast loopback server in its
own process, sequentially, sync and async. Rounds interleave the clients; the table gives the median
microseconds per request over the rounds and the ratios to raw httpx and to openai.
Goals (issue 8): facade <= 1.15x raw httpx, <= 0.5x openai.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
import openai
from _common import fast_server, machine, microseconds_per_call, table
from tts_sdk import TTS, AsyncTTS
from tts_sdk_generated import openai_speech
from tts_sdk_generated.openai_speech.api.default import create_speech
from tts_sdk_generated.openai_speech.models import OpenaiSpeechRequest

REQUESTS = 400
ROUNDS = 7
PAYLOAD = {"model": "tts-1", "input": "Hello from the benchmark.", "voice": "alloy"}


async def timed_async(call: Callable[[], Awaitable[object]]) -> float:
    for _ in range(20):
        await call()
    started = time.perf_counter()
    for _ in range(REQUESTS):
        await call()
    return (time.perf_counter() - started) / REQUESTS * 1e6


def floor_client(base: str) -> Callable[[], object]:
    """The cheapest possible client: one keep-alive socket, a pre-built request, a fixed-size read.

    What it takes is the loopback round trip and the server; what every other client takes beyond it is its
    own overhead.
    """
    host, port = base.removeprefix("http://").split(":")
    connection = socket.create_connection((host, int(port)))
    connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    body = b'{"model": "tts-1", "input": "Hello from the benchmark.", "voice": "alloy"}'
    request = (
        b"POST /v1/audio/speech HTTP/1.1\r\nhost: %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
    ) % (host.encode(), len(body), body)
    expected = len(b"HTTP/1.1 200 OK\r\ncontent-type: audio/mpeg\r\ncontent-length: 2058\r\n\r\n") + 2058
    reader = connection.makefile("rb")

    def call() -> bytes:
        connection.sendall(request)
        return reader.read(expected)

    return call


def sync_clients(base: str) -> dict[str, Callable[[], object]]:
    facade = TTS(base_url=base, openai_api_key="sk-bench")
    generated = openai_speech.AuthenticatedClient(base_url=f"{base}/v1", token="sk-bench")
    body = OpenaiSpeechRequest(model="tts-1", input_="Hello from the benchmark.", voice="alloy")
    raw = httpx.Client()
    official = openai.OpenAI(base_url=f"{base}/v1", api_key="sk-bench")
    return {
        "floor: raw socket": floor_client(base),
        "tts_sdk TTS": lambda: (
            facade.speech.create(model="tts-1", text="Hello from the benchmark.", voice="alloy").content
        ),
        "generated client": lambda: create_speech.sync_detailed(client=generated, body=body).content,
        "raw httpx.Client": lambda: (
            raw.post(f"{base}/v1/audio/speech", json=PAYLOAD, headers={"Authorization": "Bearer sk-bench"}).content
        ),
        "openai.OpenAI": lambda: (
            official.audio.speech.create(model="tts-1", input="Hello from the benchmark.", voice="alloy").content
        ),
    }


def async_clients(base: str) -> dict[str, Callable[[], Awaitable[object]]]:
    facade = AsyncTTS(base_url=base, openai_api_key="sk-bench")
    generated = openai_speech.AuthenticatedClient(base_url=f"{base}/v1", token="sk-bench")
    body = OpenaiSpeechRequest(model="tts-1", input_="Hello from the benchmark.", voice="alloy")
    raw = httpx.AsyncClient()
    official = openai.AsyncOpenAI(base_url=f"{base}/v1", api_key="sk-bench")

    async def facade_call() -> bytes:
        return (await facade.speech.create(model="tts-1", text="Hello from the benchmark.", voice="alloy")).content

    async def generated_call() -> bytes:
        return (await create_speech.asyncio_detailed(client=generated, body=body)).content

    async def raw_call() -> bytes:
        response = await raw.post(f"{base}/v1/audio/speech", json=PAYLOAD, headers={"Authorization": "Bearer sk-bench"})
        return response.content

    async def official_call() -> bytes:
        response = await official.audio.speech.create(model="tts-1", input="Hello from the benchmark.", voice="alloy")
        return response.content

    return {
        "tts_sdk AsyncTTS": facade_call,
        "generated client": generated_call,
        "raw httpx.AsyncClient": raw_call,
        "openai.AsyncOpenAI": official_call,
    }


def report(title: str, samples: dict[str, list[float]], raw: str, official: str, floor: float) -> None:
    """Totals, ratios of totals, and each client's own overhead (its time above the raw-socket floor)."""
    medians = {name: statistics.median(values) for name, values in samples.items()}
    rows = []
    for name, value in medians.items():
        overhead = value - floor
        rows.append(
            (
                name,
                f"{value:,.0f}",
                f"{overhead:,.0f}",
                f"{value / medians[raw]:.2f}x",
                f"{value / medians[official]:.2f}x",
                f"{overhead / (medians[official] - floor):.2f}x",
            )
        )
    table(
        title,
        ["client", "µs/request", "µs above floor", "total vs httpx", "total vs openai", "overhead vs openai's"],
        rows,
    )


def main() -> None:
    print(f"machine: {machine()}; {REQUESTS} requests x {ROUNDS} rounds per client")
    with fast_server() as base:
        clients = sync_clients(base)
        samples: dict[str, list[float]] = {name: [] for name in clients}
        for _ in range(ROUNDS):
            for name, call in clients.items():
                samples[name].append(microseconds_per_call(call, REQUESTS))
        floor = statistics.median(samples["floor: raw socket"])
        report("Per-request overhead, sync", samples, "raw httpx.Client", "openai.OpenAI", floor)

        async def run_async() -> dict[str, list[float]]:
            clients = async_clients(base)
            results: dict[str, list[float]] = {name: [] for name in clients}
            for _ in range(ROUNDS):
                for name, call in clients.items():
                    results[name].append(await timed_async(call))
            return results

        report(
            "Per-request overhead, async",
            asyncio.run(run_async()),
            "raw httpx.AsyncClient",
            "openai.AsyncOpenAI",
            floor,
        )


if __name__ == "__main__":
    main()
