"""``vanort import FILE --database DB --kind KIND``: take a spreadsheet into the register.

Prints the columns used, every problem (row, column, reason; a country the
program cannot read once, with its number of rows), the groups of similar town
names, and the summary. ``--value FIELD=VALUE`` gives a field one value on every
row; ``--country-as "TEXT=CODE"`` says which country a spelling names, and is
remembered for later imports. Exit status 0 when the file was imported
(or, with --dry-run, would be) with no problem left: every row imported, or,
with --skip-invalid, the rows with problems skipped and written beside the file.
Otherwise one sentence on standard error and status 1; nothing is written.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from collections.abc import Sequence

    from app.importing.fields import ImportKind
    from app.importing.plan import ImportOptions, Plan
    from app.importing.rows import ParsedFile, Problem
    from app.importing.sources import TableSource
    from app.importing.summary import ImportSummary
    from app.importing.towns import MergeGroup
    from db.session import Database

# Written out, not read from app.importing.fields: the command line starts without the importer.
KIND_NAMES = (
    "towns",
    "twinnings",
    "organisations",
    "people",
    "members",
    "activities",
    "trips",
    "decisions",
    "grants",
    "exchange_rates",
    "networks",
    "network_members",
    "meetings",
    "agreements",
    "policies",
)


def register(subparsers: Subparsers) -> None:
    """Add the import command (a workbook or CSV file) to the command line."""
    parser = add_command(
        subparsers,
        "import",
        translate("CommandLine", "Import records from an Excel workbook (.xlsx) or a CSV file."),
    )
    parser.add_argument(
        "file", metavar="FILE", help=translate("CommandLine", "The .xlsx or .csv file.")
    )
    add_database_option(parser)
    parser.add_argument(
        "--kind",
        required=True,
        choices=KIND_NAMES,
        help=translate("CommandLine", "What the rows are."),
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help=translate("CommandLine", "The workbook's sheet to read.")
    )
    parser.add_argument(
        "--header-row",
        metavar="N",
        type=int,
        default=1,
        help=translate("CommandLine", "The row that holds the column headings (default 1)."),
    )
    parser.add_argument(
        "--columns",
        metavar="FIELD=HEADING,...",
        help=translate(
            "CommandLine",
            'Which column fills which field, for example "partner=Vänort,year=Kontaktår"; '
            "by default the column choice used last time for these headings, or one suggested "
            "from them.",
        ),
    )
    parser.add_argument(
        "--delimiter",
        metavar="CHAR",
        help=translate("CommandLine", "The CSV column separator (detected by default)."),
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help=translate("CommandLine", "The CSV file's character encoding (detected by default)."),
    )
    parser.add_argument(
        "--value",
        metavar="FIELD=VALUE",
        action="append",
        default=[],
        help=translate(
            "CommandLine",
            'A value for a field on every row, for example "town_country=SE" for a list of '
            "Swedish towns with no country column; may be given more than once.",
        ),
    )
    parser.add_argument(
        "--country-as",
        metavar="TEXT=CODE",
        action="append",
        default=[],
        help=translate(
            "CommandLine",
            'Which country a spelling in the file names, for example "Estniska SSR=EE"; '
            "remembered for later imports; may be given more than once.",
        ),
    )
    parser.add_argument(
        "--merge-similar",
        action="store_true",
        help=translate(
            "CommandLine",
            "Merge towns written differently in one country (Herning Kommune and Herning) "
            "into one town that keeps every name, where the evidence is strong; the other "
            "groups go to FILE-merges.csv to answer yes or no.",
        ),
    )
    parser.add_argument(
        "--merges",
        metavar="MERGES_FILE",
        help=translate(
            "CommandLine",
            "A merges file written by --merge-similar, with yes or no for each group.",
        ),
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate(
            "CommandLine",
            "Import the rows without problems and write the others to FILE-skipped.csv.",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "Check everything and show the summary; write nothing."),
    )
    parser.add_argument(
        "--mark-home",
        action="store_true",
        help=translate(
            "CommandLine",
            "When every row of a twinnings file names one town, mark it as the home municipality.",
        ),
    )
    parser.set_defaults(handler=import_command)


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    # A tab is hard to type on a command line; accept its usual spellings.
    return {"\\t": "\t", "tab": "\t", "TAB": "\t"}.get(text, text)


def import_command(args: argparse.Namespace) -> int:
    """Run one import; see the module's description for the output and exit status."""
    from app.importing import importer
    from app.importing.columns import ColumnChoiceError, describe_columns, parse_columns
    from app.importing.country_spellings import CountrySpellingError, parse_country_as
    from app.importing.sources import SourceError

    target = database_target(args)
    if args.header_row < 1:
        raise CommandError(translate("CommandLine", "--header-row must be 1 or more."))
    try:
        country_answers = parse_country_as(args.country_as)
    except CountrySpellingError as error:
        raise CommandError(error.message) from None
    try:
        table = importer.open_table(
            args.file,
            sheet=args.sheet,
            header_row=args.header_row,
            encoding=args.encoding,
            delimiter=_delimiter(args.delimiter),
        )
    except SourceError as error:
        raise CommandError(error.message) from None
    if table.empty_message is not None:
        raise CommandError(table.empty_message)
    _describe_source(table)

    with opened_register(target, said_as_sentence=(SourceError, ColumnChoiceError)) as database:
        choice = importer.initial_columns(database, table, args.kind)
        if args.columns:
            column_choice = parse_columns(choice.kind, table.headers, args.columns)
        else:
            column_choice = choice.columns
            if choice.remembered:
                say(translate("CommandLine", "Using the columns remembered for these headings."))
        say(
            fill(
                translate("CommandLine", "Columns: %1"),
                describe_columns(choice.kind, table.headers, column_choice) or "–",
            )
        )
        fixed = _fixed_values(choice.kind, args.value)
        if fixed:
            say(
                fill(
                    translate("CommandLine", "The same on every row: %1"),
                    ", ".join(f"{name}={value}" for name, value in fixed.items()),
                )
            )
        parsed = importer.read_file(
            database,
            table,
            choice.kind,
            column_choice,
            fixed=fixed,
            country_answers=country_answers,
        )
        try:
            summary = importer.run_import(
                database, parsed, _merge_options(args), dry_run=args.dry_run
            )
        except importer.ImportRefused as refused:
            _print_plan(refused.plan)
            raise
        home_lines = _offer_home(database, parsed, args)
    _print_summary(summary, asked=bool(args.merge_similar or args.merges))
    _write_review(args, summary)
    for line in home_lines:
        say(line)
    return 0


