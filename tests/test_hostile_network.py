"""A hostile network over real sockets (127.0.0.1, and 127.0.0.2 as a second host), for every driver: TTS over
httpx, AsyncTTS over httpx, AsyncTTS over aiohttp. Same core, same behaviour, same tests."""

from __future__ import annotations

import asyncio
import gzip
import logging
import socket
import threading
import time
import traceback
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import httpx
import pytest
import tts_sdk
from tts_sdk import TTS, AsyncTTS
from tts_sdk.server import running

from tests._loopback import LoopbackServer, loopback_server

KEY = "sk-hostile-SECRET-0123456789"
MP3 = b"ID3\x04\x00fake-mp3-frames" * 10
BACKENDS = ["sync", "async-httpx", "async-aiohttp"]


def call(backend: str, action: Callable[[Any], Any], **options: Any) -> Any:
    """Build the backend's client with ``options`` and run ``action(client)`` (awaiting it for async ones)."""
    options = {"aiml_api_key": KEY, "openai_api_key": KEY, **options}
    if backend == "sync":
        with TTS(**options) as client:
            return action(client)

    async def main() -> Any:
        http_backend = "aiohttp" if backend == "async-aiohttp" else "httpx"
        factory = options.pop("http_client_factory", None)
        if factory is not None:
            options["http_client"] = factory()
        async with AsyncTTS(http_backend=http_backend, **options) as client:
            try:
                return await action(client)
            finally:
                given = options.get("http_client")
                if isinstance(given, aiohttp.ClientSession):
                    await given.close()
                elif isinstance(given, httpx.AsyncClient):
                    await given.aclose()

    return asyncio.run(main())


