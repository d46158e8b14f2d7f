"""What changed between two versions of a spec, in the terms a client author cares about.

Only the operations the SDK uses are compared (those its ``[api.*]`` tables name, or the ones asked for),
following ``$ref`` from them: the rest of a document, however large or broken, is never walked. Parameters are
compared as the request body is (a query enum value removed, a required header added, a path parameter renamed:
breaking). Each change has a JSON path and a class:

- ``breaking``: code written against the old spec may fail or silently behave differently;
- ``notice``: nothing fails, but clients may see something new;
- ``compatible``: nothing changes for existing clients;
- ``absorbed``: an upstream change the SDK's overlays and repairs undo (compared ``--after-overlays``).

Classes depend on direction: what breaks a request (a removed enum value) is harmless in a response, and the
reverse. A changed ``default`` is breaking for requests: every client that omits the field gets new behaviour.
"""

from __future__ import annotations

import json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

#: The operations compared when neither the caller nor a project's tables name any.
SDK_OPERATIONS = (("post", "/v1/tts"), ("post", "/audio/speech"), ("post", "/v1/audio/speech"))
#: ``absorbed`` (``--after-overlays``, update-specs): an upstream change the overlays and repairs undo.
CLASSES = ("breaking", "notice", "compatible", "absorbed")
_NARROWING = {
    "maxLength": "lowered",
    "maximum": "lowered",
    "maxItems": "lowered",
    "minLength": "raised",
    "minimum": "raised",
    "minItems": "raised",
}


class Change:
    """One difference: where it is, how it affects clients, and what it is."""

    __slots__ = ("kind", "message", "path", "severity")

    def __init__(self, path: str, severity: str, kind: str, message: str) -> None:
        self.path, self.severity, self.kind, self.message = path, severity, kind, message

    def as_dict(self) -> dict[str, str]:
        """JSON-ready."""
        return {"path": self.path, "class": self.severity, "kind": self.kind, "message": self.message}

    def __repr__(self) -> str:
        return f"Change({self.severity}, {self.kind}, {self.path})"


def load(data: bytes, origin: str) -> dict[str, Any]:
    """Parse a spec (JSON, or YAML when PyYAML is installed)."""
    text = data.decode("utf-8")
    if text.lstrip()[:1] == "{":
        document = json.loads(text)
    else:
        try:
            import yaml  # noqa: PLC0415 - only YAML specs need it
        except ImportError as exc:
            raise ValueError(f"{origin}: a YAML spec needs PyYAML (pip install pyyaml)") from exc
        document = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{origin}: not an OpenAPI document ($.paths missing)")
    return document


def diff(
    old: dict[str, Any],
    new: dict[str, Any],
    operations: list[tuple[str, str]] | None = None,
    known: Iterable[tuple[str, str]] = SDK_OPERATIONS,
) -> list[Change]:
    """Every change to the chosen operations (default: those of ``known`` present in either document)."""
    chosen = operations or [(m, p) for m, p in known if _operation(old, m, p) or _operation(new, m, p)]
    changes: list[Change] = []
    old_servers = [s.get("url") for s in old.get("servers", []) if isinstance(s, dict)]
    new_servers = [s.get("url") for s in new.get("servers", []) if isinstance(s, dict)]
    if old_servers != new_servers:
        changes.append(
            Change(
                "$.servers",
                "notice",
                "server-changed",
                f"server URL changed from {old_servers} to {new_servers}: the default base URL moves",
            )
        )
    for method, path in chosen:
        _Differ(old, new, changes).operation(method, path)
    used = {f"{method.upper()} {path}" for method, path in chosen}
    old_all, new_all = all_operations(old), all_operations(new)
    for name in sorted(old_all - new_all - used):
        changes.append(
            Change("$.paths", "notice", "other-operation-removed", f"{name} was removed (the SDK does not use it)")
        )
    for name in sorted(new_all - old_all - used):
        changes.append(
            Change("$.paths", "compatible", "other-operation-added", f"{name} was added (the SDK does not use it)")
        )
    return changes


#: Where a pruned document (a package snapshot) lists every operation the full document had.
ALL_OPERATIONS = "x-tts-sdk-all-operations"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def all_operations(document: dict[str, Any]) -> set[str]:
    """``METHOD /path`` of every operation in ``document`` (or the list a pruned snapshot kept)."""
    listed = document.get(ALL_OPERATIONS)
    if isinstance(listed, list):
        return {str(name) for name in listed}
    paths = document.get("paths", {})
    return {
        f"{method.upper()} {path}"
        for path, item in (paths.items() if isinstance(paths, dict) else [])
        if isinstance(item, dict)
        for method in item
        if method in _HTTP_METHODS
    }


