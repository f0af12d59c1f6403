"""``vanort report mapping --database DB [--id N] --out FILE.pdf|.xlsx|.docx``: the mapping report.

Writes the saved mapping report with id N, or the latest one; a database with
no mapping report gets a draft made from the register, with the sections the
coordinator writes left as marked placeholders. The format follows the file's
ending; a Word file uses the municipality's Word template when the settings hold
one. A draft from a large register with no home town is refused with a sentence
asking for ``--home-town NAME`` (which marks that town as the home municipality,
the one change this command makes) or ``--whole-register``. Nothing else in the
database is changed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import (
    CommandError,
    Subparsers,
    add_actions,
    add_command,
    add_database_option,
    database_target,
    fill,
    opened_register,
    say,
)
from app.i18n import translate

if TYPE_CHECKING:
    from db.session import Database


def register(subparsers: Subparsers) -> None:
    """Add the report command (report mapping: the mapping report) to the command line."""
    report = add_command(
        subparsers,
        "report",
        translate("CommandLine", "Write a board report: the mapping report (kartläggning)."),
    )
    kinds = add_actions(report, "report_kind", "REPORT", translate("CommandLine", "reports"))
    parser = add_command(
        kinds,
        "mapping",
        translate(
            "CommandLine",
            "The mapping report of the twinnings as PDF, Excel or Word: the saved report with --id, "
            "else the latest one, else a draft from the register.",
        ),
    )
    add_database_option(parser)
    parser.add_argument(
        "--id",
        type=int,
        metavar="N",
        help=translate(
            "CommandLine", "The number of a saved mapping report (default: the latest)."
        ),
    )
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("CommandLine", "The file to write: FILE.pdf, FILE.xlsx or FILE.docx."),
    )
    parser.add_argument(
        "--home-town",
        metavar="NAME",
        help=translate(
            "CommandLine",
            "Mark the register's town NAME as the home municipality first, so the report covers "
            "its twinnings.",
        ),
    )
    parser.add_argument(
        "--whole-register",
        action="store_true",
        help=translate(
            "CommandLine",
            "Draft from every twinning of a large register that has no home municipality.",
        ),
    )
    parser.set_defaults(handler=mapping_report)


def _mark_home(database: Database, name: str) -> str:
    """Mark the register's town ``name`` as home; the sentence saying so, or an error."""
    from app.mapping.home_needed import towns_named
    from app.workflow.home import mark_home_town

    found = towns_named(database, name)
    if len(found) > 1:
        # The same name in several countries: a Swedish municipality's own town is in Sweden.
        found = [town for town in found if town.country == "SE"] or found
    if not found:
        raise CommandError(
            fill(translate("CommandLine", "There is no town called %1 in the register; give the "
                           "municipality's own town as the register writes it."), name)
        )  # fmt: skip
    if len(found) > 1:
        raise CommandError(
            fill(translate("CommandLine", "The register has %1 towns called %2; mark the "
                           "municipality's own one as home in its form."), len(found), name)
        )  # fmt: skip
    home = mark_home_town(database, found[0].name, found[0].country)
    return fill(translate("CommandLine", "%1 is now marked as the home municipality."), home.name)


def mapping_report(args: argparse.Namespace) -> int:
    """Write the report; 0 when the file was written."""
    from app.formatting import format_int
    from app.mapping import (
        SavedReport,
        latest_report,
        load_report,
        report_document,
        write_document,
    )
    from app.reports.builders import ReportError
    from app.reports.output import format_of
    from app.services.errors import RecordNotFound
    from app.services.settings import load_settings

    try:
        format_of(args.out)
    except ReportError as error:
        raise CommandError(str(error)) from None
    from app.mapping.home_needed import home_needed

    report: SavedReport | None
    home_line = None
    with opened_register(database_target(args)) as database:
        if args.home_town:
            home_line = _mark_home(database, args.home_town)
        if args.id is not None:
            try:
                report = load_report(database, args.id)
            except RecordNotFound:
                raise CommandError(
                    fill(translate("CommandLine", "There is no mapping report number %1."), args.id)
                ) from None
        else:
            report = latest_report(database)
        need = home_needed(database) if report is None and not args.whole_register else None
        if need is not None:
            raise CommandError(
                fill(
                    translate(
                        "CommandLine",
                        "The register has %1 twinnings and no town marked as the home "
                        "municipality, so the mapping report would cover all of them; give the "
                        "municipality's own town with --home-town NAME, or --whole-register to "
                        "draft from every twinning.",
                    ),
                    format_int(need.twinnings),
                )
            )
        if home_line is not None:
            say(home_line)
        document = report_document(database, report)
        word_template = load_settings(database).word_template
    try:
        written = write_document(document, args.out, word_template=word_template)
    except ReportError as error:  # a place that cannot be written is one too
        raise CommandError(str(error)) from None
    if report is None:
        say(
            fill(
                translate(
                    "CommandLine",
                    "No mapping report is saved yet; %1 holds a draft made from the register.",
                ),
                written,
            )
        )
    else:
        say(fill(translate("CommandLine", "Mapping report %1 written to %2."), report.id, written))
    return 0
