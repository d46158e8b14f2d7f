"""Problem records and the value rendering used in their messages."""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs 7 ms to import; type checkers treat this name as typing.TYPE_CHECKING
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Literal

    Severity = Literal["error", "warning"]
    LazyMessage = str | tuple[Callable[..., str], *tuple[Any, ...]]

_MAX_SHOWN = 60


class Problem:
    """One way a payload breaks its schema.

    ``path`` is the JSON path of the offending value (``$.speed``), ``keyword`` the schema keyword that
    failed (``maximum``), ``message`` says why, ``schema_path`` is where that keyword is in the schema
    (``#/properties/speed/maximum``), ``severity`` is ``"error"`` or ``"warning"`` (an unknown property
    that the schema allows).
    """

    __slots__ = ("_message", "keyword", "path", "schema_path", "severity")

    def __init__(
        self, path: str, keyword: str, message: LazyMessage, schema_path: str, severity: Severity = "error"
    ) -> None:
        self.path = path
        self.keyword = keyword
        self._message = message  # formatted on first read: most problems are counted, not read
        self.schema_path = schema_path
        self.severity: Severity = severity

    @property
    def message(self) -> str:
        """Why the value is wrong, with the value shown (cut to a readable length)."""
        message = self._message
        if not isinstance(message, str):
            message = message[0](*message[1:])
            self._message = message
        return message

    def as_dict(self) -> dict[str, str]:
        """The record as JSON-ready data."""
        return {
            "path": self.path,
            "keyword": self.keyword,
            "message": self.message,
            "schema_path": self.schema_path,
            "severity": self.severity,
        }

    def __repr__(self) -> str:
        return f"Problem({self.path!r}, {self.keyword!r}, {self.message!r}, severity={self.severity!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self.as_dict() == other.as_dict()

    def __hash__(self) -> int:
        return hash((self.path, self.keyword, self.message, self.schema_path, self.severity))


def show(value: object) -> str:
    """Render a value as JSON, cut to a readable length (a 500,000-character text stays one short line)."""
    import json  # noqa: PLC0415 - already loaded in practice; kept local so this module stays free to import

    if isinstance(value, str):
        if len(value) > _MAX_SHOWN:
            return f'{json.dumps(value[:_MAX_SHOWN], ensure_ascii=False)[:-1]}…" ({len(value)} characters)'
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 4000:
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    try:
        text = json.dumps(value, ensure_ascii=False, default=repr)
    except (TypeError, ValueError, RecursionError):
        text = _short_repr(value)
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "…"


def shown(value: object, text: str) -> str:
    """``show(value) + text``: the lazy message form the compiled code uses."""
    return show(value) + text


def key_path(base: str, key: object) -> str:
    """``$.speed`` for identifier-like keys, ``$["odd key"]`` otherwise (a non-string key of a Python dict too)."""
    if isinstance(key, str) and key.isidentifier():
        return f"{base}.{key}"
    import json  # noqa: PLC0415

    return f"{base}[{json.dumps(key, ensure_ascii=False) if isinstance(key, str) else show(key)}]"


def _short_repr(value: object) -> str:
    try:
        return repr(value)[: _MAX_SHOWN + 1]
    except (ValueError, RecursionError):
        return f"a {type(value).__name__}"
