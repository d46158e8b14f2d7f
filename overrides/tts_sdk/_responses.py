"""Reading HTTP responses into results or typed errors. Pure: no I/O, shared by the sync and async clients."""

from __future__ import annotations

import json

from tts_sdk._audio import Usage, format_of
from tts_sdk._errors import APIResponseValidationError, AudioDownloadError, status_error

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    import httpx

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")


def request_id(response: httpx.Response) -> str | None:
    """The provider's request id, if a response header carries one."""
    for name in REQUEST_ID_HEADERS:
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def media_type(response: httpx.Response) -> str:
    """The response's media type without parameters, lower-cased."""
    return str(response.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def raise_for_status(response: httpx.Response, content: bytes) -> None:
    """Raise the matching :class:`APIStatusError` subclass for a non-2xx response with body ``content``."""
    if response.is_success:
        return
    try:
        body: Any = json.loads(content)
    except ValueError:
        body = content.decode("utf-8", "replace")
    raise status_error(response.status_code, body, request_id(response), str(response.url), response.headers)


def is_audio(response: httpx.Response) -> bool:
    """True when the body is audio bytes (an audio/* type or generic binary)."""
    kind = media_type(response)
    return kind.startswith("audio/") or kind == "application/octet-stream"


def aiml_link(response: httpx.Response, content: bytes) -> tuple[str, Usage | None]:
    """The audio URL and usage of an AIML JSON response: ``{"audio": {"url": ...}}`` or ``{"audio": "<uri>"}``."""
    url = str(response.url)
    try:
        body = json.loads(content)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{url} sent invalid JSON with status {response.status_code}: {exc}", url=url
        ) from exc
    audio = body.get("audio") if isinstance(body, dict) else None
    link = audio.get("url") if isinstance(audio, dict) else audio
    if not isinstance(link, str) or not link:
        raise APIResponseValidationError(f"{url} sent JSON without an audio URL ($.audio or $.audio.url)", url=url)
    meta = body.get("meta")
    usage = meta.get("usage") if isinstance(meta, dict) else None
    if isinstance(usage, dict):
        return link, Usage(_number(usage.get("credits_used")), _number(usage.get("usd_spent")))
    return link, None


def unexpected_content(response: httpx.Response, content: bytes, expected: str) -> APIResponseValidationError:
    """The error for a 2xx response whose content type is not a speech response (an HTML page, say)."""
    kind = media_type(response) or "no content type"
    snippet = content[:80].decode("utf-8", "replace").replace("\n", " ")
    return APIResponseValidationError(
        f"{response.url} answered {response.status_code} with {kind} instead of {expected} "
        f"(starts {snippet!r}): a proxy or wrong base URL?",
        url=str(response.url),
    )


def audio_format(response: httpx.Response, requested: str | None) -> str | None:
    """The format of audio bytes: the response's audio media type, else what was requested."""
    return format_of(media_type(response)) or requested


def download_error(url: str, reason: str, status_code: int | None = None) -> AudioDownloadError:
    """The error for an audio URL that could not be fetched."""
    return AudioDownloadError(f"cannot download the audio from {url}: {reason}", url=url, status_code=status_code)


def needs_decoding(response: httpx.Response) -> bool:
    """True when the body carries a Content-Encoding (else the raw stream is the body: no decoder layer)."""
    return str(response.headers.get("content-encoding", "identity")).lower() not in ("", "identity")


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body's chunks, decoded only if it was encoded."""
    return response.iter_bytes() if needs_decoding(response) else response.iter_raw()


def read_limited(chunks: Iterable[bytes], response: httpx.Response, limit: int) -> bytes | None:
    """The whole body, or None as soon as it (or its Content-Length) exceeds ``limit`` bytes."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    parts, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)


def too_large(url: str, limit: int, *, download: bool) -> APIResponseValidationError | AudioDownloadError:
    """The error for a body over the client's ``max_audio_bytes``."""
    if download:
        return download_error(url, f"more than the {limit}-byte limit (max_audio_bytes)")
    return APIResponseValidationError(f"{url} sent more than the {limit}-byte limit (max_audio_bytes)", url=url)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
