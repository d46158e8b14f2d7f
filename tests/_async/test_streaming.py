"""Streaming and SSE events: bytes as they arrive, iterator forms, typed events, files never left partial.

The async source of tests/_sync/test_streaming.py (``python -m generator unasync``).
"""

from __future__ import annotations

import asyncio
import base64
import gc
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import soundfile
import tts_sdk
from tts_sdk import AsyncTTS
from tts_sdk.server import running

from tests._loopback import LoopbackServer

KEY = "sk-stream-key"
TEXT = "First sentence here. Second sentence follows. Third one ends it."


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(faults=True, require_key=KEY) as url:
        yield url


def client(base: str, **options: object) -> AsyncTTS:
    return AsyncTTS(base_url=base, aiml_api_key=KEY, openai_api_key=KEY, **options)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_first_chunk_reaches_the_caller_while_the_server_is_still_sending(server: LoopbackServer) -> None:
    """The server sends one chunk, then waits until the test has received it before sending the rest."""
    received_first = threading.Event()

    def handle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "audio/pcm")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for index, chunk in enumerate((b"A" * 100, b"B" * 100, b"C" * 100)):
            handler.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            handler.wfile.flush()
            if index == 0 and not received_first.wait(timeout=10):
                return  # the client never saw the first chunk: it was buffering; the test fails below
        handler.wfile.write(b"0\r\n\r\n")

    server.routes["/v1/audio/speech"] = handle
    async with (
        AsyncTTS(base_url=server.base_url, openai_api_key=KEY) as tts,
        tts.speech.stream(model="tts-1", text="Hi", voice="alloy", format="pcm") as stream,
    ):
        chunks = []
        async for chunk in stream.aiter_bytes():
            chunks.append(chunk)
            received_first.set()
    assert b"".join(chunks) == b"A" * 100 + b"B" * 100 + b"C" * 100


@pytest.mark.anyio
async def test_stream_context_manager_and_stream_to_file(base: str, tmp_path: Path) -> None:
    async with client(base) as tts:
        async with tts.speech.stream(model="gpt-4o-mini-tts", text=TEXT, voice="coral", format="wav") as stream:
            assert stream.content_type == "audio/wav" and stream.format == "wav"
            target = await stream.stream_to_file(tmp_path / "speech.wav")
        data, rate = soundfile.read(target)
        assert len(data) / rate > 2
        async with tts.speech.stream(model="openai/tts-1", text=TEXT, voice="nova") as aiml:
            assert aiml.url is not None and aiml.usage is not None  # the AIML link, streamed from the download
            assert len(await aiml.read()) > 1000
    assert sorted(path.name for path in tmp_path.iterdir()) == ["speech.wav"]


@pytest.mark.anyio
async def test_iterator_form_outside_a_with_block_closes_when_exhausted_or_collected(base: str) -> None:
    async with client(base) as tts:
        stream = tts.speech.stream(model="tts-1", text=TEXT, voice="alloy", format="pcm")
        total = sum([len(chunk) async for chunk in stream.aiter_bytes()])
        assert total > 1000 and stream.closed
        abandoned = tts.speech.stream(model="tts-1", text=TEXT, voice="alloy", format="pcm")
        chunks = abandoned.aiter_bytes()
        await anext(chunks)  # the request goes out with the first read
        response = abandoned._outcome.answer.response  # type: ignore[union-attr]
        assert not response.is_closed
        del chunks, abandoned
        gc.collect()
        for _ in range(3):  # an async generator is finalized by the event loop, a turn later
            await asyncio.sleep(0)
        assert response.is_closed


