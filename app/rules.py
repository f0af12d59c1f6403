"""The municipality's own rules (DESIGN.md section 4) with their defaults.

They are kept as a JSON object in the settings row, so another municipality
changes a threshold or drops the yearly report in Settings, not in code.

Two sets of defaults exist on purpose. The field defaults below are the
behaviour of every database made before the rules could be switched off: a
key missing from stored JSON keeps that old behaviour, so an existing
register never changes its rules on an upgrade. A new database is written
with :func:`new_database_rules` instead: the reminders every municipality
needs and the approval of trips are on, and each other rule of the
municipality's own policy is switched on when the coordinator states it
(first start, Settings ▸ Rules).
"""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from typing import Any

from app.formatting import format_amount
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.vocabulary import LABELS, label
from db.vocabulary import BODIES

# The rules that come from one municipality's policy: (switch, body, source document).
# Everything else (agreement dates, revise-by, grant reports, hosting follow-up) is
# universal and always on.
MUNICIPAL_RULES: tuple[tuple[str, str | None, str], ...] = (
    ("trip_approval", "trip_approval_body", "trip_approval_source_id"),
    ("report_back", "report_back_body", "report_back_source_id"),
    ("yearly_council_report", "yearly_report_body", "yearly_report_source_id"),
    ("evaluate_each_term", None, "evaluation_source_id"),
)


@dataclass(frozen=True)
class Rules:
    """The municipality's own rules that checks and reminders follow (which body approves trips)."""

    # Trips to twin towns are approved by a decision of this body
    trip_approval: bool = True
    trip_approval_body: str = "executive_board"
    trip_approval_source_id: int | None = None  # the governing document stating the rule
    # Trips costing more than the threshold are reported back to this body
    report_back: bool = True
    report_back_body: str = "executive_board"
    report_back_threshold_sek: int = 10_000
    report_back_source_id: int | None = None
    # Yearly report of all exchanges and trips, for the year before
    yearly_council_report: bool = True
    yearly_report_body: str = "council"
    yearly_report_month: int = 3  # due by this day of this month
    yearly_report_day: int = 31  # past the month's end: its last day
    yearly_report_source_id: int | None = None
    # Evaluation of every twinning once per term of office
    evaluate_each_term: bool = True
    evaluation_source_id: int | None = None
    # Days of warning before something falls due
    policy_lead_days: int = 180
    agreement_lead_days: int = 90
    grant_report_lead_days: int = 30
    hosting_follow_up_days: int = 90
    # Derived twinning status over a period: at least this many recorded
    # activities or meetings a year on average is "active"; at least one in the
    # period is "sporadic"; none is "dormant".
    status_period_years: int = 4
    status_active_per_year: float = 1.0
    status_sporadic_min: int = 1
    # A twinning begun in the period, or within this many years of its last day,
    # is "new" (nystartad) rather than sporadic or dormant.
    status_new_years: int = 5
    # Further days of warning of the to-do list (app.todo), before an item falls due.
    trip_approval_lead_days: int = 60  # before departure
    trip_report_back_days: int = 60  # after the return, by when the report-back is due
    yearly_report_lead_days: int = 60
    term_evaluation_lead_days: int = 180  # before the term of office ends
    agreement_action_lead_days: int = 30
    hosting_notice_days: int = 365  # before 1 January of a year the home town hosts
    person_disposal_lead_days: int = 30

    def to_json(self) -> dict[str, Any]:
        """The rules as JSON for the settings table."""
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Rules:
        """Rules from stored JSON; unknown keys are ignored, missing ones take defaults.

        The defaults are those of a database made before a rule existed (see the
        module), so an upgrade never switches a municipality's rule on or off.
        """
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in (data or {}).items():
            if key in known:
                values[key] = value
        return cls(**values)

    def source_ids(self) -> set[int]:
        """The governing documents the rules cite."""
        found = {getattr(self, source) for _, _, source in MUNICIPAL_RULES}
        return {int(doc) for doc in found if doc is not None}


