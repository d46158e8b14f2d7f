"""What an API's error answer means: the typed :class:`APIStatusError` for its status, with a message that
says what happened (the provider's own words from its error body) and what to do."""

from __future__ import annotations

from tts_sdk._core._retries import server_delay
from tts_sdk._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    quoted,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_ADVICE = {
    400: "the request was rejected: check the parameters against `tts-sdk voices MODEL`",
    401: "check the API key (argument or environment variable) for this provider",
    403: "this key may not use this model",
    404: "check the model id and the base URL",
    409: "a conflicting request is in progress; retry later",
    422: "the body failed the API's validation",
    429: "rate limited or out of quota: slow down or retry after the delay the API gives",
}


def status_error(
    status_code: int, body: Any, request_id: str | None, url: str, headers: Mapping[str, str] | None = None
) -> APIStatusError:
    """The :class:`APIStatusError` subclass for ``status_code``, with a message saying what to do."""
    cls = STATUS_ERRORS.get(status_code, InternalServerError if status_code >= 500 else APIStatusError)
    advice = _ADVICE.get(status_code, "the server failed; retry later" if status_code >= 500 else "")
    detail = _detail(body)
    message = f"HTTP {status_code} from {url}" + (f": {detail}" if detail else "") + (f" ({advice})" if advice else "")
    if request_id:
        message += f" [request id {quoted(request_id, 100)}]"
    wait = server_delay(headers or {})
    if wait is not None and wait > 0:
        message += f" [retry after {wait:g} s]"
    error = cls(message, status_code=status_code, body=body, request_id=request_id, url=url, headers=headers)
    error.retry_after = wait
    return error


def _detail(body: Any) -> str:
    """The human part of an error body: OpenAI's ``error.message``, AIML's ``message``, or the text (quoted)."""
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return quoted(str(error["message"]))
        for key in ("message", "detail", "error"):
            if isinstance(body.get(key), str):
                return quoted(str(body[key]))
        return ""
    return quoted(str(body or "").strip(), 200)
