"""``tts-sdk demo`` (``make demo``): every provider and spec through the facade against the local server, checked
and tabled.

Starts ``tts-sdk serve`` as a child process on a free loopback port (requiring a key, so every API's own auth
header and scheme is exercised), synthesizes one sentence with every spec of the catalog (up to three of the
models it lists; every AIML model has its own spec) through its own provider, and through a router, writes
``out/<model>.<format>``, decodes each file and checks it holds speech-like audio of a plausible length, prints
a table, and stops the server. No network, no real key.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import time
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

SENTENCE = "Hello from tts-sdk. This sentence was synthesized offline, through the same facade as the real APIs."
DEMO_KEY = "demo-local-key"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``demo``."""
    demo = commands.add_parser("demo", help="start the local server, synthesize with every model, check the audio")
    demo.add_argument("--out", default="out", help="folder for the audio files (default: out)")
    demo.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    try:
        import numpy  # noqa: F401, PLC0415 - the demo decodes the audio it checks
        import soundfile  # noqa: F401, PLC0415
    except ImportError as exc:
        print(f"error: tts-sdk demo needs the server extra: pip install 'tts-sdk[server]' ({exc})", file=sys.stderr)
        return 2
    return run_demo(arguments.out)


def run_demo(out: str) -> int:
    """Run the demo; return the exit status (1 if any file fails its check)."""
    import numpy as np  # noqa: PLC0415 - the server extra
    import soundfile  # noqa: PLC0415

    from tts_sdk import TTS  # noqa: PLC0415

    server = subprocess.Popen(
        [sys.executable, "-m", "tts_sdk", "serve", "--port", "0", "--require-key", DEMO_KEY],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stdout.readline() if server.stdout else ""
        if "listening on " not in line:
            print(f"error: the server did not start: {line!r}", file=sys.stderr)
            return 1
        base_url = line.rsplit(" ", 1)[-1].strip()
        print(f"server: {base_url} (pid {server.pid})")
        folder = Path(out)
        rows: list[tuple[str, ...]] = []
        failures = 0
        with TTS(base_url=base_url, api_key=DEMO_KEY) as tts:
            calls = _calls()
            # Model ids chosen at run time: the per-model overloads of `speech` cannot apply, so it is untyped here.
            speech: Any = tts.speech
            for model, options, provider in calls:
                voice = options.pop("voice", None)
                started = time.perf_counter()
                audio = speech.create(model=model, text=SENTENCE, voice=voice, provider=provider, **options)
                elapsed = time.perf_counter() - started
                label = f"{model} via {provider}" if provider else model
                path = folder / f"{model.replace('/', '_')}{'-' + provider if provider else ''}.{audio.format}"
                audio.save(path)
                data, rate = soundfile.read(io.BytesIO(audio.content), dtype="float32")
                seconds = len(data) / rate
                loudness = float(np.sqrt(np.mean(np.square(data)))) if len(data) else 0.0
                verdict = "ok" if 2.0 <= seconds <= 20.0 and loudness > 0.01 else "FAILED"
                failures += verdict != "ok"
                rows.append(
                    (
                        label,
                        str(voice),
                        str(audio.format),
                        f"{len(audio.content):,}",
                        f"{seconds:.2f}",
                        f"{loudness:.3f}",
                        f"{elapsed:.2f}",
                        verdict,
                    )
                )
        _table(("model", "voice", "format", "bytes", "seconds", "rms", "request s", "check"), rows)
        print(f"\n{len(rows)} files in {folder}/: {len(rows) - failures} ok, {failures} failed")
        return 1 if failures else 0
    finally:
        server.terminate()
        server.wait(timeout=10)


def _calls() -> list[tuple[str, dict[str, Any], str | None]]:
    """(model, words, provider) for every spec of the catalog (up to three of its models, else its model field's
    default), in its own format (soundfile reads back what it can: a default may be raw PCM), then OpenAI's
    instructions and a router."""
    from tts_sdk._core._catalog import specs  # noqa: PLC0415

    calls: list[tuple[str, dict[str, Any], str | None]] = []
    for spec in specs():
        models = list(spec.models[:3]) or [str(spec.defaults.get(spec.fields.get("model") or "model", "default"))]
        for model in models:
            words: dict[str, Any] = {"voice": _voice(spec)}
            playable = next((name for name in ("wav", "mp3", "flac") if name in spec.formats), None)
            if playable is not None and ("pcm" in spec.formats or "pcm" in spec.required):
                words["format"] = playable
            calls.append((model, words, spec.api))
    calls += [
        ("gpt-4o-mini-tts", {"voice": "coral", "format": "wav", "instructions": "Cheerful."}, None),
        ("gpt-4o-mini-tts", {"voice": "sage", "format": "flac"}, "onerouter"),
    ]
    return calls


def _voice(spec: Any) -> str | None:
    """The spec's second listed voice; a made-up id where it requires a free-form one (ElevenLabs, Cartesia)."""
    listed = spec.voices
    if listed:
        return str(listed[1 % len(listed)])
    return "tts-sdk-demo-voice" if "voice" in spec.required else None


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for index, row in enumerate([header, *rows]):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
