"""``vanort person extract`` and ``vanort person dispose``: a person's data out, or gone.

vanort person extract --database DB --person ID_OR_NAME --out FILE.pdf|FILE.xlsx
vanort person dispose --database DB --person ID_OR_NAME (--decision N | --by-rule)
                      [--free-text] [--dry-run]
"""

from __future__ import annotations

import argparse

from app.cli.common import (
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


def register(subparsers: Subparsers) -> None:
    """Add the person command (a person's data extract or disposal) to the command line."""
    person = add_command(
        subparsers,
        "person",
        translate("CommandLine", "A person's data: an extract of it, or its disposal."),
    )
    actions = add_actions(person, "person_action", "ACTION", translate("CommandLine", "actions"))
    extract = add_command(
        actions,
        "extract",
        translate("CommandLine", "Write everything the register holds about one person."),
    )
    add_database_option(extract)
    _person_option(extract)
    extract.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate("CommandLine", "The file to write: FILE.pdf or FILE.xlsx."),
    )
    extract.set_defaults(handler=write_extract)

    dispose = add_command(
        actions,
        "dispose",
        translate(
            "CommandLine",
            "Dispose of a person's data, by a decision or by the person's own date.",
        ),
    )
    add_database_option(dispose)
    _person_option(dispose)
    grounds = dispose.add_mutually_exclusive_group(required=True)
    grounds.add_argument(
        "--decision",
        type=int,
        metavar="N",
        help=translate("CommandLine", "The number of the decision that disposes of the data."),
    )
    grounds.add_argument(
        "--by-rule",
        action="store_true",
        help=translate(
            "CommandLine", "Dispose because the person's 'dispose after' date has come."
        ),
    )
    dispose.add_argument(
        "--free-text",
        action="store_true",
        help=translate(
            "CommandLine", "Also take the person's name out of other records' free text."
        ),
    )
    dispose.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "Only list what would be removed."),
    )
    dispose.set_defaults(handler=dispose_person)


def _person_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--person",
        required=True,
        metavar="ID_OR_NAME",
        help=translate("CommandLine", "The person's number, or whole name."),
    )


def write_extract(args: argparse.Namespace) -> int:
    """Write the extract of one person; 0 when the file was written."""
    from app.people.extract import build_person_extract
    from app.people.mentions import find_person
    from app.reports.output import check_target, render

    target = check_target(args.out)
    with opened_register(database_target(args)) as database:
        person_id, name = find_person(database, args.person)
        document = build_person_extract(database, person_id)
    render(document, target)
    say(fill(translate("CommandLine", "The extract about %1 is written to %2."), name, target))
    say(translate("CommandLine", "It holds personal data: keep it safe and delete it when sent."))
    return 0


def dispose_person(args: argparse.Namespace) -> int:
    """Dispose of (or, with --dry-run, list) a person's data."""
    from app.people.disposal import DisposalPlan, dispose, plan_disposal
    from app.people.mentions import find_person

    with opened_register(database_target(args)) as database:
        person_id, name = find_person(database, args.person)
        plan: DisposalPlan
        if args.dry_run:
            plan = plan_disposal(database, person_id, free_text=args.free_text)
        else:
            plan = dispose(database, person_id, decision_id=args.decision, free_text=args.free_text)
    if args.dry_run:
        say(fill(translate("CommandLine", "Disposing of %1 would remove:"), name))
    else:
        say(plan.grounds)
    say(fill(translate("CommandLine", "  links from other records: %1"), len(plan.links)))
    for mention in plan.links:
        say(f"    {mention.field_label}: {mention.label}")
    if args.free_text:
        say(fill(translate("CommandLine", "  mentions in free text: %1"), len(plan.free_text)))
        for mention in plan.free_text:
            say(f"    {mention.field_label}: {mention.label}")
    say(fill(translate("CommandLine", "  change-log entries made anonymous: %1"), plan.log_entries))
    say(fill(translate("CommandLine", "  attached files removed: %1"), len(plan.files)))
    say(
        fill(
            translate("CommandLine", "  other attachments with the name taken out: %1"),
            plan.attachments_renamed,
        )
    )
    return 0
