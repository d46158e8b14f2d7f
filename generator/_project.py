"""Where things live in the repository, and the entries of ``specs/specs.toml``.

The entry format is documented in README.md ("What a spec entry holds") and docs/overlays.md.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator._errors import GeneratorError

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: A property path in a request body: ``text``, ``voice_setting.voice_id``, ``speakers[0].preset``.
_FIELD_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[0\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[0\])?)*$")
_METHODS = {"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}
_SPEC_KEYS = {"name", "api", "url", "source", "package", "prefix", "overlays", "sha256", "vocabulary", "serves"}
#: Facade words an entry (or a [vocabulary.*] table) may map to a field path of its spec.
WORDS = ("text", "voice", "format", "speed", "instructions", "sample_rate")
#: The facade's format names (OpenAI's ``response_format`` values).
FORMAT_NAMES = ("mp3", "opus", "aac", "flac", "wav", "pcm")

GENERATED_ROOT_PACKAGE = "tts_sdk_generated"


@dataclass(frozen=True)
class ApiDefaults:
    """What every spec of one HTTP API shares: its operation, overlays and the facade provider serving it."""

    name: str
    method: str
    path: str
    overlays: tuple[str, ...]
    provider: str


@dataclass(frozen=True)
class Vocabulary:
    """Where a spec keeps the facade's words, and how a facade format maps onto its format field(s).

    ``fields`` maps a word (``text``, ``voice``...) to a dotted path, or ``None`` for "this spec has none";
    a word left out is inferred from the schema. ``format`` may span several fields (Deepgram's
    ``encoding`` + ``container``). ``formats`` maps a facade format to the values of those fields.
    """

    fields: dict[str, str | None] = field(default_factory=dict)
    format_fields: tuple[str, ...] | None = None
    formats: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class SpecEntry:
    """One ``[[spec]]`` entry: a document and the package generated from it."""

    name: str
    api: ApiDefaults
    package: str
    prefix: str
    overlays: tuple[str, ...]
    url: str | None
    source: str | None
    sha256: str | None
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    serves: tuple[str, ...] | None = None
    line: int = 0
    prefix_declared: bool = True

    @property
    def all_overlays(self) -> tuple[str, ...]:
        """The API's overlays, then the entry's own, in the order they are applied."""
        return self.api.overlays + self.overlays

    @property
    def where(self) -> str:
        """``specs/specs.toml:LINE (spec 'name')``, for messages."""
        return f"specs/specs.toml:{self.line} (spec {self.name!r})"


@dataclass(frozen=True)
class Project:
    """The repository layout the generator reads and writes."""

    root: Path

    @property
    def specs_file(self) -> Path:
        """``specs/specs.toml``."""
        return self.root / "specs" / "specs.toml"

    @property
    def downloads(self) -> Path:
        """Where downloaded spec bytes are kept (git-ignored)."""
        return self.root / "specs" / "downloaded"

    @property
    def overlays_dir(self) -> Path:
        """Overlay files fixing upstream defects."""
        return self.root / "overrides" / "overlays"

    @property
    def generated(self) -> Path:
        """The committed output folder."""
        return self.root / "generated"

    @property
    def readme(self) -> Path:
        """README.md, whose model table the generator writes."""
        return self.root / "README.md"

    @property
    def mirror(self) -> Path | None:
        """The offline mirror: ``$SPEC_MIRROR`` (empty: none), else ``../shared/spec-mirror`` when it exists."""
        configured = os.environ.get("SPEC_MIRROR")
        if configured is not None:
            return Path(configured) if configured else None
        default = self.root.parent / "shared" / "spec-mirror"
        return default if default.is_dir() else None

    def downloaded_path(self, entry: SpecEntry) -> Path:
        """The local copy of a published spec."""
        assert entry.url is not None
        suffix = Path(entry.url.split("?", 1)[0]).suffix or ".json"
        return self.downloads / f"{entry.name}{suffix}"

    def load_specs(self, *, pinned: bool = True) -> list[SpecEntry]:
        """Read and check ``specs/specs.toml``; with ``pinned``, every published entry must have its sha256."""
        try:
            text = self.specs_file.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise GeneratorError(f"{self.specs_file}: not found") from exc
        entries = parse_specs(text, pinned=pinned)
        for entry in entries:
            for overlay in entry.all_overlays:
                if not (self.overlays_dir / overlay).is_file():
                    raise GeneratorError(f"{entry.where}: overlay {overlay!r} not found in overrides/overlays/")
            if entry.source is not None and not (self.root / entry.source).is_file():
                raise GeneratorError(f"{entry.where}: source {entry.source!r} not found in the repository")
        return entries


def parse_specs(text: str, *, pinned: bool = True) -> list[SpecEntry]:
    """Parse the text of ``specs/specs.toml`` into checked entries (errors name the file and line)."""
    where = "specs/specs.toml"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GeneratorError(f"{where}: not valid TOML: {exc}") from exc
    lines = [number for number, line in enumerate(text.splitlines(), 1) if line.strip() == "[[spec]]"]
    apis = {name: _parse_api(name, table, where) for name, table in _tables(data, "api", where).items()}
    vocabularies = {
        name: _parse_vocabulary(table, f"{where}: [vocabulary.{name}]")
        for name, table in _tables(data, "vocabulary", where).items()
    }
    raw_specs = data.get("spec")
    if not isinstance(raw_specs, list) or not raw_specs:
        raise GeneratorError(f"{where}: no [[spec]] entries")
    entries = [
        _parse_spec(table, apis, vocabularies, lines[i] if i < len(lines) else 0, pinned)
        for i, table in enumerate(raw_specs)
    ]
    for attribute in ("name", "package", "prefix"):
        seen: dict[str, SpecEntry] = {}
        for entry in entries:
            value = getattr(entry, attribute)
            if value in seen:
                raise GeneratorError(
                    f"{entry.where}: {attribute} {value!r} is also the {attribute} of {seen[value].where}: "
                    f"give each entry its own {attribute}"
                )
            seen[value] = entry
    return entries


def _tables(data: dict[str, Any], key: str, where: str) -> dict[str, dict[str, Any]]:
    tables = data.get(key, {})
    if not isinstance(tables, dict) or not all(isinstance(value, dict) for value in tables.values()):
        raise GeneratorError(f"{where}: [{key}.NAME] must be tables")
    return tables


def _parse_api(name: str, table: dict[str, Any], where: str) -> ApiDefaults:
    operation = table.get("operation")
    parts = operation.split(" ", 1) if isinstance(operation, str) else []
    if len(parts) != 2 or parts[0] not in _METHODS or not parts[1].startswith("/"):
        raise GeneratorError(f"{where}: [api.{name}].operation must look like 'POST /v1/tts', got {operation!r}")
    provider = table.get("provider", name)
    if provider not in ("aiml", "openai"):
        raise GeneratorError(
            f"{where}: [api.{name}].provider must be 'aiml' (POST /v1/tts answered with a link or audio) or "
            f"'openai' (POST /audio/speech answered with audio), got {provider!r}"
        )
    overlays = _string_list(table.get("overlays", []), f"[api.{name}].overlays", where)
    return ApiDefaults(name, parts[0].lower(), parts[1], overlays, str(provider))


def _parse_vocabulary(table: dict[str, Any], here: str) -> Vocabulary:
    fields: dict[str, str | None] = {}
    format_fields: tuple[str, ...] | None = None
    formats: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if key == "format":
            paths = [value] if isinstance(value, str) else value
            if not isinstance(paths, list) or not paths or not all(_is_path(path) for path in paths):
                raise GeneratorError(f"{here}.format must be a field path or a list of them, got {value!r}")
            format_fields = tuple(paths)
        elif key in WORDS:
            if value == "" or value is False:
                fields[key] = None
            elif _is_path(value):
                fields[key] = value
            else:
                raise GeneratorError(
                    f"{here}.{key} must be a field path like 'voice' or 'voice_setting.voice_id' "
                    f'(or "" for none), got {value!r}'
                )
        elif key == "formats":
            if not isinstance(value, dict):
                raise GeneratorError(f"{here}.formats must be a table: facade format = value(s), got {value!r}")
            for name, mapped in value.items():
                if name not in FORMAT_NAMES:
                    raise GeneratorError(f"{here}.formats.{name}: not a facade format; use one of {FORMAT_NAMES}")
                formats[name] = mapped if isinstance(mapped, dict) else {"": mapped}
        else:
            raise GeneratorError(f"{here}: unknown key {key!r}; a vocabulary takes {(*WORDS, 'formats')}")
    for name, mapped in formats.items():
        if "" in mapped and format_fields is not None and len(format_fields) > 1:
            raise GeneratorError(f"{here}.formats.{name}: with several format fields give a table of their values")
    return Vocabulary(fields, format_fields, formats)


def _merge_vocabulary(base: Vocabulary, own: Vocabulary) -> Vocabulary:
    return Vocabulary(
        {**base.fields, **own.fields},
        own.format_fields if own.format_fields is not None else base.format_fields,
        {**base.formats, **own.formats},
    )


def _is_path(value: object) -> bool:
    return isinstance(value, str) and bool(_FIELD_PATH.match(value))


def _parse_spec(
    table: dict[str, Any],
    apis: dict[str, ApiDefaults],
    vocabularies: dict[str, Vocabulary],
    line: int,
    pinned: bool,
) -> SpecEntry:
    here = f"specs/specs.toml:{line}"

    def text(key: str, pattern: re.Pattern[str] | None = None, *, required: bool = True) -> str | None:
        value = table.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
            rule = f" matching {pattern.pattern}" if pattern is not None else ""
            raise GeneratorError(f"{here}: {key} must be a string{rule}, got {value!r}")
        return value

    name = str(text("name", _NAME))
    here = f"specs/specs.toml:{line} (spec {name!r})"
    unknown = sorted(set(table) - _SPEC_KEYS - set(WORDS) - {"formats"})
    if unknown:
        raise GeneratorError(f"{here}: unknown key {unknown[0]!r}; an entry takes {sorted(_SPEC_KEYS | set(WORDS))}")
    api_name = str(text("api"))
    if api_name not in apis:
        raise GeneratorError(f"{here}: api {api_name!r} has no [api.{api_name}] table")
    url = text("url", required=False)
    source = text("source", required=False)
    if (url is None) == (source is None):
        raise GeneratorError(f"{here}: needs exactly one of url (published) or source (in this repository)")
    sha256 = text("sha256", _SHA256, required=False)
    if pinned and url is not None and sha256 is None:
        raise GeneratorError(f"{here}: has no sha256 pin yet: run `make update-specs` to download and pin it")
    vocabulary = Vocabulary()
    family = text("vocabulary", required=False)
    if family is not None:
        if family not in vocabularies:
            raise GeneratorError(f"{here}: vocabulary {family!r} has no [vocabulary.{family}] table")
        vocabulary = vocabularies[family]
    own = {key: table[key] for key in (*WORDS, "formats") if key in table}
    if own:
        vocabulary = _merge_vocabulary(vocabulary, _parse_vocabulary(own, here))
    serves = table.get("serves")
    if serves is not None and (not isinstance(serves, list) or not all(isinstance(m, str) for m in serves)):
        raise GeneratorError(f"{here}: serves must be a list of model ids, got {serves!r}")
    package = text("package", _PACKAGE, required=False) or re.sub(r"[^a-z0-9]+", "_", f"{api_name}_{name}")
    prefix = text("prefix", _PREFIX, required=False) or "".join(
        part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part
    )
    return SpecEntry(
        name=name,
        api=apis[api_name],
        package=package,
        prefix=prefix,
        overlays=_string_list(table.get("overlays", []), f"{here}: overlays", ""),
        url=url,
        source=source,
        sha256=sha256,
        vocabulary=vocabulary,
        serves=tuple(serves) if serves is not None else None,
        line=line,
        prefix_declared="prefix" in table,
    )


def _string_list(value: object, here: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise GeneratorError(f"{where + ': ' if where else ''}{here} must be a list of file names, got {value!r}")
    return tuple(value)
