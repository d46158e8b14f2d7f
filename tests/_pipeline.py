"""Run documents through the real generation pipeline (the generator's own ``generate``) in a scratch project,
and check what users rely on: the package imports, its request model round-trips, validation agrees with the
reference validator of the document's OpenAPI version, and ``mypy --strict`` passes over a batch of packages."""

from __future__ import annotations

import copy
import importlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30Validator, OAS31Validator
from tts_sdk._validation._compiler import CompiledSchema, compile_schema

from generator import Project
from generator._generate import generate
from generator._project import GENERATED_ROOT_PACKAGE

SPECS = """[api.fuzz]
operation = "POST /v1/tts"
base_url = "http://127.0.0.1"
overlays = []
"""


@dataclass
class Built:
    """One document's generated package, moved to ``<packages>/<package>`` so that it imports on its own."""

    document: dict[str, Any]
    package: str
    root: Path
    catalog: dict[str, Any]
    schema: dict[str, Any] = field(default_factory=dict)

    @property
    def request_class(self) -> type[Any]:
        """The generated request model."""
        if str(self.root) not in sys.path:
            sys.path.insert(0, str(self.root))
        models = importlib.import_module(f"{self.package}.models")
        return getattr(models, self.catalog["request_class"])  # type: ignore[no-any-return]

    @property
    def compiled(self) -> CompiledSchema:
        """The validator tts_sdk.validate runs for this package's schema."""
        return compile_schema(self.schema)

    def reference(self) -> Any:
        """openapi-schema-validator's validator for the document's version, on the request body schema."""
        body = self.document["paths"]["/v1/tts"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        root = {**copy.deepcopy(body), "components": self.document.get("components", {})}
        validator = OAS31Validator if self.document["openapi"].startswith("3.1") else OAS30Validator
        return validator(root)


def build(documents: list[dict[str, Any]], scratch: Path, packages: Path, stem: str) -> list[Built]:
    """Generate every document as one ``[[spec]]`` entry of a scratch project; move each package into
    ``packages`` under a unique name. Raises the generator's error if any document cannot generate."""
    root = scratch / "project"
    (root / "specs").mkdir(parents=True, exist_ok=True)
    (root / "overrides" / "overlays").mkdir(parents=True, exist_ok=True)
    entries = []
    for index, document in enumerate(documents):
        name = f"{stem}-{index}"
        path = root / "fuzz" / f"{name}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        entries.append(f'\n[[spec]]\nname = "{name}"\napi = "fuzz"\nsource = "fuzz/{name}.json"\n')
    (root / "specs" / "specs.toml").write_text(SPECS + "".join(entries), encoding="utf-8")
    project = Project(root)
    output = scratch / "out"
    catalog = generate(project, project.load_specs(), output, jobs=1)
    built = []
    packages.mkdir(parents=True, exist_ok=True)
    for document, spec in zip(documents, catalog, strict=True):
        source = output / GENERATED_ROOT_PACKAGE / spec["package"]
        target = packages / spec["package"]
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(str(source), str(target))
        schema = json.loads((target / "request.schema.json").read_text(encoding="utf-8"))
        (target / "document.json").write_text(json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")
        built.append(Built(document, spec["package"], packages, spec, schema))
    shutil.rmtree(scratch, ignore_errors=True)
    return built


class MypyBatches:
    """``mypy --strict`` over the packages generated so far, one run per ``size`` packages (a 2,000-document
    fuzz run does not keep 2,000 packages); a failing batch's report is kept with the documents it names."""

    def __init__(self, root: Path, size: int = 100) -> None:
        self.root, self.size = root, size
        self.reports: list[str] = []
        self.checked = 0

    def added(self) -> None:
        """Call after each package; checks a full batch."""
        if sum(1 for _ in self.root.iterdir()) >= self.size:
            self.flush()

    def flush(self) -> None:
        """Check every package not checked yet, then remove the ones that passed."""
        if not self.root.is_dir() or not any(self.root.iterdir()):
            return
        report = mypy_strict(self.root)
        names = [path.name for path in self.root.iterdir()]
        failing = {name for name in names if f"{name}/" in report}
        if report:
            documents = [f"{name}: {(self.root / name / 'document.json').read_text()}" for name in sorted(failing)]
            self.reports.append(report + "\n" + "\n".join(documents))
        self.checked += len(names)
        for name in names:
            if name not in failing:
                shutil.rmtree(self.root / name)


def mypy_strict(packages: Path) -> str:
    """``mypy --strict`` over every package under ``packages``: its report when it fails, else ""."""
    names = sorted(path.name for path in packages.iterdir() if (path / "__init__.py").is_file())
    if not names:
        return ""
    arguments = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent"]
    for name in names:
        arguments += ["-p", name]
    done = subprocess.run(arguments, cwd=packages, capture_output=True, text=True, check=False)
    return "" if done.returncode == 0 else (done.stdout + done.stderr)
