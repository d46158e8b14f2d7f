"""What every driver shares, whatever its flavour or library: the one translation of a transport failure into a
typed error, the view of an httpx response the exchange core reads, and how a request is pinned to the
address the core checked.

The API key stays a :class:`Secret` until :meth:`Send.wire_headers` builds the transport's headers inside the
call expression (httpx keeps them in ``httpx.Headers``, whose repr masks ``Authorization``), so no frame of
ours holds it in a plain local. Audio downloads (``to_api=False``) never go through a caller's client: they
use the driver's own bare transport, so the caller's client headers and auth reach only the API.
"""

from __future__ import annotations

import asyncio
import ipaddress
import urllib.request
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import httpx

from tts_sdk._errors import APIConnectionError, APITimeoutError, TTSError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from tts_sdk._core._exchange import Send


def environment_has_proxies() -> bool:
    """True when HTTP(S)_PROXY or ALL_PROXY is set: then only a full ``httpx.Client`` honours them."""
    proxies = urllib.request.getproxies()
    return any(scheme in proxies for scheme in ("http", "https", "all"))


@lru_cache(maxsize=256)
def parsed_url(url: str) -> httpx.URL:
    """Parse each endpoint URL once (httpx parses a string URL on every request)."""
    return httpx.URL(url)


def failure(url: str, exc: BaseException, *, reading: bool = False) -> TTSError:
    """The one translation of a transport failure into a typed error (httpx, anyio, aiohttp, OS, bad URLs)."""
    if isinstance(exc, TTSError):
        return exc
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | asyncio.TimeoutError | TimeoutError) or "Timeout" in name:
        return APITimeoutError(f"timed out {'reading from' if reading else 'talking to'} {url} ({name})", url=url)
    reason = str(exc) or name
    if isinstance(exc, BaseExceptionGroup):
        reason = "; ".join(str(inner) or type(inner).__name__ for inner in exc.exceptions)
    if reading:
        return APIConnectionError(f"the response from {url} broke off: {reason}", url=url)
    return APIConnectionError(f"connection to {url} failed: {reason}", url=url)


#: What httpx and the OS raise for a request that failed on the way.
TRANSPORT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError, BaseExceptionGroup)


class HttpxAnswer:
    """An httpx response as the exchange core sees it: status and headers read, body unread."""

    __slots__ = ("headers", "response", "status", "url")

    def __init__(self, response: httpx.Response, url: str) -> None:
        self.response, self.status, self.headers, self.url = response, response.status_code, response.headers, url


def content_length_over(headers: Mapping[str, str], limit: int) -> bool:
    """Does the answer announce more than ``limit`` bytes?"""
    declared = headers.get("content-length", "")
    return declared.isdigit() and int(declared) > limit


def pinned(url: str, address: str) -> tuple[str, dict[str, str], str | None]:
    """``url`` aimed at ``address`` (the one the core checked): (the URL with the address as its host, the
    ``Host`` header naming the original host, the name TLS must verify, or None for http)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if isinstance(ipaddress.ip_address(address), ipaddress.IPv6Address) else address
    port = f":{parts.port}" if parts.port else ""
    target = urlunsplit((parts.scheme, f"{literal}{port}", parts.path, parts.query, ""))
    return target, {"Host": f"{host}{port}"}, host if parts.scheme == "https" else None


def httpx_request(step: Send) -> httpx.Request:
    """The httpx request of a step, pinned to ``step.connect_to`` when the core resolved and checked the host.
    The key is revealed inside the call expression: no local of ours holds it."""
    extensions: dict[str, Any] = {"timeout": step.timeout.as_dict()}
    if step.connect_to is None:
        url: str | httpx.URL = parsed_url(step.url)
        host: dict[str, str] = {}
    else:
        url, host, tls_name = pinned(step.url, step.connect_to)
        if tls_name is not None:
            extensions["sni_hostname"] = tls_name
    return httpx.Request(step.method, url, headers=httpx.Headers({**step.wire_headers(), **host}), content=step.body,
                         extensions=extensions)  # fmt: skip
