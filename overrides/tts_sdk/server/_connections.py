"""What keeps the server's connections in bounds: a deadline for request headers, a concurrency limit that
fits the file-descriptor limit, and one log line (not one per accept) when descriptors run out."""

from __future__ import annotations

import asyncio
import logging
import resource

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

TYPE_CHECKING = False
if TYPE_CHECKING:
    import socket
    from collections.abc import Callable
    from typing import Any

#: Seconds a client has, once connected (or once its last response is sent), to send a request's headers.
DEFAULT_HEADER_TIMEOUT = 10.0
#: Seconds an idle keep-alive connection stays open (uvicorn's ``timeout_keep_alive``).
KEEP_ALIVE_SECONDS = 5
_TIMED_OUT = b"HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"
_log = logging.getLogger("tts_sdk.server")


def concurrency_limit() -> int:
    """Connections held at once: what the descriptor limit leaves room for, at most 4,096."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    room = 4096 if soft == resource.RLIM_INFINITY else soft - 64  # files, pipes, the workers' and the store's
    return max(8, min(4096, room))


class HeaderDeadlineH11(H11Protocol):
    """uvicorn's h11 protocol, plus a deadline for each request's headers: a connection that sends nothing, or
    a request's headers a byte at a time, is answered 408 and closed (uvicorn alone waits forever)."""

    header_timeout = DEFAULT_HEADER_TIMEOUT
    #: Connections held open at once; one more is closed as soon as it is accepted, so that descriptors
    #: never run out (past ``limit_concurrency``, uvicorn answers 503 but keeps the connection).
    max_connections = 4096

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the clock for the first request's headers (or close at once past :attr:`max_connections`)."""
        self._deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            transport.abort()
            return
        self._arm()

    def data_received(self, data: bytes) -> None:
        """Between requests, start the clock for the next one's headers; a request that started stops it."""
        if self._deadline is None and (self.cycle is None or self.cycle.response_complete):
            self._arm()
        super().data_received(data)
        self._stop_if_started()

    def on_response_complete(self) -> None:
        """Pipelined requests may start here."""
        super().on_response_complete()
        self._stop_if_started()

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the clock."""
        self._disarm()
        super().connection_lost(exc)

    def _stop_if_started(self) -> None:
        if self.cycle is not None and not self.cycle.response_complete:
            self._disarm()

    def _arm(self) -> None:
        self._deadline = self.loop.call_later(self.header_timeout, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.write(_TIMED_OUT)
            self.transport.close()


class GuardedServer(uvicorn.Server):
    """uvicorn's server whose event loop reports running out of descriptors once, not once per accept.

    asyncio retries ``accept()`` every second and logs each failure with a traceback (hundreds a second
    under a flood): the first is logged with what to do about it, the rest are counted.
    """

    def __init__(self, config: uvicorn.Config, *, on_shutdown: Callable[[], None] | None = None) -> None:
        super().__init__(config)
        self._on_shutdown = on_shutdown

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """Close the connections, then run ``on_shutdown`` (before uvicorn re-raises the signal that stopped it)."""
        await super().shutdown(sockets)
        if self._on_shutdown is not None:
            self._on_shutdown()

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        """Serve, with the loop's exception handler in place."""
        loop = asyncio.get_running_loop()
        previous = loop.get_exception_handler()
        exhausted = [0]

        def handle(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
            handle_text = repr(context.get("handle", ""))
            if "_start_serving" in handle_text and isinstance(context.get("exception"), ValueError):
                return  # asyncio's accept retries, scheduled while out of descriptors, firing after shutdown
            if context.get("message") != "socket.accept() out of system resource":
                if previous is not None:
                    previous(loop, context)
                else:
                    loop.default_exception_handler(context)
                return
            exhausted[0] += 1
            if exhausted[0] == 1:
                _log.error(
                    "cannot accept connections: %s (raise the limit with ulimit -n; connections that send "
                    "nothing are closed after %g s); further failures are counted, not logged",
                    context.get("exception"),
                    HeaderDeadlineH11.header_timeout,
                )

        loop.set_exception_handler(handle)
        try:
            await super().serve(sockets)
        finally:
            loop.set_exception_handler(previous)
            if exhausted[0] > 1:
                _log.error("accept() failed %d times for want of file descriptors", exhausted[0])
