"""Per-request overhead of each provider's API through the facade, against a raw httpx call of the same request.

For every API of the catalog (read from it, never a hand-kept list), one speech request in the SDK's words
(its first spec, a model and voice it takes, mp3) is sent once through ``TTS`` to capture what goes on the
wire (method, URL with its path and query, headers, body); raw httpx then replays exactly that request. Both,
and the provider's official package where one exists, run sequentially against one fast loopback server in its
own process (bench/_fastserver.py: a fixed ~2 KB mp3 for any path), rounds interleaved; the table gives median
microseconds per request and the facade's ratio to raw httpx.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

import cartesia
import elevenlabs
import httpx
from _common import fast_server, machine, microseconds_per_call, table
from deepgram import DeepgramClient
from deepgram.environment import DeepgramClientEnvironment
from tts_sdk import TTS
from tts_sdk._core._catalog import apis, specs

from tests._catalog import model_of, voice_of

REQUESTS = 300
ROUNDS = 5
TEXT = "Hello from the benchmark."


def facade_call(client: TTS, api: str) -> Callable[[], bytes]:
    """The SDK call of one API's first spec: its model, a voice it takes, mp3 where it offers it."""
    spec = next(spec for spec in specs() if spec.api == api)
    arguments: dict[str, Any] = {"model": model_of(spec), "text": TEXT, "provider": api}
    voice = voice_of(spec)
    if voice is not None and spec.fields.get("voice"):
        arguments["voice"] = voice
    if "mp3" in spec.formats:
        arguments["format"] = "mp3"
    return lambda: client.speech.create(**arguments).content


def captured(call: Callable[[], object], hooks: list[httpx.Request]) -> httpx.Request:
    """The request ``call`` sends (the facade's ``http_client`` records it)."""
    hooks.clear()
    call()
    return hooks[-1]


def raw_call(client: httpx.Client, request: httpx.Request) -> Callable[[], bytes]:
    """Raw httpx, replaying the captured request byte for byte."""
    method, url, headers, body = request.method, str(request.url), dict(request.headers), request.content
    headers.pop("content-length", None)
    return lambda: client.request(method, url, headers=headers, content=body).content


def official_calls(base: str) -> dict[str, Callable[[], bytes]]:
    """The providers' own packages, where they exist, for the same request."""
    eleven = elevenlabs.ElevenLabs(api_key="k", base_url=base)
    environment = DeepgramClientEnvironment(base=base, production=base, agent=base, agent_rest=base)
    deepgram = DeepgramClient(api_key="k", environment=environment)
    cartesia_client = cartesia.Cartesia(api_key="k", base_url=base, max_retries=0)
    voice = {"mode": "id", "id": "a0e99841-438c-4a64-b679-ae501e7d6091"}
    mp3 = {"container": "mp3", "sample_rate": 44100, "bit_rate": 128000}
    return {
        "elevenlabs": lambda: b"".join(
            eleven.text_to_speech.convert(
                "JBFqnCBsd6RMkjVDRZzb", text=TEXT, model_id="eleven_multilingual_v2", output_format="mp3_44100_128"
            )
        ),
        "deepgram": lambda: b"".join(deepgram.speak.v1.audio.generate(text=TEXT, model="aura-2-thalia-en")),
        "cartesia": lambda: cartesia_client.tts.generate(
            model_id="sonic-3",
            transcript=TEXT,
            voice=voice,  # type: ignore[arg-type]
            output_format=mp3,  # type: ignore[arg-type]
        ).read(),
    }


def main() -> None:
    names = list(apis())
    with fast_server() as base:
        seen: list[httpx.Request] = []
        keys: dict[str, Any] = {f"{name}_api_key": "sk-bench" for name in names}
        recording = httpx.Client(event_hooks={"request": [seen.append]})
        recorder = TTS(base_url=base, http_client=recording, max_retries=0, **keys)  # only sees what is sent
        facade = TTS(base_url=base, max_retries=0, **keys)
        raw = httpx.Client()
        officials = official_calls(base)
        calls: dict[str, dict[str, Callable[[], object]]] = {}
        requests: dict[str, httpx.Request] = {}
        for name in names:
            requests[name] = captured(facade_call(recorder, name), seen)
            calls[name] = {"tts_sdk": facade_call(facade, name), "raw httpx": raw_call(raw, requests[name])}
            if name in officials:
                calls[name]["official package"] = officials[name]
        timings: dict[tuple[str, str], list[float]] = {}
        for _ in range(ROUNDS):
            for name, clients in calls.items():
                for label, call in clients.items():
                    timings.setdefault((name, label), []).append(microseconds_per_call(call, REQUESTS))
        rows = []
        for name in names:
            facade_us = statistics.median(timings[(name, "tts_sdk")])
            raw_us = statistics.median(timings[(name, "raw httpx")])
            official = timings.get((name, "official package"))
            official_text = f"{statistics.median(official):.0f}" if official else "-"
            request = requests[name]
            rows.append((name, f"{request.method} {request.url.raw_path.decode()}", f"{facade_us:.0f}", f"{raw_us:.0f}",
                         f"{facade_us / raw_us:.2f}x", official_text))  # fmt: skip
        table(
            f"Per-request overhead per provider API, µs (median of {ROUNDS} rounds x {REQUESTS} sequential requests; "
            f"{machine()})",
            ("API", "request", "tts_sdk", "raw httpx, same request", "tts_sdk / raw", "official package"),
            rows,
        )


if __name__ == "__main__":
    main()