@pytest.fixture
def other_host() -> Iterator[LoopbackServer]:
    with loopback_server("127.0.0.2") as serving:
        yield serving


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def every_frame_local(error: BaseException) -> Iterator[str]:
    """repr() of every local of every tts_sdk frame of the traceback and of its chained exceptions (the
    caller's own frames hold what the caller put there)."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield repr(current) + str(current)
        for frame, _ in traceback.walk_tb(current.__traceback__):
            if "/tts_sdk/" not in frame.f_code.co_filename:
                continue
            for value in frame.f_locals.values():
                try:
                    yield repr(value)
                except Exception:
                    continue
        pending += [current.__cause__, current.__context__]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_key_is_in_no_frame_log_or_message_on_a_connection_error(
    backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    base = f"http://127.0.0.1:{free_port()}"

    def speak(client: Any) -> Any:
        return client.speech.create(model="tts-1", text="Hi", voice="alloy")

    with pytest.raises(tts_sdk.APIConnectionError) as caught:
        call(backend, speak, base_url=base, max_retries=0)
    assert not [text for text in every_frame_local(caught.value) if KEY in text]
    assert KEY not in caplog.text


@pytest.mark.parametrize("backend", BACKENDS)
def test_client_headers_reach_only_the_api(backend: str, other_host: LoopbackServer) -> None:
    with loopback_server() as api:
        other_host.serve("/cdn/a.mp3", MP3, content_type="audio/mpeg")
        api.serve_json("/v1/tts", {"audio": {"url": other_host.url("/cdn/a.mp3")}})
        if backend == "sync":
            options: dict[str, Any] = {"http_client": httpx.Client(headers={"X-Api-Key": "caller-secret"})}
        elif backend == "async-httpx":
            options = {"http_client_factory": lambda: httpx.AsyncClient(headers={"X-Api-Key": "caller-secret"})}
        else:
            options = {"http_client_factory": lambda: aiohttp.ClientSession(headers={"X-Api-Key": "caller-secret"})}

        def speak(client: Any) -> Any:
            return client.speech.create(model="openai/tts-1", text="Hi")

        audio = call(backend, speak, base_url=api.base_url, **options)
    assert audio.content == MP3
    assert api.seen[0].headers.get("X-Api-Key") == "caller-secret"
    (download,) = other_host.seen
    assert "X-Api-Key" not in download.headers and "Authorization" not in download.headers


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_closed_client_refuses_to_send(backend: str) -> None:
    with loopback_server() as api:
        api.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
        if backend == "sync":
            client = TTS(base_url=api.base_url, openai_api_key=KEY)
            client.close()
            with pytest.raises(tts_sdk.ClientClosedError):
                client.speech.create(model="tts-1", text="Hi", voice="alloy")
        else:

            async def main() -> None:
                client = AsyncTTS(
                    base_url=api.base_url, openai_api_key=KEY, http_backend=backend.removeprefix("async-")
                )
                assert (await client.speech.create(model="tts-1", text="Hi", voice="alloy")).content == MP3
                await client.aclose()
                with pytest.raises(tts_sdk.ClientClosedError):
                    await client.speech.create(model="tts-1", text="Hi", voice="alloy")

            asyncio.run(main())
        assert len(api.seen) == (0 if backend == "sync" else 1)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_compression_bomb_stops_at_the_limit(backend: str) -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * (256 * 1024 * 1024)))
    with loopback_server() as api:
        api.serve("/v1/audio/speech", bomb, content_type="audio/mpeg", headers={"Content-Encoding": "gzip, gzip"})

        def speak(client: Any) -> Any:
            return client.speech.create(model="tts-1", text="Hi", voice="alloy")

        tracemalloc.start()
        try:
            with pytest.raises(tts_sdk.APIResponseValidationError, match="1048576-byte limit"):
                call(backend, speak, base_url=api.base_url, max_audio_bytes=1024 * 1024)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"peak {peak:,} bytes for a 1 MiB limit"


@pytest.mark.parametrize("backend", BACKENDS)
def test_retry_after_beyond_a_minute_raises_at_once(backend: str) -> None:
    with loopback_server() as api:
        api.serve("/v1/audio/speech", b'{"error": {"message": "later"}}', status=429, headers={"Retry-After": "3600"})

        def speak(client: Any) -> Any:
            return client.speech.create(model="tts-1", text="Hi", voice="alloy")

        with pytest.raises(tts_sdk.RateLimitError) as caught:
            call(backend, speak, base_url=api.base_url)
        assert caught.value.retry_after == 3600 and len(api.seen) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_non_audio_download_and_an_empty_location_are_audio_download_errors(backend: str) -> None:
    with loopback_server() as api:
        api.serve("/files/page", b"<html>login</html>", content_type="text/html")
        api.serve("/files/nowhere", b"", status=302, headers={"Location": ""})

        def speak(client: Any) -> Any:
            return client.speech.create(model="openai/tts-1", text="Hi")

        for path in ("/files/page", "/files/nowhere"):
            api.serve_json("/v1/tts", {"audio": {"url": api.url(path)}})
            with pytest.raises(tts_sdk.AudioDownloadError):
                call(backend, speak, base_url=api.base_url, max_retries=0)


def test_a_port_out_of_range_is_a_configuration_error() -> None:
    with pytest.raises(tts_sdk.ConfigurationError, match="port"):
        TTS(base_url="http://127.0.0.1:99999", openai_api_key=KEY)
    with pytest.raises(tts_sdk.TTSError):
        AsyncTTS(base_url="http://[::1", openai_api_key=KEY)


@pytest.mark.parametrize("http_backend", ["httpx", "aiohttp"])
def test_async_split_cancels_the_other_parts_when_one_fails(http_backend: str) -> None:
    seen: list[str] = []
    lock = threading.Lock()
    with loopback_server() as api:

        def handle(handler: Any) -> None:
            with lock:  # the loopback server has read the body already
                seen.append(handler.path)
                first = len(seen) == 1
            if not first:
                time.sleep(0.5)
            status, payload = (400, b'{"error": {"message": "no"}}') if first else (200, MP3)
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json" if first else "audio/mpeg")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)

        api.routes["/v1/audio/speech"] = handle
        text = " ".join(f"Sentence number {index} is here." for index in range(1200))  # ~36,000 characters: nine parts

        async def main() -> None:
            async with AsyncTTS(base_url=api.base_url, openai_api_key=KEY, http_backend=http_backend) as client:
                with pytest.raises(tts_sdk.BadRequestError):
                    await client.speech.create(
                        model="tts-1", text=text, voice="alloy", format="mp3", split=True, concurrency=2
                    )
            await asyncio.sleep(1.5)  # anything still running in the background would arrive now

        asyncio.run(main())
    # Two in flight when the first fails, perhaps one more let through by its freed slot before the cancel
    # lands; without cancelling, every one of the ~8 parts would be sent.
    assert len(seen) <= 3, f"{len(seen)} parts were sent though the first failed"


@pytest.mark.parametrize("http_backend", ["httpx", "aiohttp"])
def test_every_shape_through_both_async_backends(http_backend: str) -> None:
    with running() as base:

        async def main() -> None:
            async with AsyncTTS(base_url=base, http_backend=http_backend) as client:
                audio = await client.speech.create(model="openai/tts-1", text="Hello there.", format="wav")
                assert audio.format == "wav" and audio.duration and audio.duration > 0.3
                async with client.speech.stream(model="tts-1", text="Hello there.", voice="alloy", format="pcm") as s:
                    assert len(await s.read()) > 10_000
                stream = client.speech.events(model="gpt-4o-mini-tts", text="Hi there.", voice="alloy")
                events = [event async for event in stream]
                assert isinstance(events[-1], tts_sdk.SpeechAudioDone)

        asyncio.run(main())
