"""Which URLs the client may fetch audio from, and how redirects are followed (without credentials)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 5


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ``::1``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def refusal(url: str) -> str | None:
    """Why ``url`` may not be fetched, or None: https only, plain http only to a loopback host."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and is_loopback(parts.hostname or ""):
        return None
    return (
        f"refusing {parts.scheme or 'a relative'} URL (audio is fetched over https only, plain http only from loopback)"
    )


def next_location(url: str, location: str | None) -> str:
    """The absolute URL a redirect points to."""
    if not location:
        raise ValueError("a redirect without a Location header")
    return urljoin(url, location)
