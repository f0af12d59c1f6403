"""The reminders of one record, as its form shows them: when each appears, and what for."""

from __future__ import annotations

from datetime import date

from shared_registers import Register

from app.services import records as r
from app.todo import mark_done
from app.todo.on_record import reminder_lines
from app.workspace import Workspace


def test_a_planned_trip_to_a_twin_town_shows_its_approval_reminder(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = register.trip("Imatra", (ludvika["imatra"],), start_date=date(2027, 9, 1))
    # 60 days before departure (the rule's default): 2027-07-03.
    assert reminder_lines(workspace.database, "trip", trip, date(2027, 1, 1)) == [
        "Reminder from 2027-07-03: trips to approve"
    ]
    # Paris is twinned with Rome, not with Ludvika: no approval, no reminder.
    register.twinning(ludvika["paris"], register.town("Rom"))
    elsewhere = register.trip("Paris", (ludvika["paris"],), start_date=date(2027, 9, 1))
    assert reminder_lines(workspace.database, "trip", elsewhere, date(2027, 1, 1)) == []
    register.set_rules(trip_approval=False)
    assert reminder_lines(workspace.database, "trip", trip, date(2027, 1, 1)) == []


def test_a_trip_made_without_approval_says_it_is_on_the_list(
    workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    trip = register.trip("Imatra", (ludvika["imatra"],), start_date=date(2026, 5, 4), status="done")
    assert reminder_lines(workspace.database, "trip", trip, date(2026, 6, 1)) == [
        "On the to-do list since 2026-05-04: trips made without approval"
    ]


def test_a_reminder_marked_done_is_no_longer_shown(
    workspace: Workspace, register: Register
) -> None:
    grant_org = register.save(r.Organisation(name="Föreningen Norden"))
    grant = register.save(
        r.Grant(organisation_id=grant_org, year=2027, report_due=date(2028, 3, 31))
    )
    # 30 days of warning before the report is due.
    assert reminder_lines(workspace.database, "grant", grant, date(2027, 6, 1)) == [
        "Reminder from 2028-03-01: grant reports"
    ]
    mark_done(workspace.database, f"grant:{grant}:report", date(2027, 6, 1))
    assert reminder_lines(workspace.database, "grant", grant, date(2027, 6, 1)) == []
    assert (
        reminder_lines(workspace.database, "town", 1, date(2027, 6, 1)) == []
    )  # no reminders of towns
