"""The trip's steps and the rules that guard them.

A trip goes planned -> awaiting approval -> approved -> done -> reported, or
is cancelled before it is done. Two of the municipality's rules (DESIGN.md
section 4), when its policy states them, are checked on every save of a trip:

- a trip to a twin town (or to a town in no twinning yet, see
  :func:`app.workflow.context.twin_town_ids`) is not approved without a
  decision of the approving body, and the decision linked as approving must
  be one of that body;
- a trip whose cost in SEK exceeds the threshold is not reported until its
  purpose, goals and results are written and the report-back decision (of the
  body the rule names) linked.

A trip recorded as done or reported without the approval is accepted: the
register records what happened (an old trip, an imported list), and the
to-do list asks for the missing approval ("made without approval").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_amount
from app.i18n import translate
from app.rules import Rules
from app.services import records as r
from app.services.errors import FieldError
from app.vocabulary import label
from app.workflow import context
from db import models as m
from db.home_towns import home_town_ids

# The forward steps in order; "cancelled" leaves the line from any step before "done".
STEPS = ("planned", "awaiting_approval", "approved", "done", "reported")
CANCELLED = "cancelled"
_APPROVED_OR_LATER = frozenset(STEPS[STEPS.index("approved") :])
_DONE_OR_LATER = frozenset(("done", "reported"))


def next_steps(status: str) -> tuple[str, ...]:
    """The statuses a trip in ``status`` may move on to (the next step, or cancelling)."""
    if status not in STEPS:
        return ()
    index = STEPS.index(status)
    following = STEPS[index + 1 : index + 2]
    if status in _DONE_OR_LATER:
        return following
    return (*following, CANCELLED)


@dataclass(frozen=True)
class ReportBackNeed:
    """Whether a trip needs a report-back, with the cost that decided it."""

    needed: bool
    cost_sek: Decimal | None  # None: no cost entered, or no exchange rate for its currency
    rate_missing: bool  # a cost in another currency without any rate to convert it


class TripCosts(Protocol):
    """What the report-back rule reads of a trip: its costs and its dates."""

    @property
    def actual_cost(self) -> Decimal | None:
        """The cost once known."""
        ...

    @property
    def estimated_cost(self) -> Decimal | None:
        """The cost expected beforehand."""
        ...

    @property
    def currency(self) -> str:
        """The currency of both costs."""
        ...

    @property
    def start_date(self) -> date | None:
        """The first day of the trip."""
        ...

    @property
    def end_date(self) -> date | None:
        """The last day of the trip."""
        ...


def report_back_need(
    trip: TripCosts, rules: Rules, rates: context.Rates, today: date
) -> ReportBackNeed:
    """Whether ``trip`` costs more than the rule's threshold, compared in SEK.

    The actual cost counts once known, else the estimate, converted with the
    rate of the year the trip started. A cost that cannot be converted (no rate
    entered for its currency) is treated as needing a report-back: the rule
    cannot be shown to be met.
    """
    amount = context.trip_cost(trip.actual_cost, trip.estimated_cost)
    if amount is None:
        return ReportBackNeed(False, None, False)
    year = context.trip_year(trip.start_date, trip.end_date, today)
    sek = context.cost_in_sek(amount, trip.currency, rates, year)
    if sek is None:
        return ReportBackNeed(True, None, True)
    return ReportBackNeed(context.over_threshold(sek, rules.report_back_threshold_sek), sek, False)


def goes_to_twin_town(town_ids: tuple[int, ...] | list[int], twins: set[int]) -> bool:
    """Whether any destination is a twin town of a home town."""
    return any(town in twins for town in town_ids)


# What each rule looks at: a save that changes none of these (a note added to a
# trip of 1995 entered before the rules existed) is not held up by the rule.
_APPROVAL_FIELDS = ("status", "approval_decision_id", "town_ids")
_REPORT_FIELDS = (
    "status",
    "purpose",
    "goals",
    "results",
    "report_back_decision_id",
    "actual_cost",
    "estimated_cost",
    "currency",
    "start_date",
    "end_date",
)

_STORED_FIELDS = (*_REPORT_FIELDS, "approval_decision_id")


def check_trip(session: Session, trip: r.Trip) -> list[FieldError]:
    """The rule checks run before a trip is saved (named on the trip kind's spec).

    A new trip is checked whole; a stored one only against the rules whose
    fields the save changes.
    """
    stored = _stored(session, trip.id)
    rules = context.load_rules(session)
    errors: list[FieldError] = []
    if trip.status == CANCELLED and stored is not None and stored["status"] in _DONE_OR_LATER:
        errors.append(
            FieldError(
                "status", translate("Trip", "A trip that has been made cannot be cancelled.")
            )
        )
    if (
        rules.trip_approval
        and trip.status in _APPROVED_OR_LATER
        and _changes(stored, trip, _APPROVAL_FIELDS)
    ):
        errors.extend(_check_approval(session, trip, rules))
    if rules.report_back and _changes(stored, trip, ("report_back_decision_id",)):
        errors.extend(_check_report_back_body(session, trip, rules))
    if rules.report_back and trip.status == "reported" and _changes(stored, trip, _REPORT_FIELDS):
        errors.extend(_check_report_back(session, trip, rules))
    return errors


def needs_approval(session: Session, town_ids: tuple[int, ...] | list[int]) -> bool:
    """Whether a trip to ``town_ids`` falls under the approval rule.

    Without a home town no twin town is known; every trip is then taken to
    need the approval (the rule cannot be shown to be met) rather than none.
    """
    homes = home_town_ids(session)
    if not homes:
        return True
    return goes_to_twin_town(town_ids, context.twin_town_ids(session, homes))


def _to_unlinked_towns_only(session: Session, town_ids: tuple[int, ...] | list[int]) -> bool:
    """Whether the rule covers the trip only because its towns are in no twinning yet."""
    homes = home_town_ids(session)
    unlinked = context.towns_in_no_twinning(session, homes)
    twins = context.twin_town_ids(session, homes) - unlinked
    return not goes_to_twin_town(town_ids, twins)


def _stored(session: Session, trip_id: int | None) -> dict[str, object] | None:
    if trip_id is None:
        return None
    row = session.execute(
        select(*(getattr(m.Trip, name) for name in _STORED_FIELDS)).where(m.Trip.id == trip_id)
    ).first()
    if row is None:
        return None
    values: dict[str, object] = dict(zip(_STORED_FIELDS, row, strict=True))
    links = m.trip_towns
    values["town_ids"] = set(
        session.scalars(select(links.c.town_id).where(links.c.trip_id == trip_id))
    )
    return values


def _changes(stored: dict[str, object] | None, trip: r.Trip, names: tuple[str, ...]) -> bool:
    if stored is None:
        return True
    for name in names:
        new: object = getattr(trip, name)
        if name == "town_ids":
            new = set(trip.town_ids)
        if stored[name] != new:
            return True
    return False


def _check_approval(session: Session, trip: r.Trip, rules: Rules) -> list[FieldError]:
    if not needs_approval(session, trip.town_ids):
        return []
    body = label(rules.trip_approval_body)
    if trip.approval_decision_id is None:
        if trip.status != "approved":
            return []  # made without approval: accepted, and listed on the to-do list
        if not home_town_ids(session):
            text = translate(
                "Trip",
                "No home municipality is marked, so every trip counts as one to a twin town "
                "and needs the approving decision of the %1 before it is approved.",
            )
        elif _to_unlinked_towns_only(session, trip.town_ids):
            text = translate(
                "Trip",
                "None of the trip's destinations is in a twinning in the register yet, so it "
                "counts as a trip to a twin town and needs the approving decision of the %1 "
                "before it is approved.",
            )
        else:
            text = translate(
                "Trip",
                "A trip to a twin town needs the approving decision of the %1 "
                "before it is approved.",
            )
        return [FieldError("approval_decision_id", text.replace("%1", body))]
    return _decision_of_body(
        session,
        "approval_decision_id",
        trip.approval_decision_id,
        rules.trip_approval_body,
        translate(
            "Trip", "The approving decision must be one of the %1; the one chosen is of the %2."
        ),
    )


def _decision_of_body(
    session: Session, field: str, decision_id: int, body: str, text: str
) -> list[FieldError]:
    decided_by = session.scalar(select(m.Decision.body).where(m.Decision.id == decision_id))
    if decided_by == body:
        return []
    return [FieldError(field, text.replace("%1", label(body)).replace("%2", label(decided_by)))]


def _check_report_back(session: Session, trip: r.Trip, rules: Rules) -> list[FieldError]:
    need = report_back_need(trip, rules, context.exchange_rates(session), date.today())
    if need.rate_missing:
        year = context.trip_year(trip.start_date, trip.end_date, date.today())
        text = translate(
            "Trip",
            "Enter an exchange rate for %1 in %2 so that the cost can be compared with "
            "the report-back threshold.",
        )
        return [FieldError("currency", text.replace("%1", trip.currency).replace("%2", str(year)))]
    if not need.needed:
        return []
    threshold = _threshold_text(rules)
    errors = []
    missing_text = {
        "purpose": translate(
            "Trip", "A trip costing more than %1 is reported back with its purpose."
        ),
        "goals": translate("Trip", "A trip costing more than %1 is reported back with its goals."),
        "results": translate(
            "Trip", "A trip costing more than %1 is reported back with its results."
        ),
    }
    for name, text in missing_text.items():
        value = getattr(trip, name)
        if value is None or not str(value).strip():
            errors.append(FieldError(name, text.replace("%1", threshold)))
    if trip.report_back_decision_id is None:
        text = translate(
            "Trip",
            "A trip costing more than %1 needs the report-back decision before it is reported.",
        )
        errors.append(FieldError("report_back_decision_id", text.replace("%1", threshold)))
    return errors


def _check_report_back_body(session: Session, trip: r.Trip, rules: Rules) -> list[FieldError]:
    if trip.report_back_decision_id is None:
        return []
    return _decision_of_body(
        session,
        "report_back_decision_id",
        trip.report_back_decision_id,
        rules.report_back_body,
        translate(
            "Trip", "The report-back decision must be one of the %1; the one chosen is of the %2."
        ),
    )


def _threshold_text(rules: Rules) -> str:
    return format_amount(rules.report_back_threshold_sek)
