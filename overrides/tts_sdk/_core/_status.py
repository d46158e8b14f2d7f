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
    status_code: int,
    body: Any,
    request_id: str | None,
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    template: Mapping[str, Any] | None = None,
) -> APIStatusError:
    """The :class:`APIStatusError` subclass for ``status_code``, with a message saying what to do; ``template`` is
    the API's error body (``{message}`` where its message is), from its ``[api.*]`` table."""
    cls = STATUS_ERRORS.get(status_code, InternalServerError if status_code >= 500 else APIStatusError)
    advice = _ADVICE.get(status_code, "the server failed; retry later" if status_code >= 500 else "")
    detail = _detail(body, template)
    message = f"HTTP {status_code} from {url}" + (f": {detail}" if detail else "") + (f" ({advice})" if advice else "")
    if request_id:
        message += f" [request id {quoted(request_id, 100)}]"
    wait = server_delay(headers or {})
    if wait is not None and wait > 0:
        message += f" [retry after {wait:g} s]"
    error = cls(message, status_code=status_code, body=body, request_id=request_id, url=url, headers=headers)
    error.retry_after = wait
    return error


#: Where error bodies keep their message when the API's own template does not find it: OpenAI's and AIML's,
#: FastAPI's (ElevenLabs' 422 ``detail`` list), Deepgram's ``err_msg``, and plain ``message``/``detail``/``error``.
_MESSAGE_PATHS = (("error", "message"), ("message",), ("detail", "message"), ("detail",), ("err_msg",), ("error",),
                  ("title",))  # fmt: skip


def _detail(body: Any, template: Mapping[str, Any] | None = None) -> str:
    """The human part of an error body: where the API's template puts ``{message}``, else a usual place, else the
    text (quoted)."""
    if not isinstance(body, dict):
        return quoted(str(body or "").strip(), 200)
    paths = ([own] if template is not None and (own := _message_path(template)) else []) + list(_MESSAGE_PATHS)
    for path in paths:
        node: Any = body
        for step in path:
            node = node.get(step) if isinstance(node, dict) else None
        if isinstance(node, str):
            return quoted(node)
        if isinstance(node, list) and node and all(isinstance(item, dict) for item in node):  # FastAPI's details
            listed = [f"{'.'.join(map(str, item.get('loc', [])))}: {item.get('msg')}" for item in node[:5]]
            return quoted("; ".join(listed))
    return ""


def _message_path(template: Mapping[str, Any], prefix: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The keys leading to ``"{message}"`` in an API's error template."""
    for key, value in template.items():
        if value == "{message}":
            return (*prefix, key)
        if isinstance(value, dict) and (found := _message_path(value, (*prefix, key))):
            return found
    return None
