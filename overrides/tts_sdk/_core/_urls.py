"""Which URLs the client may fetch audio from, by their address, and how redirects are followed. Pure.

An audio URL the API returns is fetched without credentials, and only from the public internet: over https,
from a host whose name resolves to public addresses. The name is resolved once (the exchange core asks the
driver, :class:`~tts_sdk._core._exchange.Resolve`), every address is checked, and the connection goes to the
checked address, so a second answer from DNS cannot move the request to a private one. A local API
(``tts-sdk serve``, a test double) may link to local hosts, and ``allow_download_hosts=`` names any other.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_private(host: str) -> bool:
    """True for hosts that are not the public internet: loopback, private, link-local, reserved and multicast
    addresses, ``localhost`` and ``*.localhost`` names. Other names are judged by what they resolve to."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    address = _address(name)
    return address is not None and (not address.is_global or address.is_multicast)


class DownloadPolicy:
    """Where audio URLs may be fetched from: public addresses over https; loopback and private hosts (http too)
    only when the API itself is on one; and the hosts the caller allows."""

    __slots__ = ("allowed_hosts", "local_api")

    def __init__(self, *, local_api: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
        self.local_api, self.allowed_hosts = local_api, allowed_hosts

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, judged by what it says (its scheme, a literal address), or None."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
            port = parts.port  # raises on a port out of range
        except ValueError as exc:
            return f"it is not a valid URL ({exc})"
        del port
        if parts.scheme not in ("http", "https") or not host:
            return f"refusing {parts.scheme or 'a relative'} URL: audio is fetched over http(s) only"
        if host in self.allowed_hosts:
            return None
        if is_private(host):
            if self.local_api:
                return None
            return (
                f"refusing {host}: a loopback or private address, while the API is public "
                "(allow it with allow_download_hosts=[...])"
            )
        if parts.scheme != "https":
            return (
                "refusing plain http to a public host: audio is fetched over https only "
                "(allow the host with allow_download_hosts=[...])"
            )
        return None

    def lookup(self, url: str) -> tuple[str, int] | None:
        """(host, port) to resolve before fetching ``url`` (a name whose addresses decide), else None: a literal
        address, a local API's link, an allowed host."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if self.local_api or host in self.allowed_hosts or _address(host) is not None:
            return None
        return host, parts.port or (443 if parts.scheme == "https" else 80)

    def pick(self, host: str, addresses: list[str]) -> tuple[str | None, str | None]:
        """(the address to connect to, None), or (None, why none may be used): the first public address."""
        public = [address for address in addresses if not is_private(address)]
        if public:
            return public[0], None
        listed = ", ".join(addresses[:4]) or "no address"
        return None, (
            f"refusing {host}: it resolves to {listed}, not a public address (allow it with allow_download_hosts=[...])"
        )


def next_location(url: str, location: str | None) -> str:
    """The absolute URL a redirect points to."""
    if not location or not location.strip():
        raise ValueError("a redirect without a Location header")
    try:
        return urljoin(url, location.strip())
    except ValueError as exc:
        raise ValueError(f"a redirect to an invalid URL {location[:200]!r} ({exc})") from None
