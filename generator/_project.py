"""Where things live in the repository, and the spec entries of ``specs/specs.toml``."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator._errors import GeneratorError

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_METHODS = {"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}

GENERATED_ROOT_PACKAGE = "tts_sdk_generated"


@dataclass(frozen=True)
class ApiDefaults:
    """What every spec of one HTTP API shares."""

    name: str
    method: str
    path: str
    overlays: tuple[str, ...]


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

    @property
    def all_overlays(self) -> tuple[str, ...]:
        """The API's overlays, then the entry's own, in the order they are applied."""
        return self.api.overlays + self.overlays


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

    def load_specs(self) -> list[SpecEntry]:
        """Read and check ``specs/specs.toml``."""
        try:
            data = tomllib.loads(self.specs_file.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise GeneratorError(f"{self.specs_file}: not found") from exc
        except tomllib.TOMLDecodeError as exc:
            raise GeneratorError(f"{self.specs_file}: not valid TOML: {exc}") from exc
        apis = {name: _parse_api(name, table, self.specs_file) for name, table in data.get("api", {}).items()}
        raw_specs = data.get("spec")
        if not isinstance(raw_specs, list) or not raw_specs:
            raise GeneratorError(f"{self.specs_file}: no [[spec]] entries")
        entries = [_parse_spec(i, table, apis, self.specs_file) for i, table in enumerate(raw_specs)]
        for attribute in ("name", "package", "prefix"):
            seen: set[str] = set()
            for entry in entries:
                value = getattr(entry, attribute)
                if value in seen:
                    raise GeneratorError(f"{self.specs_file}: two specs share the {attribute} {value!r}")
                seen.add(value)
        return entries


def _parse_api(name: str, table: dict[str, object], where: Path) -> ApiDefaults:
    operation = table.get("operation")
    parts = operation.split(" ", 1) if isinstance(operation, str) else []
    if len(parts) != 2 or parts[0] not in _METHODS or not parts[1].startswith("/"):
        raise GeneratorError(f"{where}: [api.{name}].operation must look like 'POST /v1/tts', got {operation!r}")
    return ApiDefaults(name, parts[0].lower(), parts[1], _string_list(table.get("overlays", []), f"api.{name}", where))


def _parse_spec(index: int, table: dict[str, object], apis: dict[str, ApiDefaults], where: Path) -> SpecEntry:
    here = f"spec[{index}]"

    def text(key: str, pattern: re.Pattern[str] | None = None, *, required: bool = True) -> str | None:
        value = table.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
            rule = f" matching {pattern.pattern}" if pattern is not None else ""
            raise GeneratorError(f"{where}: {here}.{key} must be a string{rule}, got {value!r}")
        return value

    name = text("name", _NAME)
    here = f"spec {name!r}"
    api_name = text("api")
    if api_name not in apis:
        raise GeneratorError(f"{where}: {here}.api {api_name!r} has no [api.{api_name}] table")
    url = text("url", required=False)
    source = text("source", required=False)
    if (url is None) == (source is None):
        raise GeneratorError(f"{where}: {here} needs exactly one of url (published) or source (in this repository)")
    sha256 = text("sha256", _SHA256, required=False)
    if url is not None and sha256 is None:
        raise GeneratorError(
            f"{where}: {here} has no sha256 pin; run `make update-specs` to accept the published bytes"
        )
    assert name is not None and api_name is not None
    return SpecEntry(
        name=name,
        api=apis[api_name],
        package=str(text("package", _PACKAGE)),
        prefix=str(text("prefix", _PREFIX)),
        overlays=_string_list(table.get("overlays", []), here, where),
        url=url,
        source=source,
        sha256=sha256,
    )


def _string_list(value: object, here: str, where: Path) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise GeneratorError(f"{where}: {here}.overlays must be a list of file names, got {value!r}")
    return tuple(value)
