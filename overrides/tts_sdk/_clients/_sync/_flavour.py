"""What the sync client does its own way, hand-written (its async twin is ``_async/_flavour.py``): which HTTP
library it drives, how the parts of a split text run at once (threads), and name resolution."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor, wait

from tts_sdk._errors import APIConnectionError, ConfigurationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, TypeVar

    import httpx

    from tts_sdk._clients._sync._driver import Driver

    Call = TypeVar("Call")
    Part = TypeVar("Part")


def new_driver(http_client: Any, http_backend: str, timeout: httpx.Timeout) -> Driver:
    """httpx (``http_backend="aiohttp"`` is for :class:`AsyncTTS`)."""
    from tts_sdk._clients._sync._driver import HttpxDriver  # noqa: PLC0415

    if http_backend != "httpx":
        raise ConfigurationError(f"TTS sends over httpx; http_backend={http_backend!r} is for AsyncTTS")
    return HttpxDriver(http_client, timeout)


def run_parts(send: Callable[[Call], Part], calls: Sequence[Call], concurrency: int) -> list[Part]:
    """Each call's result, in order, at most ``concurrency`` at a time, in threads. When one part fails, the
    parts not started yet are not sent (nor billed), and its error is raised."""
    failed = threading.Event()

    def part(call: Call) -> Part | None:
        if failed.is_set():  # a part not started when another failed: never sent
            return None
        try:
            return send(call)
        except BaseException:
            failed.set()
            raise

    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(calls)))) as pool:
        futures = [pool.submit(part, call) for call in calls]
        done, _ = wait(futures, return_when="FIRST_EXCEPTION")
        error = next((future.exception() for future in done if future.exception() is not None), None)
        if error is not None:
            for future in futures:
                future.cancel()
            raise error
        return [future.result() for future in futures]  # type: ignore[misc]


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (the system resolver), in its order."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise APIConnectionError(f"cannot resolve {host}: {exc}", url=f"//{host}:{port}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in found))
