"""What an ``update-specs`` run changes, said once and rendered twice: text for the terminal, Markdown for review.

Four sections: each changed spec's document (after the overlays and repairs; upstream changes they undo are
``absorbed``), what changes for facade callers per model (words, voices, formats, limits, and payloads whose
validation verdict flips), the generated packages' public API, and entries whose words the catalog could not
place. Every line has a class; ``breaking`` and ``notice`` are what ``FAIL_ON`` counts.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from generator._apidiff import ApiChange
from generator._project import WORDS, SpecEntry
from generator._specdiff import CLASSES, Change, diff

#: Words a user passes to ``client.speech.create`` beside the model: where the catalog places each one.
_WORDS = tuple(word for word in WORDS if word != "model")
_PLACED_WORDS = ("text", "voice", "format")
_MARKDOWN_CLASS = {"breaking": "**breaking**"}


class Line:
    """One entry of the report: its class (``breaking``, ``notice``, ``compatible``, ``absorbed``, ``warning``),
    where it applies, and what it says."""

    __slots__ = ("message", "severity", "where")

    def __init__(self, severity: str, where: str, message: str) -> None:
        self.severity, self.where, self.message = severity, where, message


class Section:
    """A titled list of lines; ``empty`` is what it says when it has none."""

    __slots__ = ("empty", "lines", "title")

    def __init__(self, title: str, lines: list[Line], empty: str = "no change") -> None:
        self.title, self.lines, self.empty = title, lines, empty


class Report:
    """Every section of one run."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.sections: list[Section] = []

    def severities(self) -> list[str]:
        """The class of every line (what ``FAIL_ON`` is checked against)."""
        return [line.severity for section in self.sections for line in section.lines]

    def text(self) -> str:
        """For the terminal."""
        out: list[str] = []
        for section in self.sections:
            out.append(f"{section.title}:" + ("" if section.lines else f" {section.empty}"))
            out += [f"  {line.severity.upper():<10} {line.where}: {line.message}" for line in section.lines]
        return "\n".join(out)

    def markdown(self) -> str:
        """For a pull request: one table per section."""
        counts = ", ".join(f"{self.severities().count(name)} {name}" for name in ("breaking", "notice", "absorbed"))
        out = [f"# {self.title}", "", f"{counts}."]
        for section in self.sections:
            out += ["", f"## {section.title}", ""]
            if not section.lines:
                out.append(f"{section.empty[:1].upper()}{section.empty[1:]}.")
                continue
            out += ["| class | where | change |", "| --- | --- | --- |"]
            for line in section.lines:
                severity = _MARKDOWN_CLASS.get(line.severity, line.severity)
                out.append(f"| {severity} | `{_cell(line.where)}` | {_cell(line.message)} |")
        return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def spec_section(entry: SpecEntry, previous: dict[str, Any] | None, current: dict[str, Any]) -> Section:
    """The changes to one spec's operations after the overlays and repairs, and the upstream ones they absorb."""
    from generator._normalize import operations  # noqa: PLC0415 - the pipeline is not on the no-op path

    if previous is None:
        added = Line("compatible", entry.where, f"added ({len(current['fixes'])} defects fixed by class)")
        return Section(f"{entry.name}: added", [added])
    used = [(operation.method, operation.path) for operation in operations(entry)]
    fixed = diff(previous["fixed"], current["fixed"], used)
    lines = [Line(change.severity, change.path, change.message) for change in fixed]
    lines += [
        Line("absorbed", change.path, f"{change.message} (upstream; the overlays and repairs undo it)")
        for change in absorbed(diff(previous["upstream"], current["upstream"], used), fixed)
    ]
    counts = ", ".join(f"{sum(line.severity == name for line in lines)} {name}" for name in CLASSES)
    return Section(f"{entry.name}: changed ({counts})", lines, "no change to the operations the SDK uses")


def absorbed(upstream: list[Change], fixed: list[Change]) -> list[Change]:
    """The upstream changes that no longer show once the overlays and repairs are applied to both versions."""
    kept = {(change.kind, change.path.rsplit(".", 1)[-1]) for change in fixed}
    return [change for change in upstream if (change.kind, change.path.rsplit(".", 1)[-1]) not in kept]


