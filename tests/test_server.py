"""The embedded server over real HTTP: both APIs, real decodable speech, request checks, faults, load."""

from __future__ import annotations

import base64
import contextlib
import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import openai
import pytest
import soundfile
from tts_sdk import TTS, available_models
from tts_sdk._core._catalog import SpecInfo, specs
from tts_sdk._core._schema import Parts
from tts_sdk._core._vocabulary import format_name
from tts_sdk.server import create_app, running
from tts_sdk.server._encode import media_type

from tests._catalog import aiml_specs, minimal_payload, voice_of
from tests._loopback import loopback_server

TEXT = "Hello there. This is a test of the embedded speech server."


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(faults=True) as url:
        yield url


@pytest.fixture(scope="module")
def keyed() -> Iterator[str]:
    with running(require_key="sk-local") as url:
        yield url


def decode(content: bytes, format_name: str) -> tuple[float, float]:
    """Seconds and RMS loudness of encoded audio."""
    if format_name == "pcm":
        data = np.frombuffer(content, dtype="<i2").astype("float32") / 32768
        return len(data) / 24000, float(np.sqrt(np.mean(np.square(data))))
    data, rate = soundfile.read(io.BytesIO(content), dtype="float32")
    return len(data) / rate, float(np.sqrt(np.mean(np.square(data))))


def assert_speech(content: bytes, format_name: str) -> None:
    seconds, loudness = decode(content, format_name)
    assert 2.0 < seconds < 10.0, seconds
    assert loudness > 0.01, loudness


@pytest.mark.parametrize("spec", aiml_specs(), ids=lambda spec: spec.name)
def test_aiml_models_return_a_link_to_real_speech(base: str, spec: SpecInfo) -> None:
    """Every AIML spec, its text at its own field, answered in its default format (its first, if none)."""
    response = httpx.post(f"{base}{spec.path}", json=minimal_payload(spec, TEXT))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["meta"]["usage"]["credits_used"] > 0 and body["meta"]["usage"]["usd_spent"] > 0
    audio = httpx.get(body["audio"]["url"])
    default = format_name(spec, Parts()) or next(iter(spec.formats), "wav")
    assert audio.headers["content-type"] == media_type(default)
    assert_speech(audio.content, default)


def test_aiml_format_is_honoured_per_model_and_wav_bytes_on_request(base: str) -> None:
    inworld = httpx.post(f"{base}/v1/tts", json={"model": "inworld/tts-1-max", "text": TEXT, "format": "mp3"})
    assert inworld.json()["audio"]["url"].endswith(".mp3")
    flac = httpx.post(f"{base}/v1/tts", json={"model": "openai/tts-1", "text": TEXT, "response_format": "flac"})
    assert_speech(httpx.get(flac.json()["audio"]["url"]).content, "flac")
    wav = httpx.post(f"{base}/v1/tts", json={"model": "openai/tts-1", "text": TEXT}, headers={"Accept": "audio/wav"})
    assert wav.headers["content-type"] == "audio/wav"
    assert_speech(wav.content, "wav")


@pytest.mark.parametrize("format_name", ["mp3", "wav", "pcm", "flac", "opus"])
def test_openai_formats_decode_and_are_sent_chunked(base: str, format_name: str) -> None:
    body = {"model": "tts-1", "input": TEXT, "voice": "alloy", "response_format": format_name}
    response = httpx.post(f"{base}/v1/audio/speech", json=body)
    assert response.status_code == 200
    assert response.headers.get("transfer-encoding") == "chunked"
    assert_speech(response.content, format_name)


def test_aac_is_refused_clearly(base: str) -> None:
    response = httpx.post(
        f"{base}/v1/audio/speech", json={"model": "tts-1", "input": "Hi", "voice": "alloy", "response_format": "aac"}
    )
    assert response.status_code == 400 and response.headers["content-type"] == "application/json"
    assert "cannot make 'aac'" in response.json()["error"]["message"]


def test_each_voice_of_a_spec_has_its_own_espeak_variant() -> None:
    synthesizer = create_app().state.tts.pool
    for spec in specs():
        names = list(spec.voices)
        assert len({synthesizer.identity(str(name)) for name in names}) == len(names), spec.name


