"""Which URLs the client may fetch audio from, and how redirects are followed (without credentials). Pure."""

from __future__ import annotations

import ipaddress
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5


def is_private(host: str) -> bool:
    """True for hosts that are not the public internet: loopback, private, link-local, reserved addresses,
    ``localhost`` and ``*.localhost`` names. (Other names are judged by name only: DNS is not consulted.)"""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


class DownloadPolicy:
    """Where audio URLs may be fetched from: public hosts over https; loopback and private hosts (http too) only
    when the API itself is on one (``tts-sdk serve``, a test double); and the hosts the caller allows."""

    __slots__ = ("allowed_hosts", "local_api")

    def __init__(self, *, local_api: bool, allowed_hosts: frozenset[str] = frozenset()) -> None:
        self.local_api, self.allowed_hosts = local_api, allowed_hosts

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, or None."""
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


def next_location(url: str, location: str | None) -> str:
    """The absolute URL a redirect points to."""
    if not location or not location.strip():
        raise ValueError("a redirect without a Location header")
    try:
        return urljoin(url, location.strip())
    except ValueError as exc:
        raise ValueError(f"a redirect to an invalid URL {location[:200]!r} ({exc})") from None
