"""What the async client does its own way, hand-written (its sync twin is ``_sync/_flavour.py``): which HTTP
libraries it drives, how the parts of a split text run at once, and name resolution off the event loop."""

from __future__ import annotations

import asyncio
import socket

from tts_sdk._errors import APIConnectionError, ConfigurationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Sequence
    from typing import Any, TypeVar

    import httpx

    from tts_sdk._clients._async._driver import AsyncDriver

    Call = TypeVar("Call")
    Part = TypeVar("Part")


def new_driver(http_client: Any, http_backend: str, timeout: httpx.Timeout) -> AsyncDriver:
    """httpx by default; aiohttp with ``http_backend="aiohttp"`` or an ``aiohttp.ClientSession``."""
    from tts_sdk._clients._async._aiohttp import AiohttpDriver  # noqa: PLC0415
    from tts_sdk._clients._async._driver import AsyncHttpxDriver  # noqa: PLC0415

    if http_backend == "aiohttp" or type(http_client).__module__.startswith("aiohttp"):
        return AiohttpDriver(http_client, timeout)
    if http_backend == "httpx":
        return AsyncHttpxDriver(http_client, timeout)
    raise ConfigurationError(f"http_backend must be 'httpx' or 'aiohttp', not {http_backend!r}")


async def run_parts(send: Callable[[Call], Awaitable[Part]], calls: Sequence[Call], concurrency: int) -> list[Part]:
    """Each call's result, in order, at most ``concurrency`` at a time. In a TaskGroup: when one part fails, the
    others are cancelled (not synthesized, nor billed, behind you), and its error is raised."""
    gate = asyncio.Semaphore(max(1, concurrency))
    stopped = False

    async def part(call: Call) -> Part:
        nonlocal stopped
        async with gate:
            if stopped:  # a part waiting for the gate when another failed: never sent
                raise asyncio.CancelledError
            try:
                return await send(call)
            except BaseException:
                stopped = True  # set before the gate opens for the next part
                raise

    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(part(call)) for call in calls]
    except BaseExceptionGroup as failed:
        raise failed.exceptions[0] from None
    return [task.result() for task in tasks]


async def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (the system resolver, in a thread), in its order."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise APIConnectionError(f"cannot resolve {host}: {exc}", url=f"//{host}:{port}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in found))
