"""Done and snoozed items leave the list; the calendar export is read back by icalendar."""

from __future__ import annotations

import datetime as dt
from datetime import date
from pathlib import Path

import icalendar
import pytest
from shared_registers import Register
from sqlalchemy import select

from app.services import records as r
from app.services.errors import ValidationError
from app.todo import export_ics, mark_done, reopen, snooze, todo_items
from app.workspace import Workspace
from db import models as m


def keys(ws: Workspace, today: date) -> set[str]:
    return {item.key for item in todo_items(ws.database, today)}


@pytest.fixture
def policy_key(register: Register) -> str:
    policy = register.save(
        r.PolicyDocument(title="Policy för vänortssamarbete", revise_by=date(2028, 12, 31))
    )
    return f"policy:{policy}:revise:2028-12-31"


def test_a_done_item_leaves_the_list_and_can_be_reopened(
    workspace: Workspace, policy_key: str
) -> None:
    assert policy_key in keys(workspace, date(2028, 8, 1))
    mark_done(workspace.database, policy_key, date(2028, 8, 1), "Revised by KF 2028-06-12")
    assert policy_key not in keys(workspace, date(2028, 8, 1))
    assert policy_key not in keys(workspace, date(2029, 6, 1))  # not even once overdue
    reopen(workspace.database, policy_key)
    assert policy_key in keys(workspace, date(2028, 8, 1))


def test_a_snoozed_item_comes_back_on_the_day_it_was_snoozed_until(
    workspace: Workspace, policy_key: str
) -> None:
    snooze(
        workspace.database,
        policy_key,
        date(2028, 9, 1),
        "Waiting for the council",
        today=date(2028, 8, 1),
    )
    assert policy_key not in keys(workspace, date(2028, 8, 1))
    assert policy_key not in keys(workspace, date(2028, 8, 31))
    assert policy_key in keys(workspace, date(2028, 9, 1))


def test_snoozing_into_the_past_is_refused(workspace: Workspace, policy_key: str) -> None:
    with pytest.raises(ValidationError) as refused:
        snooze(workspace.database, policy_key, date(2028, 8, 1), today=date(2028, 8, 1))
    assert refused.value.for_field("snoozed_until")
    with workspace.database.reading() as session:
        assert session.scalars(select(m.Reminder)).all() == []


def test_marks_are_one_row_per_key_and_logged(workspace: Workspace, policy_key: str) -> None:
    snooze(workspace.database, policy_key, date(2028, 9, 1), "Väntar", today=date(2028, 8, 1))
    mark_done(workspace.database, policy_key, date(2028, 9, 2))
    with workspace.database.reading() as session:
        rows = session.scalars(select(m.Reminder)).all()
        assert [(row.key, row.done_on, row.snoozed_until) for row in rows] == [
            (policy_key, date(2028, 9, 2), None)
        ]
        log = session.scalars(
            select(m.ChangeLogEntry)
            .where(m.ChangeLogEntry.target_kind == "reminder")
            .order_by(m.ChangeLogEntry.id)
        ).all()
        assert [entry.action for entry in log] == ["create", "update"]
        assert log[1].changes == {
            "done_on": [None, "2028-09-02"],
            "snoozed_until": ["2028-09-01", None],
        }
        assert log[0].user == "testare"


def test_the_calendar_is_read_back_and_a_new_export_keeps_the_uids(
    workspace: Workspace, register: Register, ludvika: dict[str, int], tmp_path: Path
) -> None:
    register.save(r.PolicyDocument(title="Policy; med, tecken", revise_by=date(2028, 12, 31)))
    register.save(r.Agreement(title="Avtal Imatra", review_date=date(2028, 10, 1)))
    register.trip("Imatra", (ludvika["imatra"],), start_date=date(2028, 8, 20))
    items = todo_items(workspace.database, date(2028, 8, 1))
    assert len(items) >= 4  # policy, agreement, trip approval, yearly report
    target = tmp_path / "todo.ics"
    assert export_ics(items, target, now=dt.datetime(2028, 8, 1, 8, 0)) == len(items)

    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    calendar = icalendar.Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    by_uid = {str(event["UID"]): event for event in events}
    assert set(by_uid) == {f"{item.key}@vanort" for item in items}
    for item in items:
        event = by_uid[f"{item.key}@vanort"]
        assert str(event["SUMMARY"]) == item.title
        assert event.decoded("DTSTART") == item.due
    policy_event = next(e for e in events if "Policy; med, tecken" in str(e["SUMMARY"]))
    assert str(policy_event["SUMMARY"]).endswith("revise by 2028-12-31")

    # A day later, with one item done: the same UIDs for the same obligations.
    mark_done(workspace.database, items[0].key, date(2028, 8, 2))
    again = todo_items(workspace.database, date(2028, 8, 2))
    export_ics(again, target, now=dt.datetime(2028, 8, 2, 8, 0))
    reread = icalendar.Calendar.from_ical(target.read_bytes())
    uids = {str(event["UID"]) for event in reread.walk("VEVENT")}
    assert uids == set(by_uid) - {f"{items[0].key}@vanort"}