def facade_section(
    old_catalog: list[dict[str, Any]],
    new_catalog: list[dict[str, Any]],
    old_root: Path,
    new_root: Path,
    changed: list[SpecEntry],
) -> Section:
    """What changes for ``client.speech.create`` callers, per model of each changed spec (the catalogs' specs;
    the roots hold each package's request schema)."""
    old_specs = {spec["name"]: spec for spec in old_catalog}
    new_specs = {spec["name"]: spec for spec in new_catalog}
    lines: list[Line] = []
    for entry in changed:
        old, new = old_specs.get(entry.name), new_specs.get(entry.name)
        if old is None or new is None:
            continue
        lines += _model_lines(old, new)
        shared = [model for model in new["models"] if model in old["models"]] or [f"any model of {entry.name}"]
        label = shared[0] if len(shared) == 1 else f"{shared[0]} (+{len(shared) - 1} more of {entry.name})"
        lines += _word_lines(label, old["vocabulary"], new["vocabulary"])
        lines += _verdict_lines(label, old, new, old_root, new_root)
    return Section("for facade callers (client.speech.create, tts_sdk.validate)", lines)


def _model_lines(old: dict[str, Any], new: dict[str, Any]) -> list[Line]:
    gone = [model for model in old["models"] if model not in new["models"]]
    added = [model for model in new["models"] if model not in old["models"]]
    lines = [Line("breaking", model, f"no longer in {old['name']}: model={model!r} is routed elsewhere or unknown")
             for model in gone]  # fmt: skip
    lines += [Line("compatible", model, f"new in {new['name']}: model={model!r} can be called") for model in added]
    return lines


def _word_lines(label: str, old: dict[str, Any], new: dict[str, Any]) -> list[Line]:
    lines: list[Line] = []
    for word in _WORDS:
        before, after = _placed(old, word), _placed(new, word)
        if before and not after:
            lines.append(
                Line("breaking", label, f"`{word}=` is no longer taken: such calls raise UnsupportedParameterError")
            )
        elif after and not before:
            lines.append(Line("compatible", label, f"`{word}=` is now taken (sent as {after})"))
        elif before != after:
            lines.append(
                Line("compatible", label, f"`{word}=` is now sent as {after}, not {before} (nothing to change)")
            )
    for kind, key in (("voice", "voices"), ("format", "formats")):
        old_values, new_values = list(old.get(key) or []), list(new.get(key) or [])
        gone = [value for value in old_values if value not in new_values]
        added = [value for value in new_values if value not in old_values]
        if gone:
            shown = ", ".join(f"{kind}={value!r}" for value in gone[:8]) + (" ..." if len(gone) > 8 else "")
            lines.append(Line("breaking", label, f"{shown} no longer taken: such calls raise before sending"))
        if added:
            shown = ", ".join(repr(value) for value in added[:8]) + (" ..." if len(added) > 8 else "")
            lines.append(Line("compatible", label, f"new {kind}s: {shown}"))
    if old.get("text_limit") != new.get("text_limit"):
        severity = (
            "breaking" if (new.get("text_limit") or 1 << 62) < (old.get("text_limit") or 1 << 62) else "compatible"
        )
        lines.append(Line(severity, label, f"text limit {old.get('text_limit')} -> {new.get('text_limit')} characters"))
    for word in sorted(set(new.get("required", [])) - set(old.get("required", []))):
        lines.append(Line("breaking", label, f"`{word}` is now required"))
    for field, value in sorted((new.get("defaults") or {}).items()):
        previous = (old.get("defaults") or {}).get(field, value)
        if previous != value:
            lines.append(
                Line("notice", label, f"the API's default {field} {previous!r} -> {value!r}: calls omitting it change")
            )
    return lines


def _placed(vocabulary: dict[str, Any], word: str) -> str | None:
    if word == "format":
        fields = vocabulary.get("format") or []
        return " + ".join(fields) if fields and vocabulary.get("formats") else None
    value = vocabulary["fields"].get(word)
    return str(value) if value else None


