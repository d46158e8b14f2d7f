"""The exceptions tts-sdk raises. :class:`TTSError` is the root of all of them.

The shape follows openai-python: ``APIStatusError`` subclasses per HTTP status, ``APIConnectionError`` and
``APITimeoutError`` for the network. No message, attribute or repr ever holds an API key. A leaf module: it
imports nothing of the SDK, so every layer may raise these.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

    from tts_sdk._validation._problems import Problem


class TTSError(Exception):
    """Root of every error tts-sdk raises."""


class PayloadValidationError(TTSError, ValueError):
    """A request payload breaks its schema; ``problems`` lists every error with its JSON path."""

    def __init__(self, problems: Sequence[Problem], model: str | None = None) -> None:
        self.problems = tuple(problems)
        self.model = model
        errors = [problem for problem in self.problems if problem.severity == "error"]
        lines = "\n".join(f"  {problem.path}: {problem.message}" for problem in errors)
        subject = f"payload for {model!r}" if model else "payload"
        super().__init__(f"invalid {subject} ({len(errors)} problem{'s' * (len(errors) != 1)}):\n{lines}")


class UnknownModelError(TTSError, LookupError):
    """No generated spec serves this model on the chosen API. ``known`` lists the model ids that are served,
    ``closest`` the few that look most like ``model``."""

    def __init__(
        self, message: str, *, model: str | None = None, known: Sequence[str] = (), closest: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.model = model
        self.known = list(known)
        self.closest = list(closest)


class UnsupportedParameterError(TTSError, TypeError):
    """A parameter the model's spec does not have (it is never silently dropped)."""


class FormatMismatchError(TTSError, ValueError):
    """``Audio.save`` refused a path whose extension names another format (``save(..., force=True)`` writes it)."""


class MissingAPIKeyError(TTSError):
    """No API key is configured for the provider a request goes to."""


class ConfigurationError(TTSError, ValueError):
    """A client option that cannot work (a base URL with no host or a port out of range, an unknown provider)."""


class ClientClosedError(TTSError):
    """The client was closed: it sends nothing more (make a new one)."""


class APIError(TTSError):
    """A request was sent and went wrong. ``url`` is where it went (never with credentials)."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class APIConnectionError(APIError):
    """The connection failed or broke before a complete response arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIResponseValidationError(APIError):
    """The API answered 2xx with something that is not a speech response (wrong content type, bad JSON...)."""


class StreamConsumedError(TTSError):
    """A stream was iterated a second time (its bytes were already handed over)."""


class StreamEventError(APIResponseValidationError):
    """A server-sent event that is not a well-formed speech event (the message names the event)."""


class AudioDownloadError(APIError):
    """The audio URL the API returned could not be fetched (refused scheme, error status, too large).

    ``status_code`` is the download's HTTP status when it answered with one (5xx downloads are retried).
    """

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, url=url)
        self.status_code = status_code
        #: The download's response headers, when it answered (for Retry-After).
        self.headers: Mapping[str, str] = headers or {}


class APIStatusError(APIError):
    """The API answered with a non-2xx status. ``body`` is the parsed JSON error (or the text)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        request_id: str | None,
        url: str | None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, url=url)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.headers: Mapping[str, str] = headers or {}
        #: Seconds the server asked to wait (``retry-after-ms`` or ``Retry-After``), when it said.
        self.retry_after: float | None = None


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, wrong or revoked."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429. ``retry_after``: the seconds the server asked for (not waited out past 60 s: retry later yourself)."""


class InternalServerError(APIStatusError):
    """5xx."""


#: How much of a response body a message or log line quotes.
QUOTE_LIMIT = 2000


def quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` fit for one line of a message: control characters escaped, cut to about ``limit`` characters."""
    cut = text[:limit]
    escaped = cut.encode("unicode_escape").decode("ascii") if not cut.isprintable() else cut
    if len(escaped) > limit:
        escaped = escaped[:limit]
    return escaped + (f"… ({len(text):,} characters)" if len(text) > limit else "")
