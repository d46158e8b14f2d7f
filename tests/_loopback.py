"""A real HTTP server on 127.0.0.1 for tests, with per-path behaviours (good, slow, broken, wrong bytes)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Handler = Callable[["_RequestHandler"], None]


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass
class LoopbackServer:
    """Routes by exact path; records every request."""

    routes: dict[str, Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    port: int = 0
    host: str = "127.0.0.1"

    @property
    def base_url(self) -> str:
        """``http://<host>:<port>``."""
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """Absolute URL of ``path`` on this server."""
        return self.base_url + path

    def serve(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer ``path`` with fixed bytes."""
        self.routes[path] = lambda handler: send(handler, status, body, content_type, headers)

    def serve_json(self, path: str, data: Any, *, status: int = 200) -> None:
        """Answer ``path`` with JSON."""
        self.serve(path, json.dumps(data).encode(), status=status)

    def slow(self, path: str, seconds: float, body: bytes = b"{}") -> None:
        """Wait ``seconds`` before sending the status line."""

        def handle(handler: _RequestHandler) -> None:
            time.sleep(seconds)
            send(handler, 200, body, "application/json", None)

        self.routes[path] = handle

    def drop_mid_body(self, path: str, body: bytes) -> None:
        """Announce the whole body, send half of it, then close the connection."""

        def handle(handler: _RequestHandler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body[: len(body) // 2])
            handler.wfile.flush()
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)

        self.routes[path] = handle

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        """Redirect ``path`` to ``location``."""
        self.routes[path] = lambda handler: send(handler, status, b"", "text/plain", {"Location": location})


def send(
    handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str, headers: dict[str, str] | None
) -> None:
    """Write a complete response."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state = self.server.state
        path = self.path.split("?", 1)[0]
        state.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
        route = state.routes.get(path)
        if route is None:
            send(self, 404, b'{"error": "not found"}', "application/json", None)
        else:
            route(self)

    do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - the stdlib's names


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up early (a timeout test) is expected: say nothing."""


@contextmanager
def loopback_server(host: str = "127.0.0.1", port: int = 0) -> Iterator[LoopbackServer]:
    """Start a server on ``port`` (by default a free one) of ``host`` (a loopback address) for the block."""
    state = LoopbackServer(host=host)
    server = _Server((host, port), _RequestHandler)
    server.state = state
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), name="loopback-server", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
