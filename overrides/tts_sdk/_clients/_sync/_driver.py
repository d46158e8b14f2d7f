# Generated from overrides/tts_sdk/_clients/_async/_driver.py by `python -m generator unasync`; do not edit.
"""The driver loop that performs the exchange core's steps, and the httpx driver.

:meth:`Driver.drive` runs a flow (``tts_sdk._core._exchange.speech_flow``) to its outcome: it performs
each step, sends the result back or throws in the typed error, and closes every response the flow opened but
did not return, on success, error or cancellation. A driver moves bytes and makes no decision of the exchange;
each translates its library's failures into typed errors in one place (``_transport.failure``).
"""

from __future__ import annotations

import time

import httpx

from tts_sdk._clients._sync._flavour import resolve
from tts_sdk._clients._transport import (
    TRANSPORT_ERRORS,
    HttpxAnswer,
    content_length_over,
    environment_has_proxies,
    failure,
    httpx_request,
)
from tts_sdk._core._exchange import Close, Read, Resolve, Send, Sleep
from tts_sdk._errors import ClientClosedError, TTSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from tts_sdk._core._exchange import Flow, Outcome


class Driver:
    """The loop every driver runs; a driver says how it sends, reads and lets go of a response."""

    closed = False

    def drive(self, flow: Flow[Outcome]) -> Outcome:
        """Run a flow to its outcome, closing every response it opened but did not return."""
        opened: list[Any] = []
        value: Any = None
        error: TTSError | None = None
        try:
            while True:
                try:
                    step = flow.send(value) if error is None else flow.throw(error)
                except StopIteration as done:
                    outcome: Outcome = done.value
                    for answer in opened:
                        if answer is not outcome.answer:
                            self.close_answer(answer)
                    return outcome
                value, error = None, None
                kind = type(step)
                try:  # the steps, in the order they are most often taken (inline: no coroutine per step)
                    if kind is Send:
                        if self.closed:
                            raise ClientClosedError("the client is closed: it sends nothing more")
                        value = self._send(step)
                        opened.append(value)
                    elif kind is Read:
                        value = self._read(step.answer, step.limit, truncate=step.truncate)
                    elif kind is Close:
                        self.close_answer(step.answer)
                    elif kind is Sleep:
                        time.sleep(step.seconds)
                    elif kind is Resolve:
                        value = resolve(step.host, step.port)
                    else:
                        raise TypeError(f"not a step: {step!r}")
                except TTSError as exc:
                    error = exc
        except BaseException:
            for answer in opened:
                self.close_answer(answer)
            raise

    def _send(self, step: Send) -> Any:
        raise NotImplementedError

    def _read(self, answer: Any, limit: int, *, truncate: bool = False) -> bytes | None:
        """The whole raw body, or None past ``limit`` (or a larger Content-Length); with ``truncate``, the
        first ``limit`` bytes instead."""
        if not truncate and content_length_over(answer.headers, limit):
            self.close_answer(answer)
            return None
        parts, size = [], 0
        for chunk in self.iter_raw(answer):
            size += len(chunk)
            parts.append(chunk)
            if size > limit:
                self.close_answer(answer)
                return b"".join(parts)[:limit] if truncate else None
        return b"".join(parts)

    def iter_raw(self, answer: Any) -> Iterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; closes the response at the end."""
        raise NotImplementedError

    def close_answer(self, answer: Any) -> None:
        """Close a response (idempotent)."""
        raise NotImplementedError

    def is_closed(self, answer: Any) -> bool:
        """Is the response's connection closed (or back in the pool)?"""
        raise NotImplementedError

    def close(self) -> None:
        """Close what this driver created (not a client passed in); refuse to send from now on."""
        raise NotImplementedError


class HttpxDriver(Driver):
    """Performs steps over httpx: straight to a transport (the default: no client layer), or through a caller's
    ``httpx.Client`` (or a full client when proxies are configured) for API requests."""

    def __init__(self, client: httpx.Client | None, timeout: httpx.Timeout) -> None:
        proxies = environment_has_proxies()
        self._client = client if client is not None or not proxies else httpx.Client(timeout=timeout)
        self._owns_client = client is None
        self._bare: httpx.BaseTransport | httpx.Client = (
            httpx.Client(timeout=timeout) if proxies else httpx.HTTPTransport()
        )

    def _send(self, step: Send) -> HttpxAnswer:
        url = step.url
        try:
            if step.to_api and self._client is not None:
                client = self._client
                request = client.build_request(step.method, url, headers=httpx.Headers(step.wire_headers()),
                                               content=step.body, timeout=step.timeout)  # fmt: skip
                return HttpxAnswer(client.send(request, stream=True, follow_redirects=False), url)
            request = httpx_request(step)
            bare = self._bare
            if isinstance(bare, httpx.Client):
                return HttpxAnswer(bare.send(request, stream=True, follow_redirects=False), url)
            response = bare.handle_request(request)
            response.request = request
            return HttpxAnswer(response, url)
        except TRANSPORT_ERRORS as exc:
            raise failure(url, exc) from None

    def iter_raw(self, answer: Any) -> Iterator[bytes]:
        """The raw (still encoded) body, chunk by chunk, failures typed; closes the response at the end."""
        try:
            for chunk in answer.response.iter_raw():
                yield chunk
        except TRANSPORT_ERRORS as exc:
            raise failure(answer.url, exc, reading=True) from None
        finally:
            answer.response.close()

    def close_answer(self, answer: Any) -> None:
        """Close a response (idempotent)."""
        answer.response.close()

    def is_closed(self, answer: Any) -> bool:
        """Is the response's connection closed (or back in the pool)?"""
        return bool(answer.response.is_closed)

    def close(self) -> None:
        """Close what this driver created (not a client passed in); refuse to send from now on."""
        self.closed = True
        self._bare.close()
        if self._owns_client and self._client is not None:
            self._client.close()
