"""``vanort new PATH`` and ``vanort demo PATH``: a new database, empty or with the demo.

``vanort new`` marks the home town (from ``--municipality`` unless
``--home-town`` names it) and switches on the municipality's own rules that
the options state. Trip approval by the executive board is on unless
``--no-trip-approval`` is given (every municipality has it, DESIGN.md section
4); the other municipal rules are off until stated, and the universal
reminders always apply.
"""

from __future__ import annotations

import argparse
import dataclasses
import re

from app.cli.common import (
    CommandError,
    Subparsers,
    add_command,
    fill,
    say,
    say_rules,
    shown_target,
)
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    """Add the new and demo commands (an empty or a demo database) to the command line."""
    new = add_command(subparsers, "new", translate("CommandLine", "Create a new, empty database."))
    _new_file_argument(new)
    new.add_argument(
        "--municipality",
        metavar="NAME",
        default="",
        help=translate("CommandLine", "The municipality's name, for example Vänersborgs kommun."),
    )
    new.add_argument(
        "--home-town",
        metavar="NAME",
        help=translate(
            "CommandLine",
            "The home town to mark (default: read from the municipality's name, "
            "Vänersborgs kommun giving Vänersborg).",
        ),
    )
    new.add_argument(
        "--country",
        metavar="CODE",
        default="SE",
        help=translate("CommandLine", "The home town's country code (default SE)."),
    )
    rules = new.add_argument_group(
        translate(
            "CommandLine",
            "The municipality's own rules (trip approval by the executive board is on, "
            "the others are off unless given)",
        )
    )
    rules.add_argument(
        "--trips-approved-by",
        metavar="BODY",
        help=translate(
            "CommandLine",
            "Trips to twin towns are approved by this body (default kommunstyrelsen).",
        ),
    )
    rules.add_argument(
        "--no-trip-approval",
        action="store_true",
        help=translate(
            "CommandLine",
            "Trips need no approving decision: the municipality's rules do not ask for one.",
        ),
    )
    rules.add_argument(
        "--report-back-to",
        metavar="BODY",
        help=translate("CommandLine", "Costly trips are reported back to this body."),
    )
    rules.add_argument(
        "--report-back-above",
        metavar="KR",
        type=int,
        default=10_000,
        help=translate("CommandLine", "The cost in kronor above which a trip is reported back."),
    )
    rules.add_argument(
        "--yearly-report-to",
        metavar="BODY",
        help=translate("CommandLine", "Exchanges and trips are reported every year to this body."),
    )
    rules.add_argument(
        "--yearly-report-by",
        metavar="MM-DD",
        default="03-31",
        help=translate("CommandLine", "The day the yearly report is due (default 03-31)."),
    )
    rules.add_argument(
        "--evaluate-each-term",
        action="store_true",
        help=translate("CommandLine", "Every twinning is evaluated once per term of office."),
    )
    new.set_defaults(handler=create_new)

    demo = add_command(
        subparsers,
        "demo",
        translate(
            "CommandLine", "Create a demo database with Vänersborg's twin towns (from 2014)."
        ),
    )
    _new_file_argument(demo)
    demo.set_defaults(handler=create_demo)


def _new_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        metavar="PATH",
        help=translate("CommandLine", "Where to create it; an existing file is never replaced."),
    )


def _body(text: str, option: str) -> str:
    from app.rules import body_code

    code = body_code(text)
    if code is None:
        raise CommandError(
            fill(
                translate(
                    "CommandLine",
                    "%1 is not a body this program knows for %2; write for example "
                    "kommunstyrelsen or kommunfullmäktige.",
                ),
                text,
                option,
            )
        )
    return code


def _month_day(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})\s*", text)
    if match is not None:
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    raise CommandError(
        fill(
            translate("CommandLine", "%1 is not a day of the year; write it as 03-31."),
            text,
        )
    )


def rules_from(args: argparse.Namespace) -> object:
    """The new database's rules: its defaults with the rules the options state switched on."""
    from app.rules import new_database_rules

    rules = new_database_rules()
    if args.no_trip_approval:
        if args.trips_approved_by:
            raise CommandError(
                translate(
                    "CommandLine",
                    "Give either --trips-approved-by or --no-trip-approval, not both.",
                )
            )
        rules = dataclasses.replace(rules, trip_approval=False)
    if args.trips_approved_by:
        body = _body(args.trips_approved_by, "--trips-approved-by")
        rules = dataclasses.replace(rules, trip_approval=True, trip_approval_body=body)
    if args.report_back_above < 0:
        raise CommandError(translate("CommandLine", "--report-back-above cannot be negative."))
    if args.report_back_to:
        body = _body(args.report_back_to, "--report-back-to")
        rules = dataclasses.replace(
            rules,
            report_back=True,
            report_back_body=body,
            report_back_threshold_sek=args.report_back_above,
        )
    month, day = _month_day(args.yearly_report_by)
    if args.yearly_report_to:
        body = _body(args.yearly_report_to, "--yearly-report-to")
        rules = dataclasses.replace(
            rules,
            yearly_council_report=True,
            yearly_report_body=body,
            yearly_report_month=month,
            yearly_report_day=day,
        )
    if args.evaluate_each_term:
        rules = dataclasses.replace(rules, evaluate_each_term=True)
    return rules


def create_new(args: argparse.Namespace) -> int:
    """Create an empty register at ``args.path`` (a file path or a database URL)."""
    from app.i18n import current_language
    from app.places.countries import country_name
    from app.rules import Rules, describe
    from app.workflow.home import town_name_of
    from app.workspace import Workspace

    rules = rules_from(args)
    assert isinstance(rules, Rules)
    home = (args.home_town or town_name_of(args.municipality)).strip()
    if not home:
        raise CommandError(
            translate(
                "CommandLine",
                "Name the municipality with --municipality NAME (or the home town with "
                "--home-town NAME): the rules need to know the home town.",
            )
        )
    workspace = Workspace.create(
        args.path,
        municipality=args.municipality,
        home_town=home,
        country=args.country,
        rules=rules,
    )
    try:
        where = str(workspace.path) if workspace.path else workspace.display_name
        marked = workspace.home_towns()
    finally:
        workspace.close()
    say(fill(translate("CommandLine", "Created the empty database %1."), where))
    for town in marked:
        say(
            fill(
                translate("CommandLine", "Home municipality: %1 (%2)."),
                town.name,
                country_name(town.country, current_language()) if town.country else "–",
            )
        )
    say_rules(
        describe(rules),
        translate(
            "CommandLine",
            "Only the universal reminders are on; state the municipality's own rules in "
            "Settings ▸ Rules.",
        ),
    )
    return 0


def create_demo(args: argparse.Namespace) -> int:
    """Write the Vänersborg demo register to ``args.path``."""
    from app.demo import write_demo

    write_demo(args.path)
    say(fill(translate("CommandLine", "Created the demo database %1."), shown_target(args.path)))
    return 0