def _operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    item = document.get("paths", {}).get(path)
    operation = item.get(method) if isinstance(item, dict) else None
    return operation if isinstance(operation, dict) else None


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], changes: list[Change]) -> None:
        self.old, self.new, self.changes = old, new, changes

    def add(self, path: str, severity: str, kind: str, message: str) -> None:
        self.changes.append(Change(path, severity, kind, message))

    def operation(self, method: str, path: str) -> None:
        where = f"$.paths[{path!r}].{method}"
        old, new = _operation(self.old, method, path), _operation(self.new, method, path)
        if old is None or new is None:
            if old is not None:
                self.add(where, "breaking", "path-removed", f"{method.upper()} {path} was removed")
            elif new is not None:
                self.add(where, "compatible", "path-added", f"{method.upper()} {path} was added")
            return
        if old.get("operationId") != new.get("operationId"):
            self.add(
                f"{where}.operationId",
                "breaking",
                "operation-renamed",
                f"operationId {old.get('operationId')!r} became {new.get('operationId')!r}: "
                "generated functions are renamed",
            )
        self._security(where, old, new)
        self._parameters(where, path, method)
        if sorted(old.get("tags") or []) != sorted(new.get("tags") or []):
            self.add(
                f"{where}.tags",
                "breaking",
                "tags-changed",
                f"tags {old.get('tags') or []} became {new.get('tags') or []}: generated modules move "
                "(api/<tag>/ instead of api/default/)",
            )
        old_body = _json_schema(old.get("requestBody"))
        new_body = _json_schema(new.get("requestBody"))
        body_path = f"{where}.requestBody.content['application/json'].schema"
        if old_body is not None and new_body is not None:
            self.schema(old_body, new_body, body_path, request=True, seen=())
        elif old_body is not None:
            self.add(body_path, "breaking", "request-body-removed", "the JSON request body was removed")
        self._responses(where, old.get("responses", {}), new.get("responses", {}))

    def _parameters(self, where: str, path: str, method: str) -> None:
        """Parameters, by location and name (headers case-insensitively): removed, added, made required or
        optional, and their schemas compared as request fields."""
        before, after = _parameters_of(self.old, path, method), _parameters_of(self.new, path, method)
        for key, old in before.items():
            label = f"{where}.parameters[{old.get('name')!r} in {key[0]}]"
            new = after.get(key)
            if new is None:
                self.add(label, "breaking", "parameter-removed",
                         f"{key[0]} parameter {old.get('name')!r} was removed: calls passing it break")  # fmt: skip
                continue
            was, now = bool(old.get("required")), bool(new.get("required"))
            if now and not was:
                self.add(label, "breaking", "made-required", f"{key[0]} parameter {old.get('name')!r} is now required")
            elif was and not now:
                self.add(label, "compatible", "made-optional",
                         f"{key[0]} parameter {old.get('name')!r} is now optional")  # fmt: skip
            self.schema(old.get("schema", {}), new.get("schema", {}), f"{label}.schema", request=True, seen=(),
                        was_required=was)  # fmt: skip
        for key, new in after.items():
            if key not in before:
                required = bool(new.get("required"))
                label = f"{where}.parameters[{new.get('name')!r} in {key[0]}]"
                message = f"{'required ' if required else ''}{key[0]} parameter {new.get('name')!r} was added"
                self.add(label, "breaking" if required else "compatible", "parameter-added", message)

    def _security(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        def schemes(document: dict[str, Any], operation: dict[str, Any]) -> set[str]:
            requirements = operation.get("security", document.get("security", []))
            return {name for requirement in requirements or [] for name in requirement}

        before, after = schemes(self.old, old), schemes(self.new, new)
        for name in sorted(before - after):
            self.add(
                f"{where}.security",
                "breaking",
                "security-removed",
                f"security requirement {name!r} was removed: generated clients may stop sending the key",
            )
        for name in sorted(after - before):
            self.add(
                f"{where}.security",
                "breaking",
                "security-added",
                f"security requirement {name!r} was added: requests without it will be refused",
            )

    def _responses(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_ok = sorted(code for code in old if str(code).startswith("2"))
        new_ok = sorted(code for code in new if str(code).startswith("2"))
        if old_ok != new_ok:
            self.add(
                f"{where}.responses",
                "breaking",
                "success-status-changed",
                f"success status {old_ok} became {new_ok}: generated parsers only read the statuses they know",
            )
        pairs = [(code, code) for code in sorted(set(old_ok) & set(new_ok))]
        if old_ok and new_ok and not pairs:
            pairs = [(old_ok[0], new_ok[0])]  # the status changed: compare what each success answers
        for old_code, code in pairs:
            path = f"{where}.responses[{code!r}].content"
            label = code if old_code == code else f"{old_code} -> {code}"
            old_content = self._resolve(old[old_code], self.old).get("content", {})
            new_content = self._resolve(new[code], self.new).get("content", {})
            for media in sorted(set(old_content) - set(new_content)):
                self.add(
                    f"{path}[{media!r}]", "breaking", "media-type-removed", f"{label} response no longer offers {media}"
                )
            for media in sorted(set(new_content) - set(old_content)):
                self.add(f"{path}[{media!r}]", "notice", "media-type-added", f"{label} response may now be {media}")
            for media in sorted(set(old_content) & set(new_content)):
                old_schema, new_schema = old_content[media].get("schema"), new_content[media].get("schema")
                if isinstance(old_schema, dict) and isinstance(new_schema, dict):
                    self.schema(old_schema, new_schema, f"{path}[{media!r}].schema", request=False, seen=())

    def _resolve(self, node: Any, document: dict[str, Any]) -> dict[str, Any]:
        """Follow local ``$ref``s (components/...); a missing target resolves to an empty schema."""
        hops = 0
        while isinstance(node, dict) and "$ref" in node and hops < 32:
            target: Any = document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            node, hops = target, hops + 1
        return node if isinstance(node, dict) else {}

    def schema(
        self,
        old_raw: Any,
        new_raw: Any,
        path: str,
        *,
        request: bool,
        seen: tuple[str, ...],
        was_required: bool = False,
    ) -> None:
        refs = tuple(str(raw["$ref"]) for raw in (old_raw, new_raw) if isinstance(raw, dict) and "$ref" in raw)
        if refs and refs in [seen[i : i + len(refs)] for i in range(len(seen))]:
            return  # recursive schema: already being compared on this branch
        old, new = self._resolve(old_raw, self.old), self._resolve(new_raw, self.new)
        seen = seen + refs
        side = "request" if request else "response"
        if _types(old) != _types(new) and _types(old) and _types(new):
            self.add(
                f"{path}.type",
                "breaking",
                "type-changed",
                f"{side} type {sorted(_types(old))} became {sorted(_types(new))}",
            )
        self._enum(old, new, path, request)
        self._limits(old, new, path, request)
        if ("default" in old or "default" in new) and old.get("default") != new.get("default"):
            if request and was_required:
                severity = "compatible"
                why = ": the field was required, so every existing client sends it"
            elif request:
                severity, why = "breaking", ": every client that omits the field gets the new behaviour"
            else:
                severity, why = "notice", ""
            self.add(
                f"{path}.default",
                severity,
                "default-changed",
                f"default {old.get('default')!r} became {new.get('default')!r}{why}",
            )
        self._properties(old, new, path, request, seen)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(old["items"], new["items"], f"{path}.items", request=request, seen=seen)
        for combinator in ("anyOf", "oneOf", "allOf"):
            old_list, new_list = old.get(combinator), new.get(combinator)
            if isinstance(old_list, list) and isinstance(new_list, list) and len(old_list) == len(new_list):
                for index, (a, b) in enumerate(zip(old_list, new_list, strict=True)):
                    self.schema(a, b, f"{path}.{combinator}[{index}]", request=request, seen=seen)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], path: str, request: bool) -> None:
        if "enum" not in old and "enum" not in new:
            return
        if "enum" not in new:
            self.add(
                f"{path}.enum", "compatible" if request else "notice", "enum-removed", "the enum constraint was lifted"
            )
            return
        if "enum" not in old:
            self.add(
                f"{path}.enum",
                "breaking" if request else "compatible",
                "enum-added",
                f"values now limited to {new['enum']}",
            )
            return
        removed = [value for value in old["enum"] if value not in new["enum"]]
        added = [value for value in new["enum"] if value not in old["enum"]]
        for value in removed:
            self.add(
                f"{path}.enum",
                "breaking" if request else "compatible",
                "enum-value-removed",
                f"value {value!r} removed",
            )
        for value in added:
            self.add(
                f"{path}.enum", "compatible" if request else "notice", "enum-value-added", f"value {value!r} added"
            )

    def _limits(self, old: dict[str, Any], new: dict[str, Any], path: str, request: bool) -> None:
        for key, narrowing in _NARROWING.items():
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if before is None or after is None:
                narrowed = before is None  # a limit appearing narrows; one disappearing widens
            else:
                narrowed = (after < before) if narrowing == "lowered" else (after > before)
            verb = "narrowed" if narrowed else "widened"
            severity = (
                ("breaking" if narrowed else "compatible") if request else ("compatible" if narrowed else "notice")
            )
            self.add(f"{path}.{key}", severity, f"limit-{verb}", f"{key} {before!r} became {after!r} ({verb})")

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], path: str, request: bool, seen: tuple[str, ...]
    ) -> None:
        old_props, new_props = old.get("properties", {}), new.get("properties", {})
        old_req, new_req = set(old.get("required", [])), set(new.get("required", []))
        if not isinstance(old_props, dict) or not isinstance(new_props, dict):
            return
        for name in old_props:
            if name not in new_props:
                self.add(
                    f"{path}.properties.{name}",
                    "breaking",
                    "property-removed",
                    f"{'request' if request else 'response'} property {name!r} removed",
                )
        for name in new_props:
            if name not in old_props:
                required = name in new_req
                # A required response property is a new required argument of the generated model's constructor.
                severity = "breaking" if request and required else "notice" if required else "compatible"
                label = "required " if required else ""
                self.add(
                    f"{path}.properties.{name}",
                    severity,
                    "property-added",
                    f"{'request' if request else 'response'} {label}property {name!r} added",
                )
        for name in new_props:
            if name in old_props:
                if name not in old_req and name in new_req:
                    self.add(
                        f"{path}.required",
                        "breaking" if request else "notice",
                        "made-required",
                        f"property {name!r} is now required",
                    )
                elif name in old_req and name not in new_req:
                    self.add(
                        f"{path}.required",
                        "compatible" if request else "breaking",
                        "made-optional",
                        f"property {name!r} is now optional",
                    )
                self.schema(
                    old_props[name],
                    new_props[name],
                    f"{path}.properties.{name}",
                    request=request,
                    seen=seen,
                    was_required=name in old_req,
                )


