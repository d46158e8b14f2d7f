"""``tts-sdk batch jobs.jsonl --out DIR``: synthesize many payloads, resumably, a few at a time."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from tts_sdk._core._providers import builtin_providers
from tts_sdk._errors import UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``batch``."""
    batch = commands.add_parser(
        "batch",
        help="synthesize every payload of a JSON Lines file into a folder (resumable)",
        description="Each non-blank line of JOBS is a request: in the SDK's vocabulary (model, text, voice, "
        "format, speed, instructions, other fields as extra_body) or as the API takes it. "
        "Line N becomes OUT/<N>-<digest>.<format>; a file already there is finished work and is skipped, so "
        "running the command again after an interruption resumes it. A line that cannot be a request is "
        "reported and skipped (exit 1 at the end).",
    )
    batch.add_argument("jobs", help="a .jsonl file of request payloads")
    batch.add_argument("--out", required=True, help="output folder")
    batch.add_argument("--concurrency", type=int, default=4, help="requests in flight at once (default 4)")
    batch.add_argument("--base-url", help="send every request to this server (for example tts-sdk serve)")
    batch.add_argument("--provider", help=f"{', '.join(builtin_providers())} (default: from each model id)")
    batch.add_argument("--max-retries", type=int, default=2, help="retries per request (default 2)")
    batch.add_argument(
        "--shard",
        type=_shard,
        default=(0, 1),
        metavar="K/N",
        help="do every N-th job, starting with the K-th (run K = 1..N on N machines; each resumes on its own)",
    )
    batch.set_defaults(run=_batch)


class _Job:
    """One line to synthesize: the arguments of ``client.speech.create`` and the file it is written to."""

    __slots__ = ("call", "line", "path")

    def __init__(self, line: int, call: dict[str, Any], path: Path) -> None:
        self.line, self.call, self.path = line, call, path


def _jobs(source: Path, out: Path, shard: tuple[int, int], provider: str | None = None) -> tuple[list[_Job], list[str]]:
    """The jobs of this shard, and one message per line that cannot become a request (reported, skipped).

    A line is a request payload as the API takes it when every key is a field of its model's spec; otherwise it
    is in the SDK's vocabulary (``text``, ``voice``, ``format``, ``speed``, ``instructions``; other keys go to
    ``extra_body``), mapped exactly as ``client.speech.create`` maps them, with the same errors.
    """
    from tts_sdk._core._catalog import spec_for_model  # noqa: PLC0415
    from tts_sdk._core._schema import Parts  # noqa: PLC0415
    from tts_sdk._core._validate import compiled, parameter_problems  # noqa: PLC0415
    from tts_sdk._core._vocabulary import WORDS, build_request, chosen  # noqa: PLC0415

    known = builtin_providers().get(provider) if provider else None
    api = known.api if known is not None else None  # the spec rule routing uses for that provider
    jobs, malformed = [], []
    index, count = shard
    with source.open("rb") as handle:
        lines = [(number, raw) for number, raw in enumerate(handle, start=1) if raw.strip()]
    for position, (number, raw) in enumerate(lines):
        if position % count != index:
            continue
        try:
            line = json.loads(raw)
            if not isinstance(line, dict):
                raise ValueError("a line must be a JSON object")
            spec = spec_for_model(str(line.get("model")), api)
            properties = spec.request_schema().get("properties", {})
            call: dict[str, Any]
            if all(key in properties for key in line):
                parts, call = Parts(line), {"request": line}
            else:
                words = {key: line[key] for key in WORDS if key in line}
                rest = {key: value for key, value in line.items() if key not in WORDS and key != "model"}
                parts = build_request(spec, str(line["model"]), words, rest)
                call = {"model": line["model"], **words, "extra_body": rest or None}
            problems = [p for p in compiled(spec.package).problems(parts.body, False) if p.severity == "error"]
            problems += parameter_problems(spec, "create", parts, locations=("path", "query"))
            if problems:
                raise ValueError("; ".join(f"{problem.path}: {problem.message}" for problem in problems))
        except (ValueError, TypeError, UnknownModelError) as exc:
            malformed.append(f"{source}:{number}: {exc}")
            continue
        format_name = chosen(spec, "format", parts) or "wav"
        digest = hashlib.sha256(json.dumps(line, sort_keys=True).encode()).hexdigest()[:10]
        jobs.append(_Job(number, call, out / f"{number:05d}-{digest}.{format_name}"))
    return jobs, malformed


def _shard(text: str) -> tuple[int, int]:
    """``K/N`` (1-based K) as (K - 1, N)."""
    try:
        k, n = (int(part) for part in text.split("/", 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--shard takes K/N (such as 2/4), not {text!r}") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"--shard {text}: K must be from 1 to N")
    return k - 1, n


def _batch(arguments: argparse.Namespace) -> int:
    from tts_sdk import TTS, TTSError  # noqa: PLC0415

    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        jobs, failures = _jobs(Path(arguments.jobs), out, arguments.shard, arguments.provider)
    except OSError as exc:
        print(f"error: cannot read {arguments.jobs}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for line in failures:
        print(line, file=sys.stderr)
    todo = [job for job in jobs if not job.path.exists()]
    progress = _Progress(len(jobs), done=len(jobs) - len(todo))
    malformed = len(failures)
    with TTS(base_url=arguments.base_url, provider=arguments.provider, max_retries=arguments.max_retries) as client:

        def run(job: _Job) -> None:
            client.speech.create(**job.call).save(job.path)

        with ThreadPoolExecutor(max_workers=max(1, arguments.concurrency)) as pool:
            futures = {pool.submit(run, job): job for job in todo}
            try:
                for future in as_completed(futures):
                    job = futures[future]
                    try:
                        future.result()
                    except TTSError as exc:
                        failures.append(f"{arguments.jobs}:{job.line}: {exc}")
                    progress.advance(failed=len(failures) - malformed)
            except KeyboardInterrupt:
                pool.shutdown(cancel_futures=True)
                progress.finish()
                print("interrupted: finished files are kept; run the same command again to resume", file=sys.stderr)
                return 130
    progress.finish()
    for line in failures[malformed:]:
        print(line, file=sys.stderr)
    failed = len(failures) - malformed
    print(f"{len(jobs) - failed} of {len(jobs)} done in {out} ({len(jobs) - len(todo)} were already there), "
          f"{failed} failed, {malformed} malformed lines skipped", file=sys.stderr)  # fmt: skip
    return 1 if failures else 0


class _Progress:
    """A one-line progress bar on a terminal; silent otherwise (the summary line says it all)."""

    def __init__(self, total: int, done: int) -> None:
        import time  # noqa: PLC0415

        self.total, self.done, self.failed = total, done, 0
        self.started, self.first, self.clock = time.monotonic(), done, time.monotonic
        self.live = sys.stderr.isatty()
        self._lock = threading.Lock()
        self._draw()

    def advance(self, *, failed: int) -> None:
        with self._lock:
            self.done, self.failed = self.done + 1, failed
            self._draw()

    def finish(self) -> None:
        if self.live:
            sys.stderr.write("\n")

    def _draw(self) -> None:
        if not self.live or not self.total:
            return
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "." * (width - filled)
        elapsed = self.clock() - self.started
        rate = (self.done - self.first) / elapsed if elapsed > 0 else 0.0
        eta = f", ETA {_duration((self.total - self.done) / rate)}" if rate > 0 else ""
        failed = f", {self.failed} failed" if self.failed else ""
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}, {rate:.1f}/s{eta}{failed}   ")
        sys.stderr.flush()


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