def new_database_rules() -> Rules:
    """The rules a new database starts with: the universal reminders, and trip approval.

    Approval of trips by the executive board is the one rule the design takes
    as every municipality's (a Swedish municipality's officers do not travel
    abroad on its behalf unapproved); it is shown ticked in the first-start dialog
    and in Settings, where it is switched off or given to another body. The
    other municipal rules start off until the municipality states them.
    """
    return Rules(
        trip_approval=True,
        report_back=False,
        yearly_council_report=False,
        evaluate_each_term=False,
    )


# ---------------------------------------------------------------- the rules in words

MONTHS = (
    QT_TRANSLATE_NOOP("Rules", "January"),
    QT_TRANSLATE_NOOP("Rules", "February"),
    QT_TRANSLATE_NOOP("Rules", "March"),
    QT_TRANSLATE_NOOP("Rules", "April"),
    QT_TRANSLATE_NOOP("Rules", "May"),
    QT_TRANSLATE_NOOP("Rules", "June"),
    QT_TRANSLATE_NOOP("Rules", "July"),
    QT_TRANSLATE_NOOP("Rules", "August"),
    QT_TRANSLATE_NOOP("Rules", "September"),
    QT_TRANSLATE_NOOP("Rules", "October"),
    QT_TRANSLATE_NOOP("Rules", "November"),
    QT_TRANSLATE_NOOP("Rules", "December"),
)

# What people call the bodies, beside the codes and labels: "KS", "kommunstyrelsen".
_BODY_NAMES = {
    "kf": "council",
    "kommunfullmäktige": "council",
    "fullmäktige": "council",
    "ks": "executive_board",
    "kommunstyrelsen": "executive_board",
    "kommunstyrelse": "executive_board",
    "styrelsen": "executive_board",
    "ksau": "working_committee",
    "ks au": "working_committee",
    "arbetsutskottet": "working_committee",
    "kommunstyrelsens arbetsutskott": "working_committee",
    "kf:s presidium": "council_presidium",
    "kf presidium": "council_presidium",
    "presidiet": "council_presidium",
    "nämnd": "committee",
    "nämnden": "committee",
}


def month_name(month: int) -> str:
    """The month's name in the user's language ("mars")."""
    return translate("Rules", MONTHS[min(12, max(1, month)) - 1])


def day_and_month(day: int, month: int) -> str:
    """ "31 mars": the day of the year a rule names."""
    last = calendar.monthrange(2001, min(12, max(1, month)))[1]
    return f"{min(last, max(1, day))} {month_name(month)}"


def body_code(text: str) -> str | None:
    """The body that ``text`` names (a code, a label, "KS", "kommunstyrelsen"), or None."""
    key = " ".join(text.strip().lower().replace("_", " ").split())
    if not key:
        return None
    for code in BODIES:
        if key in (code.replace("_", " "), LABELS.get(code, "").lower(), label(code).lower()):
            return code
    return _BODY_NAMES.get(key)


def describe(rules: Rules) -> list[str]:
    """The municipality's own rules that are on, one whole sentence each."""
    lines: list[str] = []
    if rules.trip_approval:
        lines.append(
            translate("Rules", "Trips to twin towns are approved by the %1.").replace(
                "%1", label(rules.trip_approval_body)
            )
        )
    if rules.report_back:
        text = translate("Rules", "Trips costing more than %1 are reported back to the %2.")
        lines.append(
            text.replace("%1", format_amount(rules.report_back_threshold_sek)).replace(
                "%2", label(rules.report_back_body)
            )
        )
    if rules.yearly_council_report:
        text = translate("Rules", "Exchanges and trips are reported every year to the %1 by %2.")
        lines.append(
            text.replace("%1", label(rules.yearly_report_body)).replace(
                "%2", day_and_month(rules.yearly_report_day, rules.yearly_report_month)
            )
        )
    if rules.evaluate_each_term:
        lines.append(translate("Rules", "The twinnings are evaluated every term of office."))
    return lines