def _verdict_lines(label: str, old: dict[str, Any], new: dict[str, Any], old_root: Path, new_root: Path) -> list[Line]:
    """Payloads valid against the old request schema and invalid against the new one (or the reverse): the
    smallest payload of each model, and one per voice and format value the old spec listed."""
    import jsonschema  # noqa: PLC0415 - a dev tool, like the generator

    old_schema = _json(old_root / old["package"] / "request.schema.json")
    new_schema = _json(new_root / new["package"] / "request.schema.json")
    if old_schema is None or new_schema is None:
        return []
    before, after = _validator(jsonschema, old_schema), _validator(jsonschema, new_schema)
    lines: list[Line] = []
    for description, payload in _probes(old):
        was, now = before.is_valid(payload), after.is_valid(payload)
        if was and not now:
            problem = min(after.iter_errors(payload), key=lambda error: len(error.absolute_path), default=None)
            why = f" ({problem.message})" if problem is not None else ""
            lines.append(Line("breaking", label, f"validation: {description} was valid, is now refused{why}"))
        elif now and not was:
            lines.append(Line("compatible", label, f"validation: {description} was refused, is now valid"))
    return lines


def _validator(jsonschema: Any, schema: dict[str, Any]) -> Any:
    return jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)(schema)


def _probes(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(what it is, payload): the minimal body of the spec's first model, then one per voice and format value."""
    vocabulary = spec["vocabulary"]
    fields = vocabulary["fields"]
    base: dict[str, Any] = {}
    model_field, text_field = fields.get("model"), fields.get("text")
    if model_field and ":" not in model_field and spec["models"]:
        base[model_field] = spec["models"][0]
    if text_field and ":" not in text_field:
        _set(base, text_field, "Hello there.")
    for name in vocabulary.get("required", []):
        path = fields.get(name) or name
        if ":" not in path and _get(base, path) is None:
            default = (vocabulary.get("defaults") or {}).get(path)
            values = (vocabulary.get("values") or {}).get(path) or []
            if default is not None or values:
                _set(base, path, default if default is not None else values[0])
    probes = [("the smallest payload", base)]
    voice = fields.get("voice")
    if voice and ":" not in voice:
        probes += [(f"voice {value!r}", _with(base, {voice: value})) for value in vocabulary.get("voices") or []]
    probes += [
        (f"format {name!r}", _with(base, assignment))
        for name, assignment in (vocabulary.get("formats") or {}).items()
        if all(":" not in path for path in assignment)
    ]
    return probes


def _with(base: dict[str, Any], assignment: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``base`` with each field path of ``assignment`` set to its value."""
    payload = copy.deepcopy(base)
    for path, value in assignment.items():
        _set(payload, path, value)
    return payload


def _set(payload: dict[str, Any], path: str, value: Any) -> None:
    """Set a dotted path (``voice_setting.voice_id``); a ``[0]`` step makes a one-item list."""
    parts = path.split(".")
    holder: Any = payload
    for part in parts[:-1]:
        name, _, index = part.partition("[")
        holder = holder.setdefault(name, [{}])[0] if index else holder.setdefault(name, {})
    name, _, index = parts[-1].partition("[")
    holder[name] = [value] if index else value


def _get(payload: dict[str, Any], path: str) -> Any:
    holder: Any = payload
    for part in path.split("."):
        name, _, index = part.partition("[")
        holder = holder.get(name) if isinstance(holder, dict) else None
        if index and isinstance(holder, list):
            holder = holder[0] if holder else None
    return holder


def placement_section(entries: list[SpecEntry], catalog: list[dict[str, Any]]) -> Section:
    """New or changed entries whose text, voice or format the catalog could not place, with the key to set."""
    specs = {spec["name"]: spec for spec in catalog}
    lines: list[Line] = []
    for entry in entries:
        spec = specs.get(entry.name)
        if spec is None:
            continue
        for word in _PLACED_WORDS:
            declared = word in entry.vocabulary.fields or (word == "format" and entry.vocabulary.format_fields == ())
            if _placed(spec["vocabulary"], word) is None and not declared:
                lines.append(
                    Line(
                        "warning",
                        entry.where,
                        f'the catalog cannot place `{word}`: set {word} = "<field path>" on the entry (or in its '
                        f'[vocabulary.*] table), or {word} = "" if the spec has none; until then '
                        f"`{word}=` raises UnsupportedParameterError",
                    )
                )
    return Section("words the catalog could not place", lines, "every word placed")


def api_section(changes: list[ApiChange]) -> Section:
    """The generated packages' public API (modules, classes, Literal values, functions, signatures)."""
    lines = [Line(change.severity, change.line.split(": ", 1)[0].strip(), change.line.split(": ", 1)[-1])
             for change in changes]  # fmt: skip
    return Section("public API of the generated packages", lines, "unchanged")


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