def _fixed_values(kind: ImportKind, pairs: Sequence[str]) -> dict[str, str]:
    """``["town_country=SE"]`` as {field name: value}; a field the kind lacks is an error."""
    names = {f.name for f in kind.fields}
    fixed: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name or not value:
            raise CommandError(
                fill(translate("CommandLine",
                               "“%1” is not of the form FIELD=VALUE, as in “town_country=SE”."),
                     pair)
            )  # fmt: skip
        if name not in names:
            raise CommandError(
                fill(translate("CommandLine", "%1 is not a field of this kind; the fields are %2."),
                     name, ", ".join(sorted(names)))
            )  # fmt: skip
        fixed[name] = value
    return fixed


def _merge_options(args: argparse.Namespace) -> ImportOptions:
    """The merges chosen: strong groups with --merge-similar, and the answers of --merges."""
    from pathlib import Path

    from app.importing.merge_review import ReviewFileError, read_review
    from app.importing.plan import ImportOptions

    answers = None
    if args.merges:
        try:
            answers = read_review(Path(args.merges))
        except ReviewFileError as error:
            raise CommandError(error.message) from None
    return ImportOptions(
        merge_strong=args.merge_similar,
        merge_groups=answers.merge if answers else frozenset(),
        declined_groups=answers.keep_apart if answers else frozenset(),
        skip_invalid=args.skip_invalid,
    )


