"""The to-do page and the term evaluation page, driven as the coordinator would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shared_registers import Register

from app.services import records as r
from app.workspace import Workspace
from ui.todo import TermEvaluationView, TodoView
from ui.todo.term_view import FLAG
from ui.todo.todo_view import TITLE

TODAY = date(2028, 8, 1)


def make_view(qtbot: QtBot, workspace: Workspace, today: date = TODAY) -> TodoView:
    view = TodoView(workspace, today=lambda: today)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def group_texts(view: TodoView) -> list[str]:
    tree = view.tree
    return [tree.topLevelItem(i).text(TITLE) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def double_click(qtbot: QtBot, view: TodoView, key: str) -> None:
    row = view.row_of(key)
    assert row is not None
    view.tree.scrollToItem(row)
    centre = view.tree.visualItemRect(row).center()
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_view_groups_items_by_kind_and_opens_one_on_double_click(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    policy = register.save(
        r.PolicyDocument(title="Policy för vänortssamarbete", revise_by=date(2028, 12, 31))
    )
    trip = register.trip("Imatra", (ludvika["imatra"],), start_date=date(2028, 8, 20))
    view = make_view(qtbot, workspace)
    assert group_texts(view) == [
        "Governing documents to revise (1)",
        "Trips to approve (1)",
        "Yearly report of exchanges and trips (1)",
    ]
    assert view.count() == 3
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        double_click(qtbot, view, f"trip:{trip}:approval")
    assert opened.args == ["trip", trip]
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        double_click(qtbot, view, f"policy:{policy}:revise:2028-12-31")
    assert opened.args == ["policy", policy]


def test_mark_done_and_snooze_update_the_list_and_the_count(
    qtbot: QtBot, workspace: Workspace, register: Register
) -> None:
    register.set_rules(yearly_council_report=True)
    register.town("Ludvika", home=True)
    policy = register.save(r.PolicyDocument(title="Policy", revise_by=date(2028, 12, 31)))
    view = make_view(qtbot, workspace)
    policy_key = f"policy:{policy}:revise:2028-12-31"
    assert not view.done_button.isEnabled()
    view.row_of(policy_key).setSelected(True)  # type: ignore[union-attr]
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.count_changed, timeout=2000) as counted:
        qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert counted.args == [1]
    assert view.row_of(policy_key) is None

    view.row_of("yearly_report:2027").setSelected(True)  # type: ignore[union-attr]
    view.ask_snooze = lambda count: (date(2028, 9, 1), "Väntar på KS")
    with qtbot.waitSignal(view.count_changed, timeout=2000) as counted:
        qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    assert counted.args == [0]
    assert group_texts(view) == []
    # On the day it was snoozed until, it is back.
    assert make_view(qtbot, workspace, date(2028, 9, 1)).row_of("yearly_report:2027") is not None


def test_export_calendar_writes_the_shown_items(
    qtbot: QtBot, workspace: Workspace, register: Register, tmp_path: Path
) -> None:
    register.save(r.PolicyDocument(title="Policy", revise_by=date(2028, 12, 31)))
    view = make_view(qtbot, workspace)
    target = tmp_path / "kalender"  # the suffix is added
    view.ask_calendar_path = lambda: str(target)
    with qtbot.waitSignal(view.message, timeout=2000):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = icalendar.Calendar.from_ical((tmp_path / "kalender.ics").read_bytes())
    uids = {str(event["UID"]) for event in written.walk("VEVENT")}
    assert uids == {f"{key}@vanort" for key in view.items}


def test_an_evaluation_due_opens_a_new_evaluation(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    term = register.term(2026)
    view = make_view(qtbot, workspace, date(2030, 6, 1))
    key = f"evaluation:{term}:{ludvika['imatra_twinning']}"
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        double_click(qtbot, view, key)
    kind, evaluation_id = opened.args
    assert kind == "evaluation"
    stored = workspace.get("evaluation", evaluation_id)
    assert (stored.term_id, stored.twinning_id) == (term, ludvika["imatra_twinning"])


def test_the_term_view_lists_every_twinning_and_flags_the_silent_one(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.term(2018)
    term = register.term(2022)
    register.save(
        r.Activity(
            title="Fotoutställning", start_date=date(2024, 5, 2), town_ids=(ludvika["imatra"],)
        )
    )
    view = TermEvaluationView(workspace, today=lambda: date(2026, 6, 1))
    qtbot.addWidget(view)
    view.show()
    assert view.term_id() == term  # the running term is chosen
    model = view.model
    shown = {
        model.index(row, 0).data(): model.index(row, FLAG).data() for row in range(model.rowCount())
    }
    # In force all term with no contact, while Imatra had some: ending is suggested.
    assert shown == {"Ludvika – Bad Honnef": "end", "Ludvika – Imatra": ""}
    row = next(i for i in range(model.rowCount()) if model.rows[i].twinning == "Ludvika – Imatra")
    assert "Fotoutställning" in model.index(row, 4).data()

    view.table.selectRow(row)
    with qtbot.waitSignal(view.open_record, timeout=2000) as opened:
        qtbot.mouseClick(view.evaluate_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "evaluation"
    assert model.rows[row].evaluation is not None

    honnef = next(i for i in range(model.rowCount()) if model.rows[i].twinning.endswith("Honnef"))
    view.table.selectRow(honnef)
    view.ask_end = lambda entry: (date(2026, 6, 1), "Ingen aktivitet", None)
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert workspace.get("twinning", ludvika["bad_honnef_twinning"]).status == "ended"
    assert view.model.rows[honnef].stored_status == "ended"


def test_the_item_under_the_cursor_is_shown_whole_with_its_reason(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    network = register.save(r.Network(name="Bergslagskedjan"))
    register.save(r.NetworkMember(network_id=network, town_id=ludvika["ludvika"]))
    register.save(
        r.NetworkMeeting(
            network_id=network,
            year=2028,
            host_town_id=ludvika["ludvika"],
            start_date=date(2028, 6, 10),
            end_date=date(2028, 6, 12),
        )
    )
    view = make_view(qtbot, workspace)
    key = next(k for k in view.items if k.endswith(":follow_up"))
    assert view.detail.text() == ""  # nothing under the cursor yet
    view.tree.setFocus()
    # Down from the top until the follow-up is under the cursor, as she would walk the list.
    for _press in range(10):
        current = view.tree.currentItem()
        if current is not None and current.data(TITLE, Qt.ItemDataRole.UserRole + 1) == key:
            break
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.detail.text() == (
        "Follow-up report after hosting Bergslagskedjan 2028 - due 2028-09-10 · upcoming · "
        "No follow-up report is recorded for the meeting Ludvika hosted; by the rules it is "
        "written within 90 days of the meeting."
    )


def test_the_chosen_twinning_s_grounds_are_shown_whole_below_the_sheet(
    qtbot: QtBot, workspace: Workspace, register: Register, ludvika: dict[str, int]
) -> None:
    register.term(2022)
    register.save(
        r.Activity(
            title="Fotoutställning", start_date=date(2024, 5, 2), town_ids=(ludvika["imatra"],)
        )
    )
    view = TermEvaluationView(workspace, today=lambda: date(2026, 6, 1))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.detail.text() == ""  # no twinning chosen yet
    view.table.setFocus()
    order = [row.twinning for row in view.model.rows]
    # Down walks the sheet; each step shows the chosen row's grounds whole.
    shown = []
    for _row in order:
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
        shown.append(view.detail.text())
    by_twinning = dict(zip(order, shown, strict=True))
    honnef = by_twinning["Ludvika – Bad Honnef"].splitlines()
    assert honnef[0].startswith("Ludvika – Bad Honnef: ")
    assert honnef[1] == "Evidence: No activity recorded in the term."
    assert honnef[2] == (
        "The program suggests ending it: in force for the whole term with no contact recorded "
        "at any level in it."
    )
    imatra = by_twinning["Ludvika – Imatra"].splitlines()
    assert len(imatra) == 2  # nothing suggested
    assert imatra[1].startswith("Evidence: 2024-05-02 Fotoutställning")


def test_enter_in_the_navigation_puts_the_cursor_on_the_first_item_with_its_reason(
    qtbot: QtBot, workspace: Workspace, register: Register
) -> None:
    register.set_rules(yearly_council_report=True)
    view = make_view(qtbot, workspace)
    with qtbot.waitActive(view):
        view.activateWindow()
    assert view.tree.currentItem() is None
    view.focus_list()  # what Enter on "To do" in the navigation does
    current = view.tree.currentItem()
    assert current is not None and current.parent() is not None  # an item, not a group
    assert view.tree.hasFocus()
    assert view.detail.text().startswith(current.text(TITLE) + " · ")
