"""Every decision of one speech call, as a generator of steps: no sockets, no sleeping, no event loop.

``speech_flow`` yields :class:`Send`, :class:`Read`, :class:`Close`, :class:`Sleep` and :class:`Resolve`; a
driver performs each (over httpx, sync or async, or aiohttp) and sends back the result, or throws in the
:class:`TTSError` it raised. The flow returns an :class:`Outcome` or raises a typed error. Retries, response
classification, the AIML link and its credential-free download, the download address policy (the name
resolved once, each address checked, the connection pinned to the checked one), size limits and Retry-After
all live here, once; the drivers only move bytes (``tts_sdk._clients``). Pattern: httpx's ``Auth.auth_flow``
and h11.
"""

from __future__ import annotations

import json
import logging

from tts_sdk._core._catalog import Auth
from tts_sdk._core._decoding import BodyDecoder, CorruptBodyError, TooLargeError
from tts_sdk._core._retries import retry_delay
from tts_sdk._core._status import status_error
from tts_sdk._core._urls import MAX_REDIRECTS, next_location
from tts_sdk._errors import APIError, APIResponseValidationError, AudioDownloadError, quoted
from tts_sdk._media._audio import Usage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Mapping
    from typing import Any, Protocol

    import httpx

    from tts_sdk._core._call import SpeechCall
    from tts_sdk._core._providers import Secret

    class Answer(Protocol):
        """A response as a driver hands it over: status and headers read, body unread."""

        @property
        def status(self) -> int: ...
        @property
        def headers(self) -> Mapping[str, str]: ...
        @property
        def url(self) -> str: ...

    from typing import TypeVar

    T = TypeVar("T")
    #: A flow: yields steps, is sent their results, returns a ``T``.
    Flow = Generator[Any, Any, T]

logger = logging.getLogger("tts_sdk")
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid")
#: What is read of an error answer (the rest is dropped with the connection).
ERROR_BODY_LIMIT = 64 * 1024
_DOWNLOAD_HEADERS = {"Accept": "audio/*, application/octet-stream"}


class Send:
    """Send a request. ``secret`` becomes the Authorization header only in the driver's wire request;
    ``to_api=False`` (audio downloads) goes out bare: no credentials, none of the caller's client headers;
    ``connect_to`` (an IP address) is where the connection goes, whatever the URL's name resolves to now."""

    __slots__ = ("auth", "body", "connect_to", "headers", "method", "secret", "timeout", "to_api", "url")

    def __init__(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, *,
                 timeout: httpx.Timeout, secret: Secret | None = None, auth: Auth | None = None,
                 to_api: bool = True, connect_to: str | None = None) -> None:  # fmt: skip
        self.method, self.url, self.headers, self.body, self.timeout = method, url, headers, body, timeout
        self.secret, self.auth, self.to_api, self.connect_to = secret, auth, to_api, connect_to

    def wire_headers(self) -> dict[str, str]:
        """The headers to put on the wire (the key revealed here, for the transport only)."""
        if self.secret is None:
            return dict(self.headers)
        auth = self.auth or Auth()
        return {**self.headers, auth.header: auth.value(self.secret.reveal())}

    def __repr__(self) -> str:
        return f"Send({self.method} {self.url})"


class Read:
    """Read the whole raw body: the driver returns the bytes, or None past ``limit`` (or a larger Content-Length);
    with ``truncate``, the first ``limit`` bytes instead."""

    __slots__ = ("answer", "limit", "truncate")

    def __init__(self, answer: Answer, limit: int, *, truncate: bool = False) -> None:
        self.answer, self.limit, self.truncate = answer, limit, truncate


class Close:
    """Close a response (its connection goes back to the pool, or away)."""

    __slots__ = ("answer",)

    def __init__(self, answer: Answer) -> None:
        self.answer = answer


class Sleep:
    """Wait before a retry."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Resolve:
    """Look up a host name: the driver returns its IP addresses (strings), in the resolver's order."""

    __slots__ = ("host", "port")

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port


class Outcome:
    """What a call got: the audio's response (``content`` read, or None: left open for streaming), the API's
    request id, and for AIML the link and usage."""

    __slots__ = ("answer", "content", "kind", "link", "request_id", "usage")

    def __init__(self, answer: Answer, content: bytes | None, request_id: str | None, link: str | None = None,
                 usage: Usage | None = None) -> None:  # fmt: skip
        self.answer, self.content, self.request_id, self.link, self.usage = answer, content, request_id, link, usage
        #: the answer's media type, without parameters, lower-cased
        self.kind = media_type(answer)


