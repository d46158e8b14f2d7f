"""Shared fixtures: the repository, the published spec bytes, throwaway projects, a loopback server; and a
guard that fails any connection of the test process to an address outside 127.0.0.0/8 (or ::1)."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import Project
from generator._fetch import mirror_path
from tests._loopback import LoopbackServer, loopback_server

REPO = Path(__file__).resolve().parent.parent
AIML_FOLDER = "https://raw.githubusercontent.com/aimlapi/api-docs/refs/heads/main/docs/api-references/speech-models"
TTS1_URL = f"{AIML_FOLDER}/OpenAI/tts-1.json"
OPENAI_SPEC_URL = "https://raw.githubusercontent.com/openai/openai-openapi/refs/heads/main/openapi.yaml"


_CONNECT, _CONNECT_EX = socket.socket.connect, socket.socket.connect_ex


def _loopback_only(address: object) -> None:
    if isinstance(address, tuple) and address and isinstance(address[0], str):
        try:
            loopback = ipaddress.ip_address(address[0].split("%")[0]).is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ConnectionRefusedError(f"tests connect only to 127.0.0.0/8 and ::1, not {address[0]}")


def _guarded_connect(self: socket.socket, address: object, /) -> None:
    _loopback_only(address)
    _CONNECT(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object, /) -> int:
    _loopback_only(address)
    return _CONNECT_EX(self, address)  # type: ignore[arg-type]


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse, in this process, every TCP/UDP connection that would leave the machine."""
    del session
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign,assignment]


def published(url: str) -> bytes:
    """The published bytes of ``url``, from the spec mirror: tests send nothing outside 127.0.0.0/8."""
    mirror = Project(REPO).mirror
    assert mirror is not None, f"tests read {url} from the spec mirror, and none is configured (SPEC_MIRROR)"
    return mirror_path(mirror, url).read_bytes()


def sha256(data: bytes) -> str:
    """Hex digest."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class Run:
    """A finished generator command."""

    returncode: int
    stdout: str
    stderr: str


@dataclass
class TempProject:
    """A throwaway copy of the project layout, pointing at URLs the test chooses."""

    root: Path
    mirror: Path

    def write_specs(self, entries: list[dict[str, str]]) -> None:
        """Write ``specs/specs.toml`` with the real [api.*] tables and the given [[spec]] entries."""
        text = (REPO / "specs" / "specs.toml").read_text(encoding="utf-8")
        head = text[: text.index("\n[[spec]]\n")]
        body = "".join(
            "\n[[spec]]\n" + "".join(f'{key} = "{value}"\n' for key, value in entry.items()) for entry in entries
        )
        (self.root / "specs" / "specs.toml").write_text(head + body, encoding="utf-8")

    def run(self, *arguments: str, mirror: bool = True, timeout: str = "5") -> Run:
        """Run ``python -m generator --root <this project> ARGS``."""
        env = {**os.environ, "SPEC_MIRROR": str(self.mirror) if mirror else "", "SPEC_TIMEOUT": timeout}
        done = subprocess.run(
            [sys.executable, "-m", "generator", "--root", str(self.root), *arguments],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def downloaded(self, name: str) -> Path:
        """Where ``make specs`` stores spec ``name``."""
        return self.root / "specs" / "downloaded" / f"{name}.json"


@pytest.fixture
def project(tmp_path: Path) -> TempProject:
    """A project root with the real overrides and an empty mirror."""
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copytree(REPO / "overrides" / "overlays", root / "overrides" / "overlays")
    shutil.copy(REPO / "overrides" / "openai-speech.yaml", root / "overrides" / "openai-speech.yaml")
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    return TempProject(root, mirror)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1."""
    with loopback_server() as running:
        yield running
