"""``vanort export``: write one of the standard reports as a PDF, an Excel workbook or a Word file.

    vanort export --database DB --report register|annual|tripreport|term|hosting|grants|decisions
                  [--year Y] [--term T] [--id N] [--from DATE] [--to DATE]
                  [--with-contacts] [--registry-no KS 2026/1]
                  --out FILE.pdf|FILE.xlsx|FILE.docx

The format follows the file's ending; a Word file uses the municipality's Word
template when the settings hold one. Every failure (an unknown report, a
missing --year, a trip that does not exist, an ending other than .pdf,
.xlsx or .docx, a place that cannot be written) is one sentence on standard error and
exit status 1; a wrong command line is exit status 2.
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

REPORT_NAMES = ("register", "annual", "tripreport", "term", "hosting", "grants", "decisions")


def register(subparsers: Subparsers) -> None:
    """Add the export command to the command line."""
    parser = add_command(
        subparsers,
        "export",
        translate(
            "CommandLine",
            "Write a report (register, annual report, trip report-back, term evaluation, "
            "hosting follow-up, grants, decision register) as a PDF, an Excel workbook or a "
            "Word document.",
        ),
    )
    add_database_option(parser)
    parser.add_argument(
        "--report",
        metavar="|".join(REPORT_NAMES),
        help=translate("CommandLine", "Which report to write."),
    )
    parser.add_argument(
        "--year",
        metavar="YEAR",
        help=translate(
            "CommandLine", "The year of the annual report (needed) or of the grants (optional)."
        ),
    )
    parser.add_argument(
        "--term",
        metavar="START_YEAR",
        help=translate(
            "CommandLine", "The term of office to evaluate: its first year (or its number)."
        ),
    )
    parser.add_argument(
        "--id",
        metavar="N",
        dest="record_id",
        help=translate(
            "CommandLine", "The number of the trip (tripreport) or network meeting (hosting)."
        ),
    )
    parser.add_argument(
        "--from",
        metavar="DATE",
        dest="date_from",
        help=translate(
            "CommandLine", "The first day of the decision register's period (2024-01-01)."
        ),
    )
    parser.add_argument(
        "--to",
        metavar="DATE",
        dest="date_to",
        help=translate(
            "CommandLine", "The last day of the decision register's period (2024-12-31)."
        ),
    )
    parser.add_argument(
        "--with-contacts",
        action="store_true",
        help=translate(
            "CommandLine",
            "Include people's e-mail addresses and phone numbers (left out by default).",
        ),
    )
    parser.add_argument(
        "--registry-no",
        metavar="NUMBER",
        default="",
        help=translate("CommandLine", "The registry number to print on the title page."),
    )
    parser.add_argument(
        "--out",
        metavar="FILE.pdf|FILE.xlsx|FILE.docx",
        help=translate("CommandLine", "The file to write; its ending chooses PDF, Excel or Word."),
    )
    parser.set_defaults(handler=export)


def _number(value: str | None, option: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        raise CommandError(
            fill(translate("CommandLine", "%1 needs a whole number, not %2."), option, repr(value))
        ) from None


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(
            fill(
                translate("CommandLine", "%1 needs a date written as 2026-11-22, not %2."),
                option,
                repr(value),
            )
        ) from None


def export(args: argparse.Namespace) -> int:
    """Write the report; 0 when the file was written."""
    from app.reports.builders import ReportOptions, report_kind
    from app.reports.output import check_target, export_report

    if not args.report:
        raise CommandError(
            fill(
                translate("CommandLine", "Name the report with --report (one of: %1)."),
                ", ".join(REPORT_NAMES),
            )
        )
    report_kind(args.report)  # an unknown report is refused before the database is opened
    if not args.out:
        raise CommandError(
            translate(
                "CommandLine", "Name the file to write with --out FILE.pdf, FILE.xlsx or FILE.docx."
            )
        )
    check_target(args.out)
    options = ReportOptions(
        year=_number(args.year, "--year"),
        term=_number(args.term, "--term"),
        record_id=_number(args.record_id, "--id"),
        date_from=_day(args.date_from, "--from"),
        date_to=_day(args.date_to, "--to"),
        include_contacts=bool(args.with_contacts),
        registry_no=args.registry_no.strip(),
    )
    with opened_register(database_target(args)) as database:
        written = export_report(database, args.report, args.out, options)
    say(fill(translate("CommandLine", "Wrote %1."), written))
    return 0