def _write_review(args: argparse.Namespace, summary: ImportSummary) -> None:
    """With --merge-similar, the groups not merged go to a file the user answers."""
    from pathlib import Path

    from app.importing.merge_review import review_path, write_review

    if not args.merge_similar or args.merges:
        return
    path = review_path(Path(args.file))
    written = write_review(path, summary.groups, summary.merged_groups)
    if written:
        say(
            fill(
                translate(
                    "CommandLine",
                    "Groups of towns that look alike and were not merged: %1. Answer yes or no "
                    "for each in %2 and import again with --merges %2.",
                ),
                written,
                str(path),
            )
        )


def _offer_home(database: Database, parsed: ParsedFile, args: argparse.Namespace) -> list[str]:
    """Mark (with --mark-home) or offer the one town a twinnings file names as home."""
    from app.importing.home_offer import home_town_offer
    from app.workflow.home import mark_home_town

    offer = home_town_offer(database, parsed)
    if offer is None:
        return []
    if args.mark_home and not args.dry_run:
        home = mark_home_town(database, offer.name, offer.country)
        return [fill(translate("CommandLine", "%1 is now marked as the home municipality."),
                     home.name)]  # fmt: skip
    return [
        fill(
            translate(
                "CommandLine",
                "Every row names %1 in the column %2: if it is the municipality's own town, "
                "mark it as the home municipality with --mark-home or in its form.",
            ),
            offer.name,
            offer.column,
        )
    ]


def _describe_source(table: TableSource) -> None:
    if table.kind == "csv":
        encoding = table.encoding or ""
        delimiter = {"\t": "tab", ";": ";", ",": ","}.get(table.delimiter or "", table.delimiter)
        say(
            fill(
                translate("CommandLine", "Read %1 as %2 with columns separated by “%3”."),
                table.path.name,
                encoding,
                delimiter,
            )
        )
    else:
        say(
            fill(
                translate("CommandLine", "Read the sheet “%1” of %2."),
                table.sheet,
                table.path.name,
            )
        )


def _print_groups(
    groups: Sequence[MergeGroup], merged: frozenset[str] | None, *, asked: bool = False
) -> None:
    if not groups:
        return
    say(translate("CommandLine", "Towns that look alike:"))
    for group in groups:
        if merged is None:
            state = ""
        elif group.id in merged:
            state = translate("CommandLine", "merged", "a group of similar towns")
        else:
            state = (
                translate(
                    "CommandLine",
                    "not merged (the evidence is not enough; answer in the merges file)",
                )
                if asked
                else translate("CommandLine", "not merged (use --merge-similar)")
            )
        say(f"  {group.description()}" + (f" – {state}" if state else ""))
        say(f"    {group.evidence.sentence()}")


def _print_problems(problems: Sequence[Problem]) -> None:
    """Every problem, except that each unread country spelling is one line with its row count."""
    from app.importing.country_spellings import unread_countries

    if not problems:
        return
    say(fill(translate("CommandLine", "Problems (%1):"), len(problems)))
    unread = unread_countries(problems)
    # Each spelling once, where its first row comes among the other problems.
    first_rows = {(u.first_row, u.column, u.written): u for u in unread}
    for problem in problems:
        if not problem.written_country:
            say(f"  {problem.text()}")
            continue
        country = first_rows.pop((problem.row, problem.column, problem.written_country), None)
        if country is not None:
            say(f"  {country.text()}")
    if unread:
        say(
            fill(
                translate(
                    "CommandLine",
                    "Say which country each of these is with --country-as, for example "
                    '--country-as "%1=CODE"; the answer is remembered for later imports.',
                ),
                unread[0].written,
            )
        )


def _print_plan(plan: Plan) -> None:
    _print_groups(plan.groups, None)
    _print_problems(plan.problems)
    for warning in plan.parsed.warnings:
        say(warning)


def _print_summary(summary: ImportSummary, *, asked: bool = False) -> None:
    _print_groups(summary.groups, summary.merged_groups, asked=asked)
    _print_problems(summary.problems)
    for line in summary.lines():
        say(line)