@pytest.mark.anyio
async def test_a_broken_stream_leaves_no_file(base: str, tmp_path: Path) -> None:
    target = tmp_path / "out.pcm"
    async with client(base) as tts:
        stream = tts.speech.stream(
            model="tts-1", text=TEXT, voice="alloy", format="pcm", extra_headers={"X-TTS-Fault": "drop"}
        )
        with pytest.raises(tts_sdk.APIConnectionError, match="broke"):
            await stream.stream_to_file(target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
async def test_events_are_typed(base: str) -> None:
    async with client(base) as tts:
        events = [event async for event in tts.speech.events(model="gpt-4o-mini-tts", text=TEXT, voice="sage")]
    deltas, done = events[:-1], events[-1]
    assert deltas and all(isinstance(event, tts_sdk.SpeechAudioDelta) for event in deltas)
    assert isinstance(done, tts_sdk.SpeechAudioDone) and done.usage is not None and done.usage.total_tokens > 0
    audio = b"".join(event.audio for event in deltas if isinstance(event, tts_sdk.SpeechAudioDelta))
    data, rate = soundfile.read(io.BytesIO(audio))
    assert len(data) / rate > 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('data: {"type": "speech.audio.delta"}\n\n', r"event 1 .*\(speech.audio.delta\) has no base64 `audio`"),
        ('data: {"type": "speech.audio.delta", "audio": "%%%"}\n\n', r"event 1 .*`audio` is not base64"),
        (
            'data: {"type": "speech.audio.done", "usage": {}}\n\n',
            r"event 1 .*\(speech.audio.done\) lacks integer usage",
        ),
        ("data: {not json\n\n", r"event 1 .* is not JSON"),
        (  # an event of another type carries no audio and is skipped; the stream must still end with done
            'data: {"type": "speech.audio.delta", "audio": "AA=="}\n\ndata: {"type": "other"}\n\n',
            r"ended after 2 events without speech.audio.done",
        ),
        ("data: [1, 2]\n\n", r"event 1 .* is not a JSON object"),
    ],
)
@pytest.mark.anyio
async def test_malformed_events_raise_a_typed_error_naming_the_event(
    server: LoopbackServer, body: str, message: str
) -> None:
    server.serve("/v1/audio/speech", body.encode(), content_type="text/event-stream")
    async with AsyncTTS(base_url=server.base_url, openai_api_key=KEY) as tts:
        with pytest.raises(tts_sdk.StreamEventError, match=message):
            async for _ in tts.speech.events(model="gpt-4o-mini-tts", text="Hi", voice="alloy"):
                pass


@pytest.mark.anyio
async def test_event_stream_without_blank_line_at_the_end(server: LoopbackServer) -> None:
    audio = base64.b64encode(b"pcm-bytes").decode()
    body = f"data: {json.dumps({'type': 'speech.audio.delta', 'audio': audio})}\n\n"
    body += 'data: {"type": "speech.audio.done", "usage": {"input_tokens": 1, "output_tokens": 2, "total_tokens": 3}}'
    server.serve("/v1/audio/speech", body.encode(), content_type="text/event-stream")
    async with AsyncTTS(base_url=server.base_url, openai_api_key=KEY) as tts:
        events = [event async for event in tts.speech.events(model="gpt-4o-mini-tts", text="Hi", voice="alloy")]
    assert isinstance(events[0], tts_sdk.SpeechAudioDelta) and events[0].audio == b"pcm-bytes"
    done = events[1]
    assert isinstance(done, tts_sdk.SpeechAudioDone) and done.usage is not None and done.usage.total_tokens == 3


@pytest.mark.anyio
async def test_a_truncated_stream_raises_and_leaves_no_file(base: str, tmp_path: Path) -> None:
    async with client(base) as tts:
        async with tts.speech.stream(model="tts-1", text=TEXT, voice="echo", format="mp3") as stream:
            target = await stream.stream_to_file(tmp_path / "a.mp3")
        assert soundfile.info(str(target)).duration > 2
        broken = tts.speech.stream(
            model="tts-1", text=TEXT, voice="alloy", format="pcm", extra_headers={"X-TTS-Fault": "truncate"}
        )
        with pytest.raises(tts_sdk.APIConnectionError):
            await broken.stream_to_file(tmp_path / "b.pcm")
        assert not (tmp_path / "b.pcm").exists()


# unasync: async only
@pytest.mark.anyio
async def test_await_opens_an_async_stream(base: str) -> None:
    async with client(base) as tts:
        stream = await tts.speech.stream(model="openai/tts-1-hd", text=TEXT)
        assert stream.content_type is not None and not stream.closed
        assert len(b"".join([chunk async for chunk in stream.iter_bytes()])) > 1000
        assert stream.closed


# unasync: end
