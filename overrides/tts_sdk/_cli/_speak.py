"""``tts-sdk speak TEXT --model M -o OUT``: synthesize speech to a file, everything checked before it is sent."""

from __future__ import annotations

import argparse
import sys

from tts_sdk._core._providers import builtin_providers
from tts_sdk._media._audio import SUFFIXES


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``speak``."""
    speak = commands.add_parser(
        "speak",
        help="synthesize speech to a file",
        description="Synthesize TEXT (an argument, --file, or standard input) to -o OUT.",
    )
    speak.add_argument("text", nargs="?", help="the text; omit it (or give -) to read standard input")
    speak.add_argument("--file", "-f", help="read the text from this file")
    speak.add_argument("--model", "-m", required=True, help="model id: tts-sdk models lists them")
    speak.add_argument("--voice", help="voice: tts-sdk voices MODEL lists them")
    speak.add_argument("--format", help="audio format (default: from the -o suffix, else the model's default)")
    speak.add_argument("--speed", type=float)
    speak.add_argument("--instructions")
    speak.add_argument("--output", "-o", required=True, help="where to write the audio (- for standard output)")
    speak.add_argument("--provider", help=f"{', '.join(builtin_providers())} (default: from the model id)")
    speak.add_argument("--base-url", help="send every request to this server (for example tts-sdk serve)")
    speak.add_argument("--timeout", type=float, help="seconds to wait for the response")
    speak.add_argument("--split", action="store_true", help="cut text longer than the model takes; join the audio")
    speak.set_defaults(run=_speak)


def _read_text(arguments: argparse.Namespace) -> str:
    if arguments.file:
        with open(arguments.file, encoding="utf-8") as handle:
            return handle.read()
    if arguments.text in (None, "-"):
        if sys.stdin.isatty():
            raise SystemExit("error: no text: give it as an argument, with --file, or on standard input")
        return sys.stdin.read()
    return str(arguments.text)


def _output_problem(output: str, chosen_format: str | None) -> str | None:
    """Why ``output`` cannot take the audio, checked before anything is sent (and paid for), or None."""
    import os  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    if output == "-":
        return None
    path = Path(output)
    named = SUFFIXES.get(path.suffix.lower())
    if chosen_format is not None and named is not None and named != chosen_format:
        return f"--format {chosen_format} but {output} names {named}: use a .{chosen_format} file, or drop --format"
    if path.is_dir():
        return f"{output} is a folder: give a file name (-o {path / ('speech.' + (chosen_format or 'mp3'))})"
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write {output}: the folder {folder} does not exist"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"cannot write {output}: permission denied"
    return None


def _speak(arguments: argparse.Namespace) -> int:
    from tts_sdk import TTS, TTSError  # noqa: PLC0415 - loads httpx only for this command

    try:
        text = _read_text(arguments)
    except OSError as exc:
        print(f"error: cannot read --file {arguments.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"error: --file {arguments.file} is not UTF-8 text (byte {exc.start})", file=sys.stderr)
        return 2
    if not text.strip():
        print("error: the text is empty: nothing to synthesize", file=sys.stderr)
        return 2
    output: str = arguments.output
    chosen_format = arguments.format
    if chosen_format is None and output != "-":
        chosen_format = next((name for suffix, name in SUFFIXES.items() if output.lower().endswith(suffix)), None)
    problem = _output_problem(output, chosen_format)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    options = {"timeout": arguments.timeout} if arguments.timeout else {}
    try:
        with TTS(base_url=arguments.base_url, **options) as client:
            audio = client.speech.create(
                model=arguments.model,
                text=text,
                voice=arguments.voice,
                format=chosen_format,
                speed=arguments.speed,
                instructions=arguments.instructions,
                provider=arguments.provider,
                split=arguments.split,
            )
    except TTSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if output == "-":
        sys.stdout.buffer.write(audio.content)
        return 0
    try:
        audio.save(output)
    except (TTSError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{output}: {len(audio.content)} bytes of {audio.format or audio.content_type}", file=sys.stderr)
    return 0
