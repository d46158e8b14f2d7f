"""How requests leave the client: straight to an httpx transport, or through a full ``httpx.Client``.

The facade's own default is an ``httpx.HTTPTransport`` used directly: the request is built once and handed
to the connection pool, skipping the client layer's URL merging, cookie jar, auth and redirect generators
and event hooks, none of which it uses (it never follows redirects with credentials and sends no cookies).
That is about 40% less time per request on loopback (docs/benchmarks.md). A client you pass in
(``http_client=``), or proxies configured in the environment, take the full ``httpx.Client`` path, so its
own transports, proxies, hooks and limits apply.
"""

from __future__ import annotations

import urllib.request
from functools import lru_cache

import httpx

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping


def environment_has_proxies() -> bool:
    """True when HTTP(S)_PROXY or ALL_PROXY is set: then only a full ``httpx.Client`` honours them."""
    proxies = urllib.request.getproxies()
    return any(scheme in proxies for scheme in ("http", "https", "all"))


@lru_cache(maxsize=256)
def parsed_url(url: str) -> httpx.URL:
    """Parse each endpoint URL once (httpx parses a string URL on every request)."""
    return httpx.URL(url)


class SyncSender:
    """Sends one request and returns the response with its body unread."""

    def __init__(self, client: httpx.Client | None, timeout: httpx.Timeout) -> None:
        self.client = client if client is not None or not environment_has_proxies() else httpx.Client(timeout=timeout)
        self.owns = client is None
        self.transport = httpx.HTTPTransport() if self.client is None else None

    def send(self, method: str, url: str, headers: Mapping[str, str], content: bytes | None, timeout: httpx.Timeout,
             *, credentials: bool) -> httpx.Response:  # fmt: skip
        """Send; ``credentials=False`` strips Authorization, Proxy-Authorization and Cookie, and client auth."""
        if self.transport is not None:
            request = httpx.Request(method, parsed_url(url), headers=headers, content=content,
                                    extensions={"timeout": timeout.as_dict()})  # fmt: skip
            response = self.transport.handle_request(request)
            response.request = request
            return response
        assert self.client is not None
        request = self.client.build_request(method, url, headers=headers, content=content, timeout=timeout)
        if not credentials:
            for header in ("authorization", "proxy-authorization", "cookie"):
                request.headers.pop(header, None)
        return self.client.send(request, stream=True, follow_redirects=False,
                                auth=httpx.USE_CLIENT_DEFAULT if credentials else None)  # fmt: skip

    def close(self) -> None:
        """Close what this sender created (not a client passed in)."""
        if self.transport is not None:
            self.transport.close()
        elif self.owns and self.client is not None:
            self.client.close()


class AsyncSender:
    """The asynchronous twin of :class:`SyncSender`."""

    def __init__(self, client: httpx.AsyncClient | None, timeout: httpx.Timeout) -> None:
        use_client = client is not None or environment_has_proxies()
        self.client = client if client is not None else (httpx.AsyncClient(timeout=timeout) if use_client else None)
        self.owns = client is None
        self.transport = httpx.AsyncHTTPTransport() if self.client is None else None

    async def send(self, method: str, url: str, headers: Mapping[str, str], content: bytes | None,
                   timeout: httpx.Timeout, *, credentials: bool) -> httpx.Response:  # fmt: skip
        """Send; ``credentials=False`` strips Authorization, Proxy-Authorization and Cookie, and client auth."""
        if self.transport is not None:
            request = httpx.Request(method, parsed_url(url), headers=headers, content=content,
                                    extensions={"timeout": timeout.as_dict()})  # fmt: skip
            response = await self.transport.handle_async_request(request)
            response.request = request
            return response
        assert self.client is not None
        request = self.client.build_request(method, url, headers=headers, content=content, timeout=timeout)
        if not credentials:
            for header in ("authorization", "proxy-authorization", "cookie"):
                request.headers.pop(header, None)
        return await self.client.send(request, stream=True, follow_redirects=False,
                                      auth=httpx.USE_CLIENT_DEFAULT if credentials else None)  # fmt: skip

    async def aclose(self) -> None:
        """Close what this sender created (not a client passed in)."""
        if self.transport is not None:
            await self.transport.aclose()
        elif self.owns and self.client is not None:
            await self.client.aclose()
