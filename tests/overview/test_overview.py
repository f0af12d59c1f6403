"""The start page's content, read from small registers built here and from the demo."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.dates import ApproxDate
from app.demo import write_demo
from app.overview import DUE, NETWORKS, POLICIES, RECENT, STATUS, read_overview
from app.services import records as r
from app.services.changelog import kind_name
from app.services.records import RecordRef
from app.workspace import Workspace
from tests.derived.register import Register

TODAY = date(2026, 12, 6)


@pytest.fixture
def reg(workspace: Workspace) -> Register:
    return Register(workspace)


def test_a_new_register_says_what_to_do_first(workspace: Workspace) -> None:
    """On a new database each section says what to add, and offers to add it."""
    found = read_overview(workspace.database, TODAY)
    (status,) = found.section(STATUS).lines
    assert status.text.startswith("Add the municipality's first twin town")
    assert status.new_kind == "town"
    (network,) = found.section(NETWORKS).lines
    assert network.new_kind == "network"
    (policy,) = found.section(POLICIES).lines
    assert policy.new_kind == "policy"
    assert [s.key for s in found.sections] == [DUE, STATUS, NETWORKS, POLICIES, RECENT]


def test_a_status_that_changed_over_the_year_is_listed_with_its_grounds(
    workspace: Workspace, reg: Register
) -> None:
    """One contact that has left the four-year window: sporadic a year ago, dormant now."""
    home = reg.town("Vänersborg", home=True)
    lich = reg.town("Lich")
    husby = reg.town("Husby")
    changed = reg.twinning(home, lich, start_date=date(1990, 5, 1))
    reg.twinning(home, husby, start_date=date(1990, 5, 1))
    # Inside 2021-12-07 … 2025-12-06, outside 2022-12-07 … 2026-12-06.
    reg.activity("Choir visit", date(2022, 6, 1), (lich,))
    # Both years: Husby's status does not change.
    reg.activity("Football", date(2024, 6, 1), (husby,))
    lines = read_overview(workspace.database, TODAY).section(STATUS).lines
    assert lines[0].text == "Municipal level – sporadic: 1, dormant: 1"
    assert lines[1].text == "Civil level – dormant: 2"
    (change,) = lines[2:]
    assert change.text == "Vänersborg – Lich: dormant at the municipal level, sporadic a year ago."
    assert change.reason == "No contact is recorded at any level in 2022-12-07 – 2026-12-06."
    assert change.ref == RecordRef("twinning", changed)
    assert change.town_id == lich


def test_her_judgement_is_the_status_counted(workspace: Workspace, reg: Register) -> None:
    """A twinning she judged active counts as active and, judged so all along, has not changed."""
    home = reg.town("Vänersborg", home=True)
    eidi = reg.town("Eiði")
    reg.twinning(
        home,
        eidi,
        start_date=date(1990, 5, 1),
        status_override="active",
        status_override_reason="Letters every month.",
    )
    reg.activity("Choir visit", date(2022, 6, 1), (eidi,))
    lines = read_overview(workspace.database, TODAY).section(STATUS).lines
    assert lines[0].text == "Municipal level – active: 1"
    assert not [line for line in lines[2:] if "municipal level" in line.text]


def test_the_next_meeting_and_our_hosting_year_come_from_the_rotation(
    workspace: Workspace, reg: Register
) -> None:
    """Every second year in turn: after Lich (2025) hosts Husby, then we do."""
    home = reg.town("Vänersborg", home=True)
    lich, husby = reg.town("Lich"), reg.town("Husby")
    chain = reg.network("Nordic chain", cadence=2)
    for position, town in enumerate((home, lich, husby), start=1):
        reg.member(chain, town, position=position)
    reg.meeting(chain, 2025, lich)
    (line,) = read_overview(workspace.database, TODAY).section(NETWORKS).lines
    assert line.text == "Nordic chain: next meeting 2027 in Husby; we host in 2029."
    assert line.ref == RecordRef("network", chain)
    reg.meeting(chain, 2027, husby, place="Husby")
    (line,) = read_overview(workspace.database, TODAY).section(NETWORKS).lines
    assert line.text.startswith("Nordic chain: next meeting 2027 in Husby")
    assert line.reason == "The meeting is recorded in the register."


def test_governing_documents_near_or_past_their_revise_by_date(workspace: Workspace) -> None:
    """Within a year or past: listed, the past one marked; further off: not listed."""
    for title, day in (
        ("Policy", TODAY + timedelta(days=100)),
        ("Old guideline", TODAY - timedelta(days=400)),
        ("Strategy", TODAY + timedelta(days=800)),
    ):
        workspace.save(r.PolicyDocument(title=title, revise_by=ApproxDate.of_day(day)))
    lines = read_overview(workspace.database, TODAY).section(POLICIES).lines
    assert [line.text for line in lines] == [
        "Old guideline – revise by 2025-11-01",
        "Policy – revise by 2027-03-16",
    ]
    assert [line.urgent for line in lines] == [True, False]
    assert lines[0].reason == "The revise-by date has passed."


def test_recent_changes_name_the_kind_and_who(workspace: Workspace, reg: Register) -> None:
    """The newest change first, its kind in words; a deleted record has nothing to open."""
    lich = reg.town("Lich")
    husby = reg.town("Husby")
    workspace.delete("town", husby, workspace.get("town", husby).version)
    lines = read_overview(workspace.database, TODAY).section(RECENT).lines
    assert [line.text for line in lines[:2]] == ["Twin town: Husby", "Twin town: Husby"]
    assert lines[0].ref is None and lines[0].reason.endswith(" deleted it.")
    assert lines[2].text == "Twin town: Lich"
    assert lines[2].ref == RecordRef("town", lich)
    assert lines[2].reason.endswith(" created it.")


def test_log_kinds_that_are_no_record_kind_have_names(swedish: None) -> None:
    """The change log says "Kartläggning", not "mapping_report"."""
    assert kind_name("mapping_report") == "Kartläggning"
    assert kind_name("attachment") == "Bilaga"
    assert kind_name("town") == "Vänort"


def test_the_demo_lists_its_overdue_items_first(tmp_path: Path) -> None:
    """The demo's overdue follow-up report and yearly report lead, each opening its record."""
    write_demo(tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    try:
        found = read_overview(workspace.database, TODAY)
    finally:
        workspace.close()
    due = found.section(DUE).lines
    assert due[0].ref == RecordRef("meeting", 7) and due[0].urgent
    assert due[0].text.startswith("Follow-up report after hosting")
    assert due[1].ref == RecordRef("yearly_report", 2025) and due[1].urgent
    assert not any(line.urgent for line in due[2:])
    assert found.section(STATUS).lines[0].text == "Municipal level – dormant: 10, ended: 1"


def test_the_to_do_count_is_the_length_of_the_days_to_do_list(tmp_path: Path) -> None:
    """The page's to-do count is the to-do list's own length, done and snoozed items left out."""
    from app.todo import mark_done, snooze, todo_items

    write_demo(tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    try:
        items = todo_items(workspace.database, TODAY)
        assert len(items) > 2
        mark_done(workspace.database, items[0].key, TODAY)
        snooze(workspace.database, items[1].key, TODAY + timedelta(days=30))
        found = read_overview(workspace.database, TODAY)
    finally:
        workspace.close()
    assert found.todo_count == len(items) - 2
