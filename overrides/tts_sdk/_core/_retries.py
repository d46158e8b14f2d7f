"""When to retry a request, and how long to wait. Pure: the sync and async clients share it.

Retried: 408, 409, 429 and 5xx statuses, connection failures and timeouts; a response saying
``x-should-retry: true`` is retried and one saying ``false`` is not, whatever its status. The wait honours
``retry-after-ms``, then ``Retry-After`` (seconds or an HTTP date; ``0`` means now); a server asking for more
than :data:`MAX_RETRY_AFTER` is not waited out: the error is raised at once, its ``retry_after`` saying how
long. Without either, it backs off exponentially from :data:`INITIAL_DELAY` to :data:`MAX_DELAY` with up to
25% jitter.
"""

from __future__ import annotations

import math
import random
import time
from email.utils import parsedate_to_datetime

from tts_sdk._errors import APIConnectionError, APIStatusError, AudioDownloadError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRIED_STATUSES = frozenset({408, 409, 429})


def retry_delay(error: Exception, attempt: int, *, now: float | None = None) -> float | None:
    """Seconds to wait before retry number ``attempt + 1`` after ``error``, or None when it must not be retried."""
    headers: Mapping[str, str] = getattr(error, "headers", None) or {}
    verdict = headers.get("x-should-retry", "").lower()
    if verdict == "false":
        return None
    if verdict != "true" and not _retryable(error):
        return None
    asked = server_delay(headers, now)
    if asked is None:
        return _backoff(attempt)
    return asked if asked <= MAX_RETRY_AFTER else None


def _retryable(error: Exception) -> bool:
    if isinstance(error, APIStatusError | AudioDownloadError):
        status = getattr(error, "status_code", None)
        return status is not None and (status in RETRIED_STATUSES or status >= 500)
    return isinstance(error, APIConnectionError)


def server_delay(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """What the server asked for: ``retry-after-ms``, else ``Retry-After`` (seconds or HTTP date); None if neither
    says (a negative or unreadable value says nothing)."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if not value:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - (now if now is not None else time.time())
            except (TypeError, ValueError, IndexError):
                continue
        if seconds >= 0 and not math.isnan(seconds):
            return seconds
    return None


def _backoff(attempt: int) -> float:
    delay = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return delay * (1 - 0.25 * random.random())
