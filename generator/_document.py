"""Turn fetched bytes into an OpenAPI document, or say precisely why they are not one."""

from __future__ import annotations

import json
import re
from typing import Any

from generator._errors import GeneratorError

_OPENAPI_3 = re.compile(r"^3\.\d+(\.\d+)?$")

Document = dict[str, Any]


def parse_document(data: bytes, origin: str, *, yaml_allowed: bool = False) -> Document:
    """Parse ``data`` as JSON (or YAML when allowed) and check it is an OpenAPI 3.x document."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GeneratorError(f"{origin}: not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})") from exc
    stripped = text.lstrip()
    if stripped[:1] == "<":
        snippet = stripped[:40].splitlines()[0]
        raise GeneratorError(f"{origin}: got HTML or XML ({snippet!r}), not an OpenAPI JSON document")
    if yaml_allowed and stripped[:1] != "{":
        document = _load_yaml(text, origin)
    else:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            closer = {"{": "}", "[": "]"}.get(stripped[:1], "")
            ended_early = bool(closer) and not text.rstrip().endswith(closer)
            hint = f"; the bytes end without the closing {closer!r}: truncated download?" if ended_early else ""
            raise GeneratorError(
                f"{origin}: not valid JSON ({len(data)} bytes): {exc.msg} (line {exc.lineno}, column {exc.colno}){hint}"
            ) from exc
    check_openapi(document, origin)
    return document  # type: ignore[no-any-return]


def _load_yaml(text: str, origin: str) -> Any:
    import yaml  # noqa: PLC0415 - only the hand-written YAML sources need it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise GeneratorError(f"{origin}: not valid YAML: {exc}") from exc


def check_openapi(document: object, origin: str) -> None:
    """Raise a :class:`GeneratorError` naming the JSON path unless ``document`` is OpenAPI 3.x."""
    if not isinstance(document, dict):
        raise GeneratorError(f"{origin}: $: expected an object (an OpenAPI document), got {_kind(document)}")
    version = document.get("openapi")
    if version is None:
        if "swagger" in document:
            raise GeneratorError(f"{origin}: $.swagger: Swagger {document['swagger']} is not OpenAPI 3.x")
        raise GeneratorError(f"{origin}: $.openapi: missing: this JSON is not an OpenAPI document")
    if not isinstance(version, str) or not _OPENAPI_3.match(version):
        raise GeneratorError(f"{origin}: $.openapi: expected a 3.x version string, got {version!r}")
    info = document.get("info")
    if not isinstance(info, dict):
        raise GeneratorError(f"{origin}: $.info: expected an object, got {_kind(info)}")
    for key in ("title", "version"):
        if not isinstance(info.get(key), str):
            raise GeneratorError(f"{origin}: $.info.{key}: expected a string, got {_kind(info.get(key))}")
    paths = document.get("paths")
    if not isinstance(paths, dict):
        raise GeneratorError(f"{origin}: $.paths: expected an object, got {_kind(paths)}")
    for path, item in paths.items():
        if not path.startswith("/"):
            raise GeneratorError(f"{origin}: $.paths[{path!r}]: a path must start with '/'")
        if not isinstance(item, dict):
            raise GeneratorError(f"{origin}: $.paths[{path!r}]: expected an object, got {_kind(item)}")


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )
