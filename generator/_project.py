"""Where things live in the repository, and the entries of ``specs/specs.toml``.

The entry format is documented in README.md ("What a spec entry holds") and docs/overlays.md.
"""

from __future__ import annotations

import json
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
#: A parameter of the operation: ``query:output_format``, ``path:voice_id``, ``header:Cartesia-Version``.
_PARAMETER = re.compile(r"^(query|path|header):[^\s:]+$")
_METHODS = {"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}
_SPEC_KEYS = {"name", "api", "url", "source", "package", "prefix", "overlays", "sha256", "vocabulary", "serves"}
#: Facade words an entry (or a [vocabulary.*] table) may map to a field path of its spec.
WORDS = ("model", "text", "voice", "format", "speed", "instructions", "sample_rate")
#: The facade's format names (OpenAI's ``response_format`` values).
FORMAT_NAMES = ("mp3", "opus", "aac", "flac", "wav", "pcm")

GENERATED_ROOT_PACKAGE = "tts_sdk_generated"


#: The roles an operation plays for the facade: ``create`` (the audio, whole), ``stream`` (the audio as it is
#: made; default: the create operation, its answer read as it arrives), ``events`` (server-sent events).
ROLES = ("create", "stream", "events")
#: What an API answers its create operation with.
ANSWERS = ("audio", "audio-or-link")
_AUTH_KEYS = {"header", "scheme"}
_EVENT_KEYS = {"operation", "body", "type", "delta", "audio", "done", "usage", "error", "message", "not_for"}
_API_KEYS = {"operation", "stream", "events", "overlays", "base_url", "auth", "key_env", "base_url_env", "answer",
             "error", "invalid_status", "any_model"}  # fmt: skip
_PROVIDER_KEYS = {"api", "base_url", "auth", "key_env", "base_url_env"}
#: The error body of an API when its table gives none: OpenAI's shape. The placeholders: ``{message}``, ``{type}``,
#: ``{code}`` (a short string, or null), ``{status}`` (the HTTP status), ``{param}`` (the JSON path of the first
#: problem, or null), ``{request_id}``.
DEFAULT_ERROR = {"error": {"message": "{message}", "type": "{type}", "code": "{code}", "param": "{param}"}}


@dataclass(frozen=True)
class Operation:
    """One operation an API's table names: its role, method (lower case) and path, and the body fields the role
    sets (OpenAI's events are its create operation with ``stream_format: "sse"``)."""

    role: str
    method: str
    path: str
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """``POST /v1/tts``."""
        return f"{self.method.upper()} {self.path}"


@dataclass(frozen=True)
class Auth:
    """How the key is sent: ``header: <scheme> <key>``, or the key alone when ``scheme`` is None."""

    header: str = "Authorization"
    scheme: str | None = "Bearer"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"header": self.header, "scheme": self.scheme}


@dataclass(frozen=True)
class ApiDefaults:
    """What every spec of one HTTP API shares, from its ``[api.NAME]`` table: the operations the SDK uses, the
    overlays, and the API's shape (base URL, how the key is sent, what it answers, its error and event bodies)."""

    name: str
    operations: tuple[Operation, ...]
    overlays: tuple[str, ...] = ()
    base_url: str | None = None
    auth: Auth = field(default_factory=Auth)
    key_env: str = ""
    base_url_env: str = ""
    answer: str = "audio"
    error: dict[str, Any] = field(default_factory=lambda: dict(DEFAULT_ERROR))
    invalid_status: int = 400
    events: dict[str, Any] | None = None
    any_model: bool = False

    @property
    def create(self) -> Operation:
        """The create operation (every API has one)."""
        return self.operations[0]

    @property
    def method(self) -> str:
        """The create operation's method, lower case."""
        return self.create.method

    @property
    def path(self) -> str:
        """The create operation's path."""
        return self.create.path

    def as_dict(self) -> dict[str, Any]:
        """The catalog's record of the API (``base_url`` filled in from the documents when the table has none)."""
        return {
            "operations": {op.role: {"method": op.method.upper(), "path": op.path,
                                     **({"body": op.body} if op.body else {})} for op in self.operations},
            "base_url": self.base_url,
            "auth": self.auth.as_dict(),
            "key_env": self.key_env,
            "base_url_env": self.base_url_env,
            "answer": self.answer,
            "error": self.error,
            "invalid_status": self.invalid_status,
            **({"events": self.events} if self.events is not None else {}),
            "any_model": self.any_model,
        }  # fmt: skip


@dataclass(frozen=True)
class Router:
    """A ``[provider.NAME]`` table: a service that speaks an API at its own base URL, with its own key."""

    name: str
    api: str
    base_url: str
    auth: Auth
    key_env: str
    base_url_env: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"api": self.api, "base_url": self.base_url, "auth": self.auth.as_dict(), "key_env": self.key_env,
                "base_url_env": self.base_url_env}  # fmt: skip


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
    #: the words the entry itself declares: one its spec lacks is an error (a typo). A word a shared
    #: ``[vocabulary.*]`` table declares and one spec lacks (an older version) is absent from that spec.
    strict: frozenset[str] = frozenset()


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
    apis = parse_apis(data, where)
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


def parse_apis(data: dict[str, Any], where: str = "specs/specs.toml") -> dict[str, ApiDefaults]:
    """Every ``[api.NAME]`` table, checked, in the file's order (the order routing asks them in)."""
    return {_provider_name(name, f"{where}: [api.{name}]"): _parse_api(name, table, where)
            for name, table in _tables(data, "api", where).items()}  # fmt: skip


def _provider_name(name: str, here: str) -> str:
    """An API or provider name: ``<name>_api_key`` is an argument of the client, so a lower-case identifier."""
    if not re.match(r"^[a-z][a-z0-9_]*$", name):
        raise GeneratorError(f"{here}: the name must be a lower-case identifier (it makes {name}_api_key=)")
    return name


def parse_routers(text: str, apis: dict[str, ApiDefaults] | None = None) -> list[Router]:
    """Every ``[provider.NAME]`` table of ``specs/specs.toml`` (services speaking one of its APIs), checked."""
    where = "specs/specs.toml"
    data = tomllib.loads(text)
    apis = parse_apis(data, where) if apis is None else apis
    routers = []
    for name, table in _tables(data, "provider", where).items():
        here = f"{where}: [provider.{name}]"
        _provider_name(name, here)
        _known_keys(table, _PROVIDER_KEYS, here)
        if name in apis:
            raise GeneratorError(f"{here}: {name!r} is an [api.{name}] already (every API is its own provider)")
        api = table.get("api")
        if api not in apis:
            raise GeneratorError(f"{here}.api must name an [api.*] table ({', '.join(apis)}), got {api!r}")
        base_url = _url(table.get("base_url"), f"{here}.base_url")
        if base_url is None:
            raise GeneratorError(f"{here}.base_url is required: where the service answers")
        key_env, base_url_env = _environment(name, table, here)
        routers.append(Router(name, str(api), base_url, _auth(table.get("auth"), here), key_env, base_url_env))
    return routers


def _parse_api(name: str, table: dict[str, Any], where: str) -> ApiDefaults:
    here = f"{where}: [api.{name}]"
    if "provider" in table:
        raise GeneratorError(
            f"{here}.provider: the API's shape is said by its own keys now (answer, auth, events, ...): drop it"
        )
    _known_keys(table, _API_KEYS, here)
    operations = [Operation("create", *_operation(table.get("operation"), f"{here}.operation"))]
    if "stream" in table:
        operations.append(Operation("stream", *_operation(table["stream"], f"{here}.stream")))
    events = table.get("events")
    if events is not None:
        events = _events(events, operations[0], f"{here}.events")
        method, path = _operation(events.pop("operation"), f"{here}.events.operation")
        operations.append(Operation("events", method, path, events.pop("body")))
    answer = table.get("answer", "audio")
    if answer not in ANSWERS:
        raise GeneratorError(f"{here}.answer must be one of {ANSWERS}, got {answer!r}")
    error = table.get("error", DEFAULT_ERROR)
    if not isinstance(error, dict) or "{message}" not in json.dumps(error):
        raise GeneratorError(
            f'{here}.error must be a table holding "{{message}}" where the message goes, got {error!r}'
        )
    invalid_status = table.get("invalid_status", 400)
    if not isinstance(invalid_status, int) or isinstance(invalid_status, bool) or not 400 <= invalid_status < 500:
        raise GeneratorError(f"{here}.invalid_status must be a 4xx status, got {invalid_status!r}")
    any_model = table.get("any_model", False)
    if not isinstance(any_model, bool):
        raise GeneratorError(f"{here}.any_model must be true or false, got {any_model!r}")
    key_env, base_url_env = _environment(name, table, here)
    return ApiDefaults(
        name=name,
        operations=tuple(operations),
        overlays=_string_list(table.get("overlays", []), f"[api.{name}].overlays", where),
        base_url=_url(table.get("base_url"), f"{here}.base_url"),
        auth=_auth(table.get("auth"), here),
        key_env=key_env,
        base_url_env=base_url_env,
        answer=str(answer),
        error=error,
        invalid_status=invalid_status,
        events=events,
        any_model=any_model,
    )