def test_voices_sound_different(base: str) -> None:
    """Male and female variants differ audibly: zero-crossing rates far apart (run-to-run jitter is ~0.001)."""

    def crossing_rate(voice: str) -> float:
        body = {
            "model": "tts-1",
            "input": "The quick brown fox jumps over the lazy dog.",
            "voice": voice,
            "response_format": "pcm",
        }
        samples = np.frombuffer(httpx.post(f"{base}/v1/audio/speech", json=body).content, dtype="<i2")
        return float(np.mean(np.abs(np.diff(np.sign(samples.astype("float64")))) > 0))

    rates = [crossing_rate(voice) for voice in ("alloy", "coral")]
    assert abs(rates[0] - rates[1]) > 0.005, rates


def test_sse_events_carry_the_audio_and_usage(base: str) -> None:
    body = {
        "model": "gpt-4o-mini-tts",
        "input": TEXT,
        "voice": "coral",
        "response_format": "wav",
        "stream_format": "sse",
    }
    response = httpx.post(f"{base}/v1/audio/speech", json=body)
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: ")]
    assert {event["type"] for event in events[:-1]} == {"speech.audio.delta"}
    assert events[-1]["type"] == "speech.audio.done" and events[-1]["usage"]["total_tokens"] > 0
    assert_speech(b"".join(base64.b64decode(event["audio"]) for event in events[:-1]), "wav")
    refused = httpx.post(f"{base}/v1/audio/speech", json={**body, "model": "tts-1"})
    assert refused.status_code == 400 and "not supported for tts-1" in refused.json()["error"]["message"]


def test_invalid_bodies_get_422_with_every_problem(base: str) -> None:
    response = httpx.post(f"{base}/v1/tts", json={"model": "openai/tts-1", "text": "", "speed": 9, "voice": "robot"})
    assert response.status_code == 422
    assert [problem["path"] for problem in response.json()["problems"]] == ["$.text", "$.voice", "$.speed"]
    unknown = httpx.post(f"{base}/v1/tts", json={"model": "tts-1", "text": "Hi"})
    assert unknown.status_code == 422 and unknown.json()["problems"][0]["path"] == "$.model"
    openai_style = httpx.post(f"{base}/v1/audio/speech", json={"model": "tts-1", "input": "Hi", "speed": 9})
    # OpenAI answers invalid parameters with 400, a string code and the parameter; every problem is listed too.
    assert openai_style.status_code == 400
    body = openai_style.json()
    assert body["error"]["type"] == "invalid_request_error" and body["error"]["code"] == "invalid_required"
    assert body["error"]["param"] == "$.voice" and [p["path"] for p in body["problems"]] == ["$.voice", "$.speed"]
    assert response.json()["error"]["code"] == 422  # the AIML route keeps its own shape


