"""Write the synchronous clients, and their tests, from the asynchronous sources (httpcore's way).

The async code is the source: ``overrides/tts_sdk/_clients/_async/*.py`` and ``tests/_async/*.py``. Each file
is rewritten token by token (``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncTTS`` -> ``TTS``,
``aiter_bytes`` -> ``iter_bytes``...) into the matching ``_sync`` folder, formatted by the pinned ruff and
committed. Lines between ``# unasync: async only`` and ``# unasync: end`` exist only in the async file (an
``__await__``, an alias that would collide once renamed). A file of the async folder named in
:data:`ASYNC_ONLY` has no sync twin (the aiohttp driver); a ``_sync`` file without the generated header is
hand-written (how the parts of a split run concurrently). ``make check`` runs ``--check``, which fails, naming
the files, when a generated file is not what its source gives.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator._errors import GeneratorError

#: Pairs of folders: the async source, the generated sync output.
FOLDERS = (
    ("overrides/tts_sdk/_clients/_async", "overrides/tts_sdk/_clients/_sync"),
    ("tests/_async", "tests/_sync"),
)
#: Async files with no synchronous twin.
ASYNC_ONLY = frozenset({"__init__.py", "_aiohttp.py", "_flavour.py"})
HEADER = "# Generated from {source} by `python -m generator unasync`; do not edit.\n"
_BEGIN, _END = "# unasync: async only", "# unasync: end"
#: (pattern, replacement), applied in order to each line; patterns match whole words.
RULES: tuple[tuple[str, str], ...] = (
    (r"^\s*@pytest\.mark\.anyio\n", ""),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait asyncio\.sleep\(", "time.sleep("),
    (r"\bimport asyncio\b", "import time"),
    (r"\bawait ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\banext\(", "next("),
    (r"\basynccontextmanager\b", "contextmanager"),
    (r"\bhandle_async_request\b", "handle_request"),
    (r"\baclose\b", "close"),
    (r"\baiter_(\w+)", r"iter_\1"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\b_async\b", "_sync"),
    (r"\basynchronous\b", "synchronous"),
    (r"\bAn synchronous\b", "A synchronous"),
)
_COMPILED = tuple((re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in RULES)


@dataclass(frozen=True)
class Pair:
    """An async source and the sync file written from it."""

    source: Path
    target: Path
    label: str


def pairs(root: Path) -> list[Pair]:
    """Every async source with the sync file it generates."""
    found = []
    for source_folder, target_folder in FOLDERS:
        for source in sorted((root / source_folder).glob("*.py")):
            if source.name in ASYNC_ONLY:
                continue
            label = f"{source_folder}/{source.name}"
            found.append(Pair(source, root / target_folder / source.name, label))
    return found


def rewrite(text: str, label: str) -> str:
    """The synchronous version of one async source file (before formatting)."""
    kept: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        marker = line.strip()
        if marker == _BEGIN:
            skipping = True
        elif marker == _END:
            if not skipping:
                raise GeneratorError(f"{label}: `{_END}` without `{_BEGIN}`")
            skipping = False
        elif not skipping:
            synchronous = line
            for pattern, replacement in _COMPILED:
                synchronous = pattern.sub(replacement, synchronous)
            kept.append(synchronous)
    if skipping:
        raise GeneratorError(f"{label}: `{_BEGIN}` is never closed by `{_END}`")
    return HEADER.format(source=label) + "".join(kept)


def expected(root: Path) -> dict[Path, str]:
    """Each generated sync file's expected text, formatted by the pinned ruff."""
    rewritten = {pair.target: rewrite(pair.source.read_text(encoding="utf-8"), pair.label) for pair in pairs(root)}
    with tempfile.TemporaryDirectory(prefix="tts-sdk-unasync-") as scratch:
        files = {}
        for target, text in rewritten.items():
            # Laid out as in the repository (packages included), so that ruff sorts imports as `make lint` does.
            path = Path(scratch) / target.relative_to(root)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files[target] = path
            for folder in target.relative_to(root).parents:
                if (root / folder / "__init__.py").is_file():
                    (Path(scratch) / folder / "__init__.py").touch()
        settings = ["--config", str(root / "pyproject.toml"), "--no-cache", "--quiet"]
        for arguments in (["check", "--fix-only", "--select", "F401,I"], ["format"]):
            done = subprocess.run(
                [sys.executable, "-m", "ruff", *arguments, *settings, *map(str, files.values())],
                capture_output=True,
                text=True,
                check=False,
                cwd=scratch,
            )
            if done.returncode != 0:
                raise GeneratorError(f"ruff {arguments[0]} failed on the sync code: {done.stderr or done.stdout}")
        return {target: path.read_text(encoding="utf-8") for target, path in files.items()}


def generated_files(root: Path) -> list[Path]:
    """The files of the sync folders that carry the generated header."""
    found = []
    for _, target_folder in FOLDERS:
        for path in sorted((root / target_folder).glob("*.py")):
            if path.read_text(encoding="utf-8").startswith(HEADER.split("{", 1)[0]):
                found.append(path)
    return found


def unasync(root: Path, *, check: bool) -> list[str]:
    """Write (or, with ``check``, compare) every sync file; return the stale ones' descriptions."""
    wanted = expected(root)
    stale = [f"missing:    {path.relative_to(root)}" for path in wanted if not path.is_file()]
    stale += [
        f"changed:    {path.relative_to(root)}"
        for path, text in wanted.items()
        if path.is_file() and path.read_text(encoding="utf-8") != text
    ]
    stale += [f"unexpected: {path.relative_to(root)}" for path in generated_files(root) if path not in wanted]
    if not check:
        for path, text in wanted.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        for path in generated_files(root):
            if path not in wanted:
                path.unlink()
    return stale