def _known_keys(table: dict[str, Any], known: set[str], here: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise GeneratorError(f"{here}: unknown key {unknown[0]!r}; it takes {', '.join(sorted(known))}")


def _operation(value: object, here: str) -> tuple[str, str]:
    parts = value.split(" ", 1) if isinstance(value, str) else []
    if len(parts) != 2 or parts[0] not in _METHODS or not parts[1].startswith("/"):
        raise GeneratorError(f"{here} must look like 'POST /v1/tts', got {value!r}")
    return parts[0].lower(), parts[1]


def _events(value: object, create: Operation, here: str) -> dict[str, Any]:
    """An events table: the operation (default: create's), the body fields it sets, and the event shape."""
    if not isinstance(value, dict):
        raise GeneratorError(f"{here} must be a table (operation, body, type, delta, audio, done, ...), got {value!r}")
    _known_keys(value, _EVENT_KEYS, here)
    for key in ("delta", "audio", "done"):
        if not isinstance(value.get(key), str):
            raise GeneratorError(f"{here}.{key} is required: a string (the event type, or the field of the audio)")
    for key in ("type", "usage", "error", "message"):
        if key in value and not isinstance(value[key], str):
            raise GeneratorError(f"{here}.{key} must be a string, got {value[key]!r}")
    body = value.get("body", {})
    if not isinstance(body, dict):
        raise GeneratorError(f"{here}.body must be a table of body fields the events request sets, got {body!r}")
    not_for = value.get("not_for", [])
    if not isinstance(not_for, list) or not all(isinstance(model, str) for model in not_for):
        raise GeneratorError(f"{here}.not_for must be a list of model ids that stream no events, got {not_for!r}")
    return {"operation": value.get("operation", create.label), "body": body, "type": value.get("type", "type"),
            **{key: value[key] for key in ("delta", "audio", "done", "usage", "error", "message") if key in value},
            **({"not_for": not_for} if not_for else {})}  # fmt: skip


def _auth(value: object, here: str) -> Auth:
    if value is None:
        return Auth()
    if not isinstance(value, dict) or not isinstance(value.get("header"), str) or not value["header"]:
        raise GeneratorError(f'{here}.auth must be a table like {{ header = "Authorization", scheme = "Bearer" }}')
    _known_keys(value, _AUTH_KEYS, f"{here}.auth")
    scheme = value.get("scheme")
    if scheme is not None and (not isinstance(scheme, str) or not scheme or " " in scheme):
        raise GeneratorError(f"{here}.auth.scheme must be one word (Bearer, Token), got {scheme!r}")
    return Auth(value["header"], scheme)


def _url(value: object, here: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.match(r"^https?://[^/\s]+(/\S*)?$", value):
        raise GeneratorError(f"{here} must be an http(s) URL, got {value!r}")
    return value.rstrip("/")


def _environment(name: str, table: dict[str, Any], here: str) -> tuple[str, str]:
    stem = re.sub(r"[^A-Z0-9]+", "_", name.upper())
    names = []
    for key, default in (("key_env", f"{stem}_API_KEY"), ("base_url_env", f"{stem}_BASE_URL")):
        value = table.get(key, default)
        if not isinstance(value, str) or not re.match(r"^[A-Z_][A-Z0-9_]*$", value):
            raise GeneratorError(f"{here}.{key} must be an environment variable name, got {value!r}")
        names.append(value)
    return names[0], names[1]


def _parse_vocabulary(table: dict[str, Any], here: str) -> Vocabulary:
    fields: dict[str, str | None] = {}
    format_fields: tuple[str, ...] | None = None
    formats: dict[str, dict[str, Any]] = {}
    for key, value in table.items():
        if key == "format" and value == "":
            format_fields = ()  # declared: the spec has no format field
        elif key == "format":
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
        frozenset(own.fields) | ({"format"} if own.format_fields is not None or own.formats else set()),
    )


def _is_path(value: object) -> bool:
    return isinstance(value, str) and bool(_FIELD_PATH.match(value) or _PARAMETER.match(value))


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