@pytest.mark.parametrize("route", ["/v1/tts", "/v1/audio/speech"])
def test_bodies_json_cannot_carry_get_a_json_400(base: str, route: str) -> None:
    bodies = {
        b'{"model": "tts-1", "input": "x", "voice": "alloy", "speed": NaN}': "NaN is not valid JSON",
        b'{"model": "tts-1", "input": "x", "voice": "alloy", "speed": Infinity}': "Infinity is not valid JSON",
        b"[" * 5000 + b"]" * 5000: "nested too deeply",
        b'{"model": "tts-1", "input": "\\ud800", "voice": "alloy"}': "lone surrogate",
        b'{"model": "tts-1", "input": "x", "voice": "\\udfff"}': "lone surrogate",
        b'{"model": "tts-1", "input": "caf\xe9", "voice": "alloy"}': "not UTF-8",
    }
    for body, message in bodies.items():
        response = httpx.post(f"{base}{route}", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 400, (body[:40], response.text)
        assert message in response.json()["error"]["message"], (body[:40], response.text)


def test_openai_route_answers_every_format_at_24_khz(base: str) -> None:
    for wanted in ("wav", "mp3", "flac", "opus"):
        body = {"model": "tts-1", "input": TEXT, "voice": "alloy", "response_format": wanted}
        content = httpx.post(f"{base}/v1/audio/speech", json=body).content
        assert soundfile.info(io.BytesIO(content)).samplerate == 24000, wanted


def test_auth_scheme_is_case_insensitive_and_links_ignore_host(keyed: str) -> None:
    for scheme in ("Bearer", "bearer", "BEARER"):
        ok = httpx.post(
            f"{keyed}/v1/tts",
            json={"model": "openai/tts-1", "text": "Hi"},
            headers={"Authorization": f"{scheme} sk-local"},
        )
        assert ok.status_code == 200, scheme
    spoofed = httpx.post(
        f"{keyed}/v1/tts",
        json={"model": "openai/tts-1", "text": "Hi"},
        headers={"Authorization": "Bearer sk-local", "Host": "evil.example:666"},
    )
    assert spoofed.json()["audio"]["url"].startswith(f"{keyed}/v1/files/")


def test_public_url_sets_the_audio_links() -> None:
    with running(public_url="https://tts.example.test/base") as base:
        answer = httpx.post(f"{base}/v1/tts", json={"model": "openai/tts-1", "text": "Hi"}).json()
    assert answer["audio"]["url"].startswith("https://tts.example.test/base/v1/files/")


def test_protocol_errors_are_json(base: str) -> None:
    cases = [
        (httpx.post(f"{base}/v1/tts", content=b"{not json", headers={"content-type": "application/json"}), 400),
        (httpx.post(f"{base}/v1/tts", content=b"text=hi", headers={"content-type": "text/plain"}), 415),
        (httpx.get(f"{base}/v1/tts"), 405),
        (httpx.post(f"{base}/v2/unknown", json={}), 404),
        (httpx.get(f"{base}/v1/files/nothing.mp3"), 404),
    ]
    for response, status in cases:
        assert response.status_code == status
        assert response.headers["content-type"] == "application/json" and "message" in response.json()["error"]
    with running(max_body_bytes=1000) as small:
        big = httpx.post(f"{small}/v1/tts", json={"model": "inworld/tts-1", "text": "x" * 2000})
        assert big.status_code == 413 and big.json()["error"]["code"] == 413


def test_required_key_bearer_or_raw(keyed: str) -> None:
    body = {"model": "tts-1", "input": "Hi", "voice": "alloy", "response_format": "pcm"}
    assert httpx.post(f"{keyed}/v1/audio/speech", json=body).status_code == 401
    wrong = httpx.post(f"{keyed}/v1/audio/speech", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["type"] == "authentication_error"
    assert (
        httpx.post(f"{keyed}/v1/audio/speech", json=body, headers={"Authorization": "Bearer sk-local"}).status_code
        == 200
    )
    assert httpx.post(f"{keyed}/v1/audio/speech", json=body, headers={"Authorization": "sk-local"}).status_code == 200


def test_faults_are_off_unless_enabled(keyed: str) -> None:
    headers = {"Authorization": "sk-local", "X-TTS-Fault": "status=500"}
    body = {"model": "tts-1", "input": "Hi", "voice": "alloy", "response_format": "pcm"}
    assert httpx.post(f"{keyed}/v1/audio/speech", json=body, headers=headers).status_code == 200


def test_fault_behaviours(base: str) -> None:
    aiml = {"model": "openai/tts-1", "text": "Hi there."}

    def post(fault: str, body: dict[str, Any] = aiml, path: str = "/v1/tts") -> httpx.Response:
        return httpx.post(f"{base}{path}", json=body, headers={"X-TTS-Fault": fault}, timeout=10)

    limited = post("status=503; retry-after-ms=150; x-should-retry=true")
    assert limited.status_code == 503 and limited.headers["retry-after-ms"] == "150"
    assert limited.headers["x-should-retry"] == "true"
    assert [post("status=429; retry-after=1; times=2; id=t1").status_code for _ in range(3)] == [429, 429, 200]
    assert post("html").headers["content-type"].startswith("text/html")
    assert post("content-type=text/plain").headers["content-type"].startswith("text/plain")
    assert post("invalid-json").content == b'{"audio": {"url": '
    assert httpx.get(post("audio-url=404").json()["audio"]["url"]).status_code == 404
    with loopback_server("127.0.0.2") as other:
        other.serve("/a.mp3", b"ID3")
        link = post(f"audio-redirect={other.url('/a.mp3')}").json()["audio"]["url"]
        assert httpx.get(link, follow_redirects=True).content == b"ID3"
    openai_body = {"model": "tts-1", "input": "Hi there.", "voice": "alloy", "response_format": "pcm"}
    padded = post("pad=5000", openai_body, "/v1/audio/speech").content
    assert len(padded) > 10000 and padded.endswith(b"\0" * 5000)  # espeak-ng jitters lengths: no exact size
    for fault in ("drop", "truncate"):
        with pytest.raises(httpx.RemoteProtocolError):
            post(fault, openai_body, "/v1/audio/speech")
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{base}/v1/tts", json=aiml, headers={"X-TTS-Fault": "delay=2"}, timeout=0.3)


def test_fifty_concurrent_clients(base: str) -> None:
    def one(index: int) -> int:
        body = {"model": "tts-1", "input": f"Client number {index}.", "voice": "echo", "response_format": "mp3"}
        return httpx.post(f"{base}/v1/audio/speech", json=body, timeout=60).status_code

    with ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(one, range(50)))
    assert statuses == [200] * 50


def test_the_facade_speaks_every_model_through_it(keyed: str, tmp_path: Path) -> None:
    with TTS(base_url=keyed, api_key="sk-local") as tts:
        speech: Any = tts.speech  # model ids chosen at run time
        for info in available_models():
            audio = speech.create(model=info.model, text=TEXT, voice=voice_of(info.spec))
            assert_speech(
                audio.save(tmp_path / f"{info.model.replace('/', '_')}.{audio.format}").read_bytes(), str(audio.format)
            )
        raw = tts.speech.create(model="gpt-4o-mini-tts", text=TEXT, voice="verse", format="opus", provider="onerouter")
        assert_speech(raw.content, "opus")


def test_official_openai_client_conformance(keyed: str, tmp_path: Path) -> None:
    client = openai.OpenAI(base_url=f"{keyed}/v1", api_key="sk-local", max_retries=0)
    created = client.audio.speech.create(model="tts-1", voice="alloy", input=TEXT)
    assert_speech(created.content, "mp3")
    target = tmp_path / "streamed.wav"
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="coral", input=TEXT, response_format="wav"
    ) as response:
        response.stream_to_file(target)
    assert_speech(target.read_bytes(), "wav")
    sse = client.audio.speech.create(
        model="gpt-4o-mini-tts", voice="coral", input=TEXT, response_format="pcm", stream_format="sse"
    )
    events = [json.loads(line[6:]) for line in sse.text.splitlines() if line.startswith("data: ")]
    assert_speech(b"".join(base64.b64decode(event["audio"]) for event in events if "audio" in event), "pcm")
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=f"{keyed}/v1", api_key="wrong", max_retries=0).audio.speech.create(
            model="tts-1", voice="alloy", input="Hi"
        )