def speech_flow(call: SpeechCall, *, stream: bool = False, events: bool = False) -> Flow[Outcome]:
    """POST the body (retried), then for an AIML link GET the audio without credentials (retried)."""
    answer, content = yield from _retrying(call, call.url, lambda: _post(call, stream=stream, events=events))
    outcome = Outcome(answer, content, request_id(answer))
    if content is None or _audio_kind(outcome.kind):
        return outcome
    link, usage = aiml_link(answer, content)
    audio, data = yield from _retrying(call, link, lambda: _download(call, link, stream=stream))
    return Outcome(audio, data, outcome.request_id, link, usage)


def _retrying(call: SpeechCall, url: str, attempt: Callable[[], Flow[T]]) -> Flow[T]:
    tries = 0
    while True:
        try:
            return (yield from attempt())
        except APIError as error:
            delay = retry_delay(error, tries) if tries < call.max_retries else None
            if delay is None:
                raise
            tries += 1
            logger.info("retry %d of %d for %s in %.2f s after: %s", tries, call.max_retries, url, delay, error)
            if delay > 0:
                yield Sleep(delay)


def _post(call: SpeechCall, *, stream: bool, events: bool) -> Flow[tuple[Answer, bytes | None]]:
    """The API's answer and its body (None: an audio or event stream left open)."""
    logger.debug("POST %s", call.url)
    answer = yield Send("POST", call.url, call.headers, call.body, timeout=call.timeout, secret=call.secret,
                        auth=call.auth)  # fmt: skip
    try:
        success = 200 <= answer.status < 300
        kind = media_type(answer)
        if stream and success and (_audio_kind(kind) or events):
            if events and not kind.startswith("text/event-stream"):
                raise unexpected_content(answer, (yield from _read(answer, 2048, quiet=True)), "text/event-stream")
            return answer, None
        if not success:
            raise _status_error(answer, (yield from _read(answer, ERROR_BODY_LIMIT, quiet=True)), call.api.error)
        content = yield from _read(answer, call.limit)
        linked = call.api.answer == "audio-or-link"
        if not _audio_kind(kind) and not (linked and kind in ("application/json", "")):
            raise unexpected_content(answer, content, "audio or JSON" if linked else "audio")
        return answer, content
    except APIError:
        yield Close(answer)
        raise


def _download(call: SpeechCall, url: str, *, stream: bool) -> Flow[tuple[Answer, bytes | None]]:
    """GET the audio URL bare (no credentials, no client headers), checking every redirect hop: its URL, and
    the addresses its name resolves to, the connection pinned to the one checked."""
    for _ in range(MAX_REDIRECTS + 1):
        reason = call.downloads.refusal(url)
        if reason:
            raise download_error(url, reason)
        pinned = None
        lookup = call.downloads.lookup(url)
        if lookup is not None:
            addresses = yield Resolve(*lookup)
            pinned, reason = call.downloads.pick(lookup[0], addresses)
            if pinned is None:
                raise download_error(url, str(reason))
        logger.debug("GET %s (audio, no credentials)", url)
        answer = yield Send("GET", url, _DOWNLOAD_HEADERS, None, timeout=call.timeout, to_api=False,
                            connect_to=pinned)  # fmt: skip
        if answer.status in (301, 302, 303, 307, 308):
            yield Close(answer)
            try:
                url = next_location(url, answer.headers.get("location"))
            except ValueError as exc:
                raise download_error(url, str(exc)) from None
            continue
        if not 200 <= answer.status < 300:
            yield Close(answer)
            raise download_error(url, f"HTTP {answer.status}", answer.status, answer.headers)
        if not _audio_download(answer):
            yield Close(answer)
            raise download_error(url, f"it answered {media_type(answer)} instead of audio")
        if stream:
            return answer, None
        content = yield from _read(answer, call.limit, download=True)
        yield Close(answer)
        return answer, content
    raise download_error(url, f"more than {MAX_REDIRECTS} redirects")


