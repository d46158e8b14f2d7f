"""The ``format`` keywords the server checks beyond the validator (which, as JSON Schema says, only annotates
them): ``uri``, which one upstream spec puts on a URL it fetches."""

from __future__ import annotations

import re

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: RFC 3986 in outline: a scheme, ``:``, then only the characters a URI may hold (``%`` with two hex digits).
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def format_problems(schema: dict[str, Any], payload: Any, path: str = "$") -> list[dict[str, str]]:
    """A problem for each string in ``payload`` that its schema marks ``format: uri`` and is no URI."""
    found: list[dict[str, str]] = []
    if schema.get("format") == "uri" and isinstance(payload, str) and not _URI.fullmatch(payload):
        message = f"{payload[:80]!r} is not a 'uri'"
        found.append({"path": path, "keyword": "format", "message": message, "schema_path": "", "severity": "error"})
    if isinstance(payload, dict):
        for name, subschema in schema.get("properties", {}).items():
            if name in payload and isinstance(subschema, dict):
                found += format_problems(subschema, payload[name], f"{path}.{name}")
    if isinstance(payload, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(payload):
            found += format_problems(schema["items"], item, f"{path}[{index}]")
    return found
