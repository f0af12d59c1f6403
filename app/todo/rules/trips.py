"""To-do rules for trips: approval before a trip to a twin town, the report back after it, and trips made without the approval."""

from __future__ import annotations

from collections.abc import Iterator

from app.formatting import format_amount, format_date
from app.i18n import translate
from app.reports.cell_text import fill
from app.services.records import RecordRef
from app.todo.items import TodoItem
from app.todo.reading import TRIPS_AHEAD, TRIPS_MADE, Reading, lead_time
from app.vocabulary import label
from app.workflow import context
from app.workflow.trips import report_back_need


def trip_approvals(r: Reading) -> Iterator[TodoItem | None]:
    """Planned trips to twin towns that still need the approval the rule asks for."""
    if not r.rules.trip_approval:
        return
    lead = r.rules.trip_approval_lead_days
    last_start = r.today + lead_time(lead)
    rows = [
        (row.id, row.title, row.start_date)
        for row in r.trips
        if row.status in TRIPS_AHEAD and row.start_date is not None and row.start_date <= last_start
    ]
    if not rows:
        return
    towns = r.trip_towns
    unlinked = r.unlinked
    body = label(r.rules.trip_approval_body)
    for trip_id, title, start in rows:
        if start is None:  # excluded in SQL
            continue
        if not r.to_twin_town(towns.get(trip_id, ())):
            continue
        yield r.item(
            f"trip:{trip_id}:approval",
            "trip_approval",
            fill(
                translate("Todo", "Trip: %1 - approval by the %2 before departure on %3"),
                title,
                body,
                format_date(start),
            ),
            start,
            lead,
            RecordRef("trip", trip_id),
            detail=r.stated_in(
                r.rules.trip_approval_source_id, r.why_covered(towns.get(trip_id, ()), unlinked)
            ),
        )


def trip_report_backs(r: Reading) -> Iterator[TodoItem | None]:
    """Trips made that owe a report back to the body the rules name."""
    if not r.rules.report_back:
        return
    done = [row for row in r.trips if row.status == "done"]
    if not done:
        return
    rates = context.exchange_rates(r.session)
    body = label(r.rules.report_back_body)
    for row in done:
        need = report_back_need(row, r.rules, rates, r.today)
        if not need.needed:
            continue
        returned = row.end_date or row.start_date or r.today
        due = returned + lead_time(r.rules.trip_report_back_days)
        if need.cost_sek is not None:
            cost = format_amount(need.cost_sek)
            detail = ""
        else:
            amount = context.trip_cost(row.actual_cost, row.estimated_cost)
            cost = format_amount(amount, row.currency)
            detail = fill(
                translate(
                    "Todo",
                    "No exchange rate for %1 is entered; the cost cannot be compared with %2.",
                ),
                row.currency,
                format_amount(r.rules.report_back_threshold_sek),
            )
        yield r.item(
            f"trip:{row.id}:report_back",
            "trip_report_back",
            fill(
                translate("Todo", "Trip: %1 - report back to the %2 (cost %3) by %4"),
                row.title,
                body,
                cost,
                format_date(due),
            ),
            due,
            r.rules.trip_report_back_days,
            RecordRef("trip", row.id),
            detail=r.stated_in(r.rules.report_back_source_id, detail),
        )


def trips_without_approval(r: Reading) -> Iterator[TodoItem | None]:
    """Trips made (done or reported) without the approval the rule asks for."""
    if not r.rules.trip_approval:
        return
    rows = [
        (
            row.id,
            row.title,
            row.start_date,
            row.end_date,
            row.approval_decision_id,
            row.approver_body,
        )
        for row in r.trips
        if row.status in TRIPS_MADE
    ]
    if not rows:
        return
    body_code = r.rules.trip_approval_body
    body = label(body_code)
    towns = r.trip_towns
    unlinked = r.unlinked
    for trip_id, title, start, end, decision_id, decided_by in rows:
        if decision_id is not None and decided_by == body_code:
            continue
        if not r.to_twin_town(towns.get(trip_id, ())):
            continue
        if decision_id is None:
            detail = ""
        else:
            detail = fill(
                translate("Todo", "The approving decision linked is one of the %1."),
                label(decided_by),
            )
        why = r.why_covered(towns.get(trip_id, ()), unlinked)
        detail = " ".join(part for part in (detail, why) if part)
        # Due when the trip began: it should have been approved by then.
        due = start or end or r.today
        yield r.item(
            f"trip:{trip_id}:unapproved",
            "trip_unapproved",
            fill(
                translate("Todo", "Trip: %1 - made without the approval of the %2"),
                title,
                body,
            ),
            due,
            0,
            RecordRef("trip", trip_id),
            detail=r.stated_in(r.rules.trip_approval_source_id, detail),
        )
