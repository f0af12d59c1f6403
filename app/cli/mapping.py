"""``vanort report mapping --database DB [--id N] --out FILE.pdf|.xlsx|.docx``: the mapping report.

Writes the saved mapping report with id N, or the latest one; a database with
no mapping report gets a draft made from the register, with the sections the
coordinator writes left as marked placeholders. The format follows the file's
ending; a Word file uses the municipality's Word template when the settings hold
one. Nothing in the database is changed.
"""

from __future__ import annotations

import argparse

from app.cli.common import (
    CommandError,
    Parser,
    Subparsers,
    add_command,
    add_database_option,
    database_target,
    fill,
    say,
)
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    report = add_command(
        subparsers,
        "report",
        translate("CommandLine", "Write a board report: the mapping report (kartläggning)."),
    )
    kinds = report.add_subparsers(
        dest="report_kind",
        metavar="REPORT",
        title=translate("CommandLine", "reports"),
        parser_class=Parser,
        required=True,
    )
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
    parser.set_defaults(handler=mapping_report)


def mapping_report(args: argparse.Namespace) -> int:
    """Write the report; 0 when the file was written."""
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
    from app.workspace import Workspace

    try:
        format_of(args.out)
    except ReportError as error:
        raise CommandError(str(error)) from None
    workspace = Workspace.open(database_target(args))
    report: SavedReport | None
    try:
        if args.id is not None:
            try:
                report = load_report(workspace, args.id)
            except RecordNotFound:
                raise CommandError(
                    fill(translate("CommandLine", "There is no mapping report number %1."), args.id)
                ) from None
        else:
            report = latest_report(workspace)
        document = report_document(workspace, report)
        word_template = workspace.settings().word_template
    finally:
        workspace.close()
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
