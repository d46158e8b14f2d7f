"""Running the embedded server: in the foreground (the CLI) or in a background thread (tests, the demo)."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time

import uvicorn

from tts_sdk.server._app import DEFAULT_MAX_BODY_BYTES, InjectedDisconnectError, create_app
from tts_sdk.server._connections import (
    DEFAULT_HEADER_TIMEOUT,
    KEEP_ALIVE_SECONDS,
    GuardedServer,
    HeaderDeadlineH11,
    concurrency_limit,
)
from tts_sdk.server._pool import DEFAULT_MAX_QUEUE

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator

    from tts_sdk.server._app import ServerState


class _QuietInjectedDisconnects(logging.Filter):
    """Injected disconnects are the point of a fault test, not an error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnectError))


_QUIET = _QuietInjectedDisconnects()


def _server(
    host: str,
    port: int,
    *,
    require_key: str | None,
    faults: bool,
    max_body_bytes: int,
    log_level: str,
    public_url: str | None = None,
    workers: int = 0,
    max_queue: int = DEFAULT_MAX_QUEUE,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
) -> tuple[uvicorn.Server, socket.socket, ServerState]:
    logging.getLogger("uvicorn.error").addFilter(_QUIET)  # once: a logger holds a filter once
    app = create_app(
        require_key=require_key,
        faults=faults,
        max_body_bytes=max_body_bytes,
        workers=workers,
        max_queue=max_queue,
        body_timeout=3 * header_timeout,
    )
    limit = concurrency_limit()
    settings = {"header_timeout": header_timeout, "max_connections": limit}
    protocol = type("HeaderDeadlineH11", (HeaderDeadlineH11,), settings)
    config = uvicorn.Config(
        app,
        log_level=log_level,
        lifespan="off",
        http=protocol,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        limit_concurrency=limit,
        backlog=512,
    )
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it. Without it, uvicorn's separate header and body writes meet the
    # client's delayed ACK and every response waits ~40 ms (measured: 44 ms -> 1 ms per request).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(512)  # before the address is printed: a client reading it may connect at once
    # Audio URLs point here: --public-url, else the bound address (an unspecified one as loopback).
    local = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    app.state.tts.public_url = public_url or f"http://{_url_host(local)}:{sock.getsockname()[1]}"
    # uvicorn re-raises the SIGTERM/SIGINT that stopped it once it is done, which ends the process before a
    # `finally` around run() could stop the synthesis workers: they are stopped as the server shuts down.
    return GuardedServer(config, on_shutdown=app.state.tts.close), sock, app.state.tts


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    require_key: str | None = None,
    faults: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    public_url: str | None = None,
    workers: int | None = None,
    max_queue: int = DEFAULT_MAX_QUEUE,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
) -> None:
    """Serve until interrupted; print the base URL first (``--port 0`` picks a free port).

    ``public_url`` is the base of the audio URLs the AIML route answers with (default: the bound address);
    ``workers`` synthesis processes (default: one per core; 0: a thread of this process).
    """
    server, sock, state = _server(
        host,
        port,
        require_key=require_key,
        faults=faults,
        max_body_bytes=max_body_bytes,
        log_level="warning",
        public_url=public_url,
        workers=default_workers() if workers is None else workers,
        max_queue=max_queue,
        header_timeout=header_timeout,
    )
    bound = sock.getsockname()[1]
    print(f"tts-sdk serve: listening on http://{_url_host(host)}:{bound}", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        state.close()


def default_workers() -> int:
    """One synthesis process per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@contextlib.contextmanager
def running(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    require_key: str | None = None,
    faults: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    public_url: str | None = None,
    workers: int = 0,
    max_queue: int = DEFAULT_MAX_QUEUE,
    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
) -> Iterator[str]:
    """Serve in a background thread for the ``with`` block; yield the base URL (``http://127.0.0.1:<port>``).

    ``workers``: synthesis processes (default 0: a thread of this process, which starts at once).
    """
    server, sock, state = _server(
        host,
        port,
        require_key=require_key,
        faults=faults,
        max_body_bytes=max_body_bytes,
        log_level="error",
        public_url=public_url,
        workers=workers,
        max_queue=max_queue,
        header_timeout=header_timeout,
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="tts-sdk-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the embedded server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{_url_host(host)}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        state.close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
