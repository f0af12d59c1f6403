"""Run one command line: choose the language, parse, dispatch, and speak errors plainly.

Whatever goes wrong, the user reads one sentence on standard error and the
process ends with a non-zero status; the traceback of an unexpected error is
written only to the log file, which the sentence names.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli import register_commands
from app.cli.common import (
    Parser,
    UsageError,
    add_database_option,
    add_language_option,
    complain,
    fill,
    shown_target,
)
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, choose_for_run, set_language, translate

log = logging.getLogger(__name__)

LANGUAGE_VARIABLE = "VANORT_LANGUAGE"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def requested_language(argv: Sequence[str]) -> str | None:
    """--language if given (and known), else $VANORT_LANGUAGE if known, else None.

    It is read before the parser is built so that the help texts are in it too; with
    neither, messages are Swedish and the window follows the database's setting.
    """
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--language")
    try:
        known, _rest = early.parse_known_args(list(argv))
    except SystemExit:  # "--language" without a value: the real parser will say so
        known = argparse.Namespace(language=None)
    for candidate in (known.language, os.environ.get(LANGUAGE_VARIABLE)):
        if candidate and candidate.strip().lower() in LANGUAGES:
            return candidate.strip().lower()
    return None


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options and every registered sub-command."""
    parser = _global_parser()
    subparsers = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        title=translate("CommandLine", "commands"),
        parser_class=Parser,
    )
    register_commands(subparsers)
    return parser


def _window_arguments(arguments: list[str]) -> argparse.Namespace | None:
    """The options of a plain ``vanort [--database X]``, or None when a command may follow.

    Opening the window needs none of the sub-commands, whose modules take a
    tenth of a second to load; anything else (a command, --help, a mistake)
    goes to the whole parser, which says what is wrong as before.
    """
    if any(argument in ("-h", "--help") for argument in arguments):
        return None
    try:
        known, rest = _global_parser().parse_known_args(arguments)
    except (UsageError, SystemExit):
        return None
    return None if rest else known


def _global_parser() -> argparse.ArgumentParser:
    """The options that come before any command."""
    parser = Parser(
        prog="vanort",
        description=translate(
            "CommandLine",
            "Vänort keeps the municipality's twin towns, agreements, trips and decisions. "
            "Without a command it opens the program's window.",
        ),
    )
    add_database_option(parser, in_subcommand=False)
    add_language_option(parser, in_subcommand=False)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "CommandLine",
            "Check that this installation is complete, in a temporary folder, and exit.",
        ),
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help=translate(
            "CommandLine",
            "With --self-test: open the window without a screen, so the screen's "
            "platform plugin is not tested.",
        ),
    )
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: the process's) and return the exit status."""
    from app.logging_setup import flush_logging, setup_logging

    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in arguments:  # before logging and language: it sets up its own folder
        from app.selftest import OFFSCREEN_OPTION, run_self_test

        return run_self_test(offscreen=OFFSCREEN_OPTION in arguments)
    requested = requested_language(arguments)
    choose_for_run(requested)  # the window, too, speaks the language asked for
    set_language(requested or DEFAULT_LANGUAGE)
    log_file = setup_logging()
    window = _window_arguments(arguments)
    try:
        args = window if window is not None else build_parser().parse_args(arguments)
    except UsageError as error:
        complain(
            fill(
                translate("CommandLine", "The command line is not right: %1 (see vanort --help)."),
                error,
            )
        )
        return EXIT_USAGE
    except SystemExit as stop:  # --help has been printed
        return stop.code if isinstance(stop.code, int) else EXIT_OK

    from app.cli.window import open_window

    handler = getattr(args, "handler", open_window)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        complain(translate("CommandLine", "Stopped."))
        return EXIT_INTERRUPTED
    except Exception as error:
        sentence = explain(error, _database_file(args))
        if sentence is None:
            # A server's URL may carry a password: the log file must not.
            shown = [shown_target(a) if "://" in a else a for a in arguments]
            log.exception("unexpected error in: vanort %s", " ".join(shown))
            flush_logging()
            sentence = fill(
                translate(
                    "CommandLine",
                    "Something unexpected went wrong; the details are in the log file %1.",
                ),
                log_file,
            )
        complain(sentence)
        return EXIT_FAILED


def _database_file(args: argparse.Namespace) -> Path | None:
    """The database file the command works on, when it is a file (for the failure's words)."""
    from db.engine import is_url

    target = getattr(args, "database", None)
    if not target or is_url(str(target)):
        return None
    return Path(target)


def explain(error: Exception, database: Path | None = None) -> str | None:
    """The user's sentence for an expected kind of error; None for an unexpected one."""
    from app.failures import explain_failure
    from app.messages import refusal_message
    from app.services.errors import ServiceError
    from db.errors import DatabaseRefused

    if isinstance(error, DatabaseRefused):
        return refusal_message(error)
    if isinstance(error, ServiceError):
        return str(error)
    failure = explain_failure(error, database)
    if failure is not None:
        return failure
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return fill(translate("CommandLine", "Could not use %1: %2."), error.filename, reason)
        return fill(translate("CommandLine", "A file could not be read or written: %1."), reason)
    return None
