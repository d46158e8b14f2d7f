"""The embedded server's resources stay bounded: memory per request, the synthesis queue, slow and idle
connections, file descriptors. Real sockets, real servers (in this process or a child one)."""

from __future__ import annotations

import io
import resource
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import soundfile
from tts_sdk.server import running
from tts_sdk.server._speech import MAX_PIECE_CHARACTERS, sentences

LONG = "This is a fairly ordinary sentence of a very long text. " * 750  # 42,000 characters: ~47 min of speech


@contextmanager
def child_server(*arguments: str, limit_files: int | None = None) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``tts-sdk serve --port 0`` in a child process; its base URL and the process."""

    def limit() -> None:
        if limit_files is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (limit_files, limit_files))

    command = [sys.executable, "-m", "tts_sdk", "serve", "--port", "0", *arguments]
    process = subprocess.Popen(  # the limit is set before exec: this test's threads are not involved
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,  # noqa: PLW1509
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        assert line.startswith("tts-sdk serve: listening on "), line
        yield line.rsplit(" ", 1)[-1].strip(), process
    finally:
        process.terminate()
        process.wait(timeout=30)


def peak_rss_kib(pid: int) -> int:
    """The process's peak resident memory (VmHWM) in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_a_long_text_is_synthesized_in_bounded_pieces() -> None:
    pieces = list(sentences("word " * 10_000 + "x" * 5000))
    assert max(len(piece) for piece in pieces) <= MAX_PIECE_CHARACTERS
    assert "".join(piece.replace(" ", "") for piece in pieces) == "word" * 10_000 + "x" * 5000


def test_memory_stays_bounded_whatever_the_length_of_the_text() -> None:
    """42,000 characters make ~90 MB of WAV: the server's peak memory grows by a fraction of that."""
    with child_server("--workers", "0") as (base, process):
        httpx.post(f"{base}/v1/tts", json={"model": "inworld/tts-1", "text": "Warm up.", "format": "wav"})
        before = peak_rss_kib(process.pid)
        body = {"model": "inworld/tts-1", "text": LONG, "format": "wav"}
        answer = httpx.post(f"{base}/v1/tts", json=body, timeout=300)
        assert answer.status_code == 200, answer.text
        size = 0
        with httpx.stream("GET", answer.json()["audio"]["url"], timeout=60) as audio:
            header = b""
            for chunk in audio.iter_bytes():
                header = header or chunk
                size += len(chunk)
        seconds = (size - 44) / 2 / soundfile.info(io.BytesIO(header)).samplerate  # 16-bit mono
        growth = (peak_rss_kib(process.pid) - before) * 1024
    assert size > 80_000_000 and seconds > 1800, (size, seconds)
    assert growth < size / 4, f"peak memory grew by {growth:,} bytes for {size:,} bytes of audio"


def test_a_short_request_is_not_stuck_behind_a_long_one() -> None:
    """A long mp3 (encoded whole, so answered only at the end) and then a short one: the short one comes back first."""
    finished: list[str] = []
    with running() as base:

        def post(name: str, text: str) -> None:
            body = {"model": "tts-1", "input": text, "voice": "alloy", "response_format": "mp3"}
            response = httpx.post(f"{base}/v1/audio/speech", json=body, timeout=300)
            assert response.status_code == 200
            finished.append(name)

        long = threading.Thread(target=post, args=("long", LONG[:4000]))
        long.start()
        time.sleep(0.3)  # the long one is being synthesized
        post("short", "Hello.")
        long.join()
    assert finished == ["short", "long"]


def test_a_full_queue_answers_503_with_retry_after() -> None:
    """With room for one piece, a long request holds the queue: a request made meanwhile gets 503 (or, if a
    short one got in first, the long one does)."""
    answers: list[httpx.Response] = []
    with running(max_queue=1) as base:
        body = {"model": "inworld/tts-1", "text": LONG, "format": "wav"}
        long = threading.Thread(
            target=lambda: answers.append(httpx.post(f"{base}/v1/tts", json=body, timeout=300)), daemon=True
        )
        long.start()
        while long.is_alive() and not any(answer.status_code == 503 for answer in answers):
            answers.append(httpx.post(f"{base}/v1/tts", json={**body, "text": "Hi."}))
        long.join()
    busy = next((answer for answer in answers if answer.status_code == 503), None)
    assert busy is not None, [answer.status_code for answer in answers]
    assert int(busy.headers["retry-after"]) >= 1
    assert busy.json()["error"]["type"] == "server_busy"


def test_a_silent_connection_gets_408_and_is_closed() -> None:
    with running(header_timeout=0.5) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as silent:
            assert silent.recv(1024).startswith(b"HTTP/1.1 408")
            assert silent.recv(1024) == b""


def test_headers_sent_a_byte_at_a_time_time_out() -> None:
    with running(header_timeout=0.5) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
            request = b"GET /healthz HTTP/1.1\r\nhost: x\r\n" + b"x-padding: " + b"a" * 100
            received = b""
            for byte in request:
                try:
                    slow.sendall(bytes([byte]))
                except OSError:
                    break
                time.sleep(0.02)
            else:
                received = slow.recv(1024)
            assert received.startswith(b"HTTP/1.1 408") or received == b""


def test_a_keep_alive_connection_gets_a_fresh_header_deadline() -> None:
    with running(header_timeout=0.5) as base, httpx.Client() as client:
        assert client.get(f"{base}/healthz").status_code == 200
        time.sleep(0.2)
        assert client.get(f"{base}/healthz").status_code == 200  # the first request's deadline did not carry over


def test_requests_are_served_while_hundreds_of_connections_sit_silent() -> None:
    with running() as base:
        port = int(base.rsplit(":", 1)[1])
        silent = [socket.create_connection(("127.0.0.1", port)) for _ in range(300)]
        try:
            body = {"model": "tts-1", "input": "Hello.", "voice": "alloy", "response_format": "wav"}
            assert httpx.post(f"{base}/v1/audio/speech", json=body, timeout=30).status_code == 200
        finally:
            for connection in silent:
                connection.close()


def test_a_slow_body_gets_408() -> None:
    with running(header_timeout=0.3) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
            slow.sendall(
                b"POST /v1/audio/speech HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                b"content-length: 100\r\n\r\n{"
            )
            answer = b""
            while b"did not arrive" not in answer and (piece := slow.recv(4096)):
                answer += piece
    assert answer.startswith(b"HTTP/1.1 408") and b"did not arrive" in answer


def test_running_out_of_file_descriptors_is_logged_once() -> None:
    with child_server("--workers", "0", limit_files=64) as (base, process):
        port = int(base.rsplit(":", 1)[1])
        flood = []
        for _ in range(200):
            try:
                flood.append(socket.create_connection(("127.0.0.1", port), timeout=5))
            except OSError:
                break
        time.sleep(2.5)  # asyncio retries accept() every second
        for connection in flood:
            connection.close()
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "Traceback" not in stderr, stderr[:2000]
    assert stderr.count("cannot accept connections") <= 1, stderr[:2000]


def test_synthesis_in_worker_processes() -> None:
    with running(workers=2) as base:
        body = {"model": "tts-1", "input": "Hello from a worker process.", "voice": "alloy", "response_format": "wav"}
        with httpx.Client(timeout=60) as client:
            answers = [client.post(f"{base}/v1/audio/speech", json=body) for _ in range(3)]
    for answer in answers:
        assert answer.status_code == 200 and soundfile.info(io.BytesIO(answer.content)).duration > 1.0
