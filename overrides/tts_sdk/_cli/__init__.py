"""The ``tts-sdk`` command: :func:`main`. Each subcommand is a module of its own (``_models``, ``_voices``,
``_speak``, ``_batch``, ``_validate``, ``_schema``, ``_serve``, ``_demo``) with ``add_parser`` and the
command, importing only what that command needs."""

from __future__ import annotations

import argparse
import sys

from tts_sdk._cli import _batch, _demo, _models, _schema, _serve, _speak, _validate, _voices

#: In the order ``tts-sdk --help`` lists them.
_COMMANDS = (_models, _voices, _speak, _batch, _validate, _schema, _serve, _demo)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``tts-sdk`` command; returns the exit status (2 for a usage error)."""
    from tts_sdk import __version__  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="tts-sdk", description="Typed text-to-speech clients.")
    parser.add_argument("--version", action="version", version=f"tts-sdk {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log what the SDK does (-v: INFO, -vv: DEBUG) to stderr"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for command in _COMMANDS:
        command.add_parser(commands)
    arguments = parser.parse_args(argv)
    if arguments.verbose:
        import logging  # noqa: PLC0415

        logging.basicConfig(format="%(name)s %(levelname)s %(message)s")
        logging.getLogger("tts_sdk").setLevel(logging.DEBUG if arguments.verbose > 1 else logging.INFO)
    if arguments.command in ("speak", "batch"):
        _exit_at_once_on_interrupt()
    status: int = arguments.run(arguments)
    return status


def _exit_at_once_on_interrupt() -> None:
    """Ctrl-C ends the command now, with status 130: requests in flight are dropped (their threads with them),
    and files are only ever renamed into place complete, so none is left half written."""
    import os  # noqa: PLC0415
    import signal  # noqa: PLC0415

    def interrupted(_signal: int, _frame: object) -> None:
        sys.stderr.write("interrupted\n")
        sys.stderr.flush()
        os._exit(130)

    signal.signal(signal.SIGINT, interrupted)


if __name__ == "__main__":
    sys.exit(main())
