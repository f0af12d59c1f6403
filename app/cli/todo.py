"""``vanort todo --database DB [--ics FILE] [--date YYYY-MM-DD]``: what the rules ask for now.

Prints one line per to-do item (due date, state, title), sorted by due date,
and with ``--ics`` also writes them as a calendar file for Outlook. It changes
no record (items are marked done in the window).
"""

from __future__ import annotations

import argparse
from datetime import date

from app.cli.common import (
    CommandError,
    Subparsers,
    add_command,
    add_database_option,
    database_target,
    fill,
    opened_register,
    say,
)
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    """Add the todo command (the coordinator's to-do list) to the command line."""
    parser = add_command(
        subparsers,
        "todo",
        translate(
            "CommandLine",
            "List what the municipality's rules ask for now: due, overdue and coming items.",
        ),
    )
    add_database_option(parser)
    parser.add_argument(
        "--ics",
        metavar="FILE",
        help=translate(
            "CommandLine", "Also write the items as a calendar file (.ics) for Outlook."
        ),
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "The day to list the items for (default: today)."),
    )
    parser.set_defaults(handler=todo)


def parse_day(text: str | None) -> date:
    """The --date value as a date; today when it is not given."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            fill(translate("CommandLine", "%1 is not a date; write it as 2026-11-22."), text)
        ) from None


def todo(args: argparse.Namespace) -> int:
    """Print the items, write the calendar if asked; 0 when all went well."""
    from app.todo import export_ics, format_line, todo_items

    today = parse_day(getattr(args, "date", None))
    with opened_register(database_target(args)) as database:
        items = todo_items(database, today)
    if args.ics:
        # Written before anything is printed, so a failure leaves no half result behind.
        try:
            export_ics(items, args.ics)
        except OSError as error:
            raise CommandError(
                fill(
                    translate("CommandLine", "Could not write the calendar %1: %2."),
                    args.ics,
                    error.strerror or error,
                )
            ) from error
    for item in items:
        say(format_line(item))
    return 0