def _parameters_of(document: dict[str, Any], path: str, method: str) -> dict[tuple[str, str], dict[str, Any]]:
    """An operation's parameters by (location, name), resolved, merged with its path item's (the operation's
    win); header names compared in lower case, as HTTP has them."""
    item = document.get("paths", {}).get(path, {})
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item.get("parameters"), (item.get(method) or {}).get("parameters")):
        for raw in source if isinstance(source, list) else []:
            parameter = raw
            for _ in range(8):
                if not (isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str)):
                    break
                target: Any = document
                for part in parameter["$ref"].removeprefix("#/").split("/"):
                    target = target.get(part, {}) if isinstance(target, dict) else {}
                parameter = target
            if isinstance(parameter, dict) and isinstance(parameter.get("name"), str):
                location = str(parameter.get("in"))
                name = parameter["name"].lower() if location == "header" else parameter["name"]
                found[(location, name)] = parameter
    return found


def _json_schema(body: Any) -> Any:
    if not isinstance(body, dict):
        return None
    content = body.get("content", {})
    media = content.get("application/json") if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def _types(schema: dict[str, Any]) -> set[str]:
    kind = schema.get("type")
    return {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()


def render(changes: list[Change], style: str, title: str = "") -> str:
    """Changes as ``text``, ``json`` or ``markdown``, breaking first."""
    ordered = sorted(changes, key=lambda change: (CLASSES.index(change.severity), change.path))
    if style == "json":
        return json.dumps({"title": title, "changes": [change.as_dict() for change in ordered]}, indent=2)
    counts = ", ".join(f"{sum(c.severity == name for c in changes)} {name}" for name in CLASSES)
    if style == "markdown":
        lines = [f"### {title or 'Spec changes'} ({counts})", "", "| class | change | where |", "| --- | --- | --- |"]
        lines += [f"| {c.severity} | {c.message} | `{c.path}` |" for c in ordered]
        return "\n".join(lines if changes else [*lines[:1], "", "No changes to the operations the SDK uses."])
    lines = [f"{title + ': ' if title else ''}{counts}"]
    lines += [f"  {c.severity.upper():<10} {c.path}: {c.message}" for c in ordered]
    return "\n".join(lines)


def fails(severities: Iterable[str], fail_on: str | None) -> bool:
    """True when ``--fail-on`` / ``FAIL_ON`` (``breaking`` or ``notice``) asks to fail for changes of these
    classes: the one rule of ``spec-diff`` and ``update-specs``."""
    if fail_on is None:
        return False
    worst = CLASSES[: CLASSES.index(fail_on) + 1]
    return any(severity in worst for severity in severities)
