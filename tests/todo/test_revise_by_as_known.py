"""A governing document's revise-by known only as a year ("revideras senast 2028")."""

from __future__ import annotations

from datetime import date

from shared_registers import Register

from app.dates import ApproxDate
from app.services import records as r
from app.todo import todo_items
from app.workspace import Workspace


def _policy_item(ws: Workspace, today: date) -> object | None:
    found = [item for item in todo_items(ws.database, today) if item.kind == "policy"]
    return found[0] if found else None


def _add(register: Register, revise_by: ApproxDate) -> int:
    return register.save(r.PolicyDocument(title="Policy för vänortssamarbete", revise_by=revise_by))


def test_a_year_falls_due_at_its_start_less_the_lead_time(
    workspace: Workspace, register: Register
) -> None:
    _add(register, ApproxDate.of_year(2028))
    # Default lead time 180 days before 2028-01-01, counted by hand: Dec 1 is 31 days
    # back, Nov 1 61, Oct 1 92, Sep 1 122, Aug 1 153, Jul 1 184; so 180 is 2027-07-05.
    assert _policy_item(workspace, date(2027, 7, 4)) is None
    item = _policy_item(workspace, date(2027, 7, 5))
    assert item is not None
    assert item.title == (  # type: ignore[attr-defined]
        "Governing document: Policy för vänortssamarbete - revise by 2028"
    )
    assert item.due == date(2028, 1, 1)  # type: ignore[attr-defined]
    assert item.state == "upcoming"  # type: ignore[attr-defined]


def test_a_year_is_not_overdue_until_it_has_passed(
    workspace: Workspace, register: Register
) -> None:
    _add(register, ApproxDate.of_year(2028))
    assert _policy_item(workspace, date(2028, 1, 1)).state == "due"  # type: ignore[union-attr]
    assert _policy_item(workspace, date(2028, 12, 31)).state == "due"  # type: ignore[union-attr]
    assert _policy_item(workspace, date(2029, 1, 1)).state == "overdue"  # type: ignore[union-attr]


def test_a_day_keeps_its_own_due_day(workspace: Workspace, register: Register) -> None:
    _add(register, ApproxDate.of_day(date(2028, 3, 31)))
    assert _policy_item(workspace, date(2028, 3, 31)).state == "due"  # type: ignore[union-attr]
    assert _policy_item(workspace, date(2028, 4, 1)).state == "overdue"  # type: ignore[union-attr]


def test_the_title_reads_as_known_in_swedish(
    workspace: Workspace, register: Register, swedish: None
) -> None:
    _add(register, ApproxDate.of_decade(2020, "late"))
    item = _policy_item(workspace, date(2027, 6, 1))
    assert item is not None
    assert item.title == (  # type: ignore[attr-defined]
        "Styrdokument: Policy för vänortssamarbete – revideras senast i slutet av 2020-talet"
    )