def _read(answer: Answer, limit: int, *, download: bool = False, quiet: bool = False) -> Flow[bytes]:
    """The decoded body, within ``limit`` decoded bytes (``quiet``: a snippet for a message, cut at the limit)."""
    raw: bytes | None = yield Read(answer, limit, truncate=quiet)
    if raw is None and not quiet:
        raise too_large(answer.url, limit, download=download)
    if raw is not None and not answer.headers.get("content-encoding"):
        return raw  # not encoded: the Read step kept it within the limit
    try:
        decoded = BodyDecoder(answer.headers, limit, answer.url).decode_all(raw or b"")
    except TooLargeError:
        if quiet:
            return b""
        raise too_large(answer.url, limit, download=download) from None
    except CorruptBodyError as exc:
        raise APIResponseValidationError(
            f"{answer.url} sent a body that does not decode: {exc}", url=answer.url
        ) from None
    return decoded


def request_id(answer: Answer) -> str | None:
    """The provider's request id, if a response header carries one."""
    for name in _REQUEST_ID_HEADERS:
        value = answer.headers.get(name)
        if value:
            return str(value)
    return None


def media_type(answer: Answer) -> str:
    """The response's media type without parameters, lower-cased."""
    return str(answer.headers.get("content-type", "")).split(";", 1)[0].strip().lower()


def is_audio(answer: Answer) -> bool:
    """True when the body is audio bytes (an audio/* type or generic binary)."""
    return _audio_kind(media_type(answer))


def _audio_kind(kind: str) -> bool:
    return kind.startswith("audio/") or kind == "application/octet-stream"


def _audio_download(answer: Answer) -> bool:
    """May an audio URL's answer be audio? audio/*, generic binary, or no type at all (some storage)."""
    kind = media_type(answer)
    return kind.startswith("audio/") or kind in ("application/octet-stream", "binary/octet-stream", "")


def _status_error(answer: Answer, content: bytes, template: Mapping[str, Any] | None = None) -> APIError:
    try:
        body: Any = json.loads(content)
    except ValueError:
        body = content.decode("utf-8", "replace")
    return status_error(answer.status, body, request_id(answer), answer.url, answer.headers, template=template)


def aiml_link(answer: Answer, content: bytes) -> tuple[str, Usage | None]:
    """The audio URL and usage of an AIML JSON answer: ``{"audio": {"url": ...}}`` or ``{"audio": "<uri>"}``."""
    url = answer.url
    try:
        body = json.loads(content)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{url} sent invalid JSON with status {answer.status}: {exc}", url=url
        ) from None
    audio = body.get("audio") if isinstance(body, dict) else None
    link = audio.get("url") if isinstance(audio, dict) else audio
    if not isinstance(link, str) or not link:
        raise APIResponseValidationError(f"{url} sent JSON without an audio URL ($.audio or $.audio.url)", url=url)
    meta = body.get("meta")
    usage = meta.get("usage") if isinstance(meta, dict) else None
    if isinstance(usage, dict):
        return link, Usage(_number(usage.get("credits_used")), _number(usage.get("usd_spent")))
    return link, None


def unexpected_content(answer: Answer, content: bytes, expected: str) -> APIResponseValidationError:
    """The error for a 2xx answer whose content type is not a speech response (an HTML page, say)."""
    kind = media_type(answer) or "no content type"
    return APIResponseValidationError(
        f"{answer.url} answered {answer.status} with {kind} instead of {expected} "
        f"(starts {quoted(content[:80].decode('utf-8', 'replace'))}): a proxy or wrong base URL?",
        url=answer.url,
    )


def download_error(url: str, reason: str, status_code: int | None = None,
                   headers: Mapping[str, str] | None = None) -> AudioDownloadError:  # fmt: skip
    """The error for an audio URL that could not be fetched."""
    message = f"cannot download the audio from {url}: {reason}"
    return AudioDownloadError(message, url=url, status_code=status_code, headers=headers)


def too_large(url: str, limit: int, *, download: bool) -> APIResponseValidationError | AudioDownloadError:
    """The error for a body that decodes to more than the client's ``max_audio_bytes``."""
    if download:
        return download_error(url, f"more than the {limit}-byte limit (max_audio_bytes)")
    return APIResponseValidationError(f"{url} sent more than the {limit}-byte limit (max_audio_bytes)", url=url)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
