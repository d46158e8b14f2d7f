"""Download a published spec (URL first, the offline mirror second) and check what arrived."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from generator._document import parse_document
from generator._errors import GeneratorError
from generator._files import is_loopback
from generator._project import Project, SpecEntry


def _timeout() -> httpx.Timeout:
    """30 s per read (``$SPEC_TIMEOUT`` overrides it), 10 s at most to connect."""
    seconds = float(os.environ.get("SPEC_TIMEOUT", "30"))
    return httpx.Timeout(seconds, connect=min(seconds, 10.0))


MAX_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    """Bytes of one spec that parsed as an OpenAPI 3.x document."""

    entry: SpecEntry
    data: bytes
    origin: str
    #: Why the URL was not used, when the bytes came from the mirror.
    fallback: str | None = None

    @property
    def sha256(self) -> str:
        """The hex digest the pin is compared with."""
        return hashlib.sha256(self.data).hexdigest()


def check_url(url: str) -> None:
    """Refuse anything but https, except plain http to a loopback test server."""
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(parts.hostname or "")):
        return
    raise GeneratorError(f"{url}: only https URLs are fetched (plain http only from a loopback host)")


def mirror_path(mirror: Path, url: str) -> Path:
    """The mirror's copy of ``url``: ``<mirror>/<host>/<path of the URL>``."""
    parts = urlsplit(url)
    return mirror / (parts.hostname or "") / parts.path.lstrip("/")


def fetch(entry: SpecEntry, project: Project, client: httpx.Client) -> Fetched:
    """Fetch ``entry``'s URL, falling back to the mirror when the URL cannot be reached."""
    assert entry.url is not None
    check_url(entry.url)
    try:
        data = _download(client, entry.url)
        origin = entry.url
    except (httpx.HTTPError, _TooLargeError, _BadStatusError) as exc:
        reason = _describe(exc)
        mirror = project.mirror
        if mirror is None:
            raise GeneratorError(
                f"{entry.where}: cannot download {entry.url}: {reason}; no mirror is configured (set SPEC_MIRROR)"
            ) from exc
        copy = mirror_path(mirror, entry.url)
        if not copy.is_file():
            raise GeneratorError(
                f"{entry.where}: cannot download {entry.url}: {reason}; and the mirror has no copy at {copy}"
            ) from exc
        data = copy.read_bytes()
        parse_document(data, f"{entry.where} ({copy})", yaml_allowed=True)
        return Fetched(entry, data, str(copy), fallback=reason)
    parse_document(data, f"{entry.where} ({origin})", yaml_allowed=True)
    return Fetched(entry, data, origin)


def mirror_summary(fetched: list[Fetched], mirror: Path | None) -> str | None:
    """One line for every spec served from the mirror (offline, all of them), or None when none was."""
    served = [item for item in fetched if item.fallback is not None]
    if not served:
        return None
    reasons = Counter(str(item.fallback) for item in served)
    reason, count = reasons.most_common(1)[0]
    others = f"; {len(served) - count} for other reasons" if count < len(served) else ""
    which = f"all {len(served)} specs" if len(served) == len(fetched) else f"{len(served)} of {len(fetched)} specs"
    names = "" if len(served) == len(fetched) else f" ({', '.join(item.entry.name for item in served)})"
    return f"{which} unreachable ({reason}{others}): using their copies in {mirror}{names}"


class _TooLargeError(Exception):
    pass


class _BadStatusError(Exception):
    pass


def _download(client: httpx.Client, url: str) -> bytes:
    with client.stream("GET", url) as response:
        if response.status_code != 200:
            raise _BadStatusError(f"HTTP {response.status_code}")
        declared = response.headers.get("content-length")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_BYTES:
                raise _TooLargeError(f"more than {MAX_BYTES} bytes")
            chunks.append(chunk)
        data = b"".join(chunks)
        if declared is not None and declared.isdigit() and int(declared) != len(data):
            raise _BadStatusError(f"got {len(data)} of the {declared} bytes announced")
        return data


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    return str(exc) or type(exc).__name__


def new_client() -> httpx.Client:
    """An httpx client that follows redirects only to URLs :func:`check_url` accepts."""

    def check_redirect(request: httpx.Request) -> None:
        check_url(str(request.url))

    return httpx.Client(timeout=_timeout(), follow_redirects=True, event_hooks={"request": [check_redirect]})