def test_serve_command_picks_a_free_port() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tts_sdk", "serve", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("tts-sdk serve: listening on http://127.0.0.1:")
        assert httpx.get(f"{line.rsplit(' ', 1)[-1].strip()}/healthz").json() == {"status": "ok"}
    finally:
        process.terminate()
        process.wait(timeout=10)


def _descendants(pid: int) -> set[int]:
    """The processes under ``pid`` (Linux /proc: each one's parent is the 4th field of its stat)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_serve_stops_its_synthesis_workers_when_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tts_sdk", "serve", "--port", "0", "--workers", "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        base = line.rsplit(" ", 1)[-1].strip()
        spoken = httpx.post(f"{base}/v1/audio/speech", json={"model": "tts-1", "voice": "alloy", "input": "Hi"})
        assert spoken.status_code == 200
        workers = _descendants(process.pid)
        assert len(workers) >= 2  # the synthesis processes (and multiprocessing's resource tracker)
    finally:
        process.terminate()
        process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while workers & {int(path.name) for path in Path("/proc").glob("[0-9]*")} and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not workers & {int(path.name) for path in Path("/proc").glob("[0-9]*")}, "workers left running"


def test_the_audio_store_has_a_byte_cap_and_an_expiry() -> None:
    from tts_sdk.server._store import AudioStore  # noqa: PLC0415

    now = [1000.0]
    store = AudioStore(capacity=100, max_bytes=1000, ttl=60, clock=lambda: now[0])
    names = [store.add(b"x" * 300, "audio/wav", "wav") for _ in range(5)]
    assert store.size == 900 and [store.get(name) is not None for name in names] == [False, False, True, True, True]
    big = store.add(b"y" * 5000, "audio/wav", "wav")
    assert store.get(big) is not None and store.size == 5000  # the newest stays, even past the cap
    now[0] += 61
    assert store.get(big) is None and store.size == 0  # expired: its URL answers 404
