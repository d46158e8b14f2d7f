"""``tts-sdk serve``: the local speech server in the foreground."""

from __future__ import annotations

import argparse
import contextlib
import sys


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``serve``."""
    serve = commands.add_parser("serve", help="run the local speech server (AIML and OpenAI APIs, espeak-ng voice)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=8000, help="port (0: a free one, printed at start)")
    serve.add_argument("--require-key", metavar="KEY", help="answer 401 unless the request carries this key")
    serve.add_argument("--faults", action="store_true", help="honour X-TTS-Fault request headers (for tests)")
    serve.add_argument("--public-url", help="base of the audio URLs it answers with (default: the bound address)")
    serve.add_argument(
        "--workers", type=int, metavar="N", help="synthesis processes (default: one per core; 0: in the server's own)"
    )
    serve.add_argument(
        "--max-queue", type=int, default=256, metavar="N", help="pieces waiting beyond which requests get 503"
    )
    serve.set_defaults(run=_serve)


def _serve(arguments: argparse.Namespace) -> int:
    try:
        from tts_sdk.server import serve  # noqa: PLC0415 - needs the server extra
    except ImportError as exc:
        print(f"error: tts-sdk serve needs the server extra: pip install 'tts-sdk[server]' ({exc})", file=sys.stderr)
        return 2
    if arguments.host not in ("127.0.0.1", "::1", "localhost"):
        print(f"warning: listening on {arguments.host}, beyond this machine", file=sys.stderr)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            serve(
                arguments.host,
                arguments.port,
                require_key=arguments.require_key,
                faults=arguments.faults,
                public_url=arguments.public_url,
                workers=arguments.workers,
                max_queue=arguments.max_queue,
            )
    except OSError as exc:  # the port is taken, the address is not this machine's...
        print(
            f"error: cannot listen on {arguments.host}:{arguments.port}: {exc.strerror or exc} "
            "(is another server there? --port 0 picks a free port)",
            file=sys.stderr,
        )
        return 1
    return 0
