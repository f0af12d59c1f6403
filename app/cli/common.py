"""What every sub-command shares: translated parsers, the --database option, output."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from app.cli.parser_words import parser_speaks_our_language
from app.i18n import LANGUAGES, translate
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from db.session import Database


class CommandError(ServiceError):
    """A command cannot go on; ``str()`` is one translated sentence for the user."""


class UsageError(Exception):
    """The command line itself is wrong (argparse's message, in argparse's words)."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "Usage:") + " "
        super().add_usage(usage, actions, groups, prefix)


class Parser(argparse.ArgumentParser):
    """An argument parser that speaks the user's language and never exits on an error.

    A mistake on the command line raises :class:`UsageError`, which the runner
    prints as one sentence; argparse itself would print the usage and exit.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = translate("CommandLine", "arguments")
        self._optionals.title = translate("CommandLine", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            default=argparse.SUPPRESS,
            help=translate("CommandLine", "Show this help and exit."),
        )

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """argparse's parsing, with its own messages in the user's language."""
        # Here too: "unrecognized arguments" is said after parse_known_args has returned.
        with parser_speaks_our_language():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """argparse's parsing, with its own messages in the user's language."""
        with parser_speaks_our_language():
            return super().parse_known_args(args, namespace)

    def error(self, message: str) -> None:  # type: ignore[override]
        """Refuse the command line with a usage message instead of argparse's exit."""
        raise UsageError(message)


# A string: argparse's class is generic only to type checkers.
Subparsers: TypeAlias = "argparse._SubParsersAction[Parser]"


def add_command(subparsers: Subparsers, name: str, summary: str) -> argparse.ArgumentParser:
    """A new sub-command ``name``; ``summary`` (translated) shows in ``vanort --help``."""
    parser = subparsers.add_parser(name, help=summary, description=summary)
    add_language_option(parser, in_subcommand=True)
    return parser


def add_actions(
    command: argparse.ArgumentParser, dest: str, metavar: str, title: str
) -> Subparsers:
    """The sub-commands of ``command`` (``vanort person extract``): one of them must be given."""
    return command.add_subparsers(
        dest=dest, metavar=metavar, title=title, parser_class=Parser, required=True
    )


def add_database_option(parser: argparse.ArgumentParser, *, in_subcommand: bool = True) -> None:
    """``--database PATH_OR_URL``, accepted before and after the sub-command's name."""
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        # A sub-command's default would overwrite a --database given before it.
        default=argparse.SUPPRESS if in_subcommand else None,
        help=translate("CommandLine", "The database file (or a database server's URL)."),
    )


def add_language_option(parser: argparse.ArgumentParser, *, in_subcommand: bool) -> None:
    """``--language sv|en``; the runner has read it already, this makes it legal anywhere."""
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=argparse.SUPPRESS if in_subcommand else None,
        help=translate("CommandLine", "The language of messages: sv (Swedish) or en (English)."),
    )


def database_target(args: argparse.Namespace) -> str:
    """The --database value, or a CommandError saying it is missing."""
    target = getattr(args, "database", None)
    if not target:
        raise CommandError(translate("CommandLine", "Name the database with --database PATH."))
    return str(target)


@contextmanager
def opened_register(
    target: str, *, said_as_sentence: tuple[type[Exception], ...] = ()
) -> Iterator[Database]:
    """The register ``target``, open for a command's work and closed after it, whatever happens.

    An error of a type in ``said_as_sentence`` (each carries ``message``, one translated
    sentence) comes out as a :class:`CommandError`, so the user reads that sentence alone;
    a refused database is said by the runner (app.messages).
    """
    # Opening brings in SQLAlchemy and the migrations: only a command that needs them pays.
    from app.register import open_register

    database = open_register(target)
    try:
        yield database
    except said_as_sentence as error:
        raise CommandError(getattr(error, "message", str(error))) from None
    finally:
        database.close()


def shown_target(target: str) -> str:
    """A database as the user may see it: a file's full path, a URL without its password."""
    from sqlalchemy.engine import make_url

    from db.engine import is_url, sqlite_file_of

    if is_url(target):
        file = sqlite_file_of(target)
        if file is not None:
            return str(file.resolve())
        try:
            return make_url(target).render_as_string(hide_password=True)
        except Exception:  # not a URL SQLAlchemy can read: show no part of it
            return target.split("://", 1)[0] + "://…"
    return str(Path(target).resolve())


def database_file(args: argparse.Namespace) -> Path:
    """The --database value as a file; a server URL is refused with a sentence."""
    from db.engine import is_url, sqlite_file_of

    target = database_target(args)
    if is_url(target):
        file = sqlite_file_of(target)
        if file is None:
            raise CommandError(
                translate(
                    "CommandLine",
                    "This command works on a database file, not on a database server.",
                )
            )
        return file
    return Path(target)


def fill(text: str, *values: object) -> str:
    """Put ``values`` in the places %1, %2, ... of a translated ``text``."""

    # One pass, so a value that itself contains "%2" is left as it is.
    def value_of(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value_of, text)


def say(text: str = "") -> None:
    """A line of the command's result, on standard output."""
    print(text, file=sys.stdout)


def say_rules(sentences: Sequence[str], when_none: str) -> None:
    """The municipality's own rules, one indented line each; ``when_none`` when it has none."""
    if not sentences:
        say(when_none)
        return
    say(translate("CommandLine", "The municipality's own rules:"))
    for sentence in sentences:
        say(f"  {sentence}")


def complain(text: str) -> None:
    """The one sentence of an error, on standard error."""
    print(text, file=sys.stderr)
