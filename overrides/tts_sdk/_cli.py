"""The ``tts-sdk`` command. Each subcommand lives in its own module and imports only what it needs."""

from __future__ import annotations

import argparse
import sys

from tts_sdk import _cli_batch, _cli_serve, _cli_speak, _cli_validate


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``tts-sdk`` command; returns the exit status (2 for a usage error)."""
    from tts_sdk import __version__  # noqa: PLC0415

    parser = argparse.ArgumentParser(prog="tts-sdk", description="Typed text-to-speech clients.")
    parser.add_argument("--version", action="version", version=f"tts-sdk {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="count", default=0, help="log what the SDK does (-v: INFO, -vv: DEBUG) to stderr"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    models_parser = commands.add_parser("models", help="list the models the generated clients serve")
    models_parser.set_defaults(run=_models)
    _cli_validate.add_parser(commands)
    _cli_speak.add_parsers(commands)
    _cli_serve.add_parsers(commands)
    _cli_batch.add_parser(commands)
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


def _models(arguments: argparse.Namespace) -> int:
    from tts_sdk._catalog import available_models  # noqa: PLC0415

    header = ("model", "api", "package")
    rows = [header, *((info.model, info.api, info.package) for info in available_models())]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
