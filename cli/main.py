"""The ``reportqa`` command line: a thin edge over the core.

The core it calls is the use cases (``library``). Every subcommand takes ``--json``.
User-facing errors (``ReportQAError``) become a one-line message and exit code 2 here, and
only here. Each family of commands lives in its own module and adds its subcommands to the
parser; each subcommand carries its handler.

Nothing heavy is imported with this module: the families and the settings (pydantic) are
imported by ``main``, after ``reportqa serve`` has started the library's process (as
``app.py`` does first thing), so that process imports the library on the other core while
this one imports the CLI, its settings and then Gradio.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from reportqa.errors import ReportQAError

log = logging.getLogger("reportqa")
_SIGPIPE_EXIT = 141  # what a shell reports for a process ended by SIGPIPE


def build_parser() -> argparse.ArgumentParser:
    from cli import answers, bench, metadata, reports, serve

    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)
    for family in (reports, answers, serve, bench, metadata):
        family.register(sub)
    return parser


def _serves(argv: Sequence[str]) -> bool:
    """The command is ``serve`` (its first word that is not an option: the only option
    before a command, ``-v``, takes no value)."""
    return next((a for a in argv if not a.startswith("-")), None) == "serve"


def main(argv: Sequence[str] | None = None) -> int:
    if _serves(sys.argv[1:] if argv is None else argv):
        from webapp.library_process import start_early

        start_early()  # before the CLI's imports; ``serve``'s settings decide whether it is used
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    from reportqa.settings import Settings

    try:
        settings = Settings()
        code = args.run(args, settings)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except ReportQAError as exc:
        sys.stderr.write(f"reportqa: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("reportqa: 已中断。\n")
        return 130
    except BrokenPipeError:
        # the reader went away (``reportqa … | head``): stop quietly, like other tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _SIGPIPE_EXIT
