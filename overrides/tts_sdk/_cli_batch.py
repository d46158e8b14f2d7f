"""``tts-sdk batch jobs.jsonl --out DIR``: synthesize many payloads, resumably, a few at a time."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from tts_sdk._errors import UnknownModelError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``batch``."""
    batch = commands.add_parser(
        "batch",
        help="synthesize every payload of a JSON Lines file into a folder (resumable)",
        description="Each non-blank line of JOBS is a request payload as the API takes it (as for validate). "
        "Line N becomes OUT/<N>-<digest>.<format>; a file already there is finished work and is skipped, so "
        "running the command again after an interruption resumes it.",
    )
    batch.add_argument("jobs", help="a .jsonl file of request payloads")
    batch.add_argument("--out", required=True, help="output folder")
    batch.add_argument("--concurrency", type=int, default=4, help="requests in flight at once (default 4)")
    batch.add_argument("--base-url", help="send every request to this server (for example tts-sdk serve)")
    batch.add_argument("--provider", help="aiml, openai, onerouter (default: from each model id)")
    batch.add_argument("--max-retries", type=int, default=2, help="retries per request (default 2)")
    batch.set_defaults(run=_batch)


class _Job:
    __slots__ = ("line", "path", "payload")

    def __init__(self, line: int, payload: dict[str, Any], path: Path) -> None:
        self.line, self.payload, self.path = line, payload, path


def _jobs(source: Path, out: Path) -> list[_Job]:
    from tts_sdk._validation._select import spec_for_model  # noqa: PLC0415
    from tts_sdk._vocabulary import chosen  # noqa: PLC0415

    jobs = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            payload = json.loads(line)
            spec = spec_for_model(str(payload.get("model")))
        except (ValueError, AttributeError, UnknownModelError) as exc:
            raise SystemExit(f"error: {source}:{number}: {exc}") from None
        format_name = chosen(spec, "format", payload) or "wav"
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:10]
        jobs.append(_Job(number, payload, out / f"{number:05d}-{digest}.{format_name}"))
    return jobs


def _batch(arguments: argparse.Namespace) -> int:
    from tts_sdk import TTS, TTSError  # noqa: PLC0415

    out = Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = _jobs(Path(arguments.jobs), out)
    todo = [job for job in jobs if not job.path.exists()]
    progress = _Progress(len(jobs), done=len(jobs) - len(todo))
    failures: list[str] = []
    with TTS(base_url=arguments.base_url, provider=arguments.provider, max_retries=arguments.max_retries) as client:

        def run(job: _Job) -> None:
            client.speech.create(request=job.payload).save(job.path)

        with ThreadPoolExecutor(max_workers=max(1, arguments.concurrency)) as pool:
            futures = {pool.submit(run, job): job for job in todo}
            try:
                for future in as_completed(futures):
                    job = futures[future]
                    try:
                        future.result()
                    except TTSError as exc:
                        failures.append(f"{arguments.jobs}:{job.line}: {exc}")
                    progress.advance(failed=len(failures))
            except KeyboardInterrupt:
                pool.shutdown(cancel_futures=True)
                progress.finish()
                print("interrupted: finished files are kept; run the same command again to resume", file=sys.stderr)
                return 130
    progress.finish()
    for line in failures:
        print(line, file=sys.stderr)
    print(f"{len(jobs) - len(failures)} of {len(jobs)} done in {out} ({len(jobs) - len(todo)} were already there), "
          f"{len(failures)} failed", file=sys.stderr)  # fmt: skip
    return 1 if failures else 0


class _Progress:
    """A one-line progress bar on a terminal; silent otherwise (the summary line says it all)."""

    def __init__(self, total: int, done: int) -> None:
        self.total, self.done, self.failed = total, done, 0
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
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total}" + (f", {self.failed} failed" if self.failed else ""))
        sys.stderr.flush()
