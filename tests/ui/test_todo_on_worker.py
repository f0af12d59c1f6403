"""The to-do list is read, marked done, snoozed and its evaluations started on the database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register notes the thread of every statement
(StatementThreads); each test uses the to-do list as the coordinator does,
with real clicks and keys, and checks that nothing was asked of the register
on the window's thread and that the register and the list show what she did.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from helpers import (
    english_interface,
    settle,
    shown_window,
    type_text,
    when_dialog_opens,
    write_done,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_select_on_worker import StatementThreads, _hold

from app.dates import ApproxDate
from app.services.records import PolicyDocument, TermOfOffice, Town, Twinning
from app.todo import todo_items
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.navigation import TODO
from ui.todo import TodoView
from ui.todo.dialogs import SnoozeDialog

__all__ = ["english_interface"]  # autouse: English interface

POLICY = "Policy för vänortssamarbete"


def _fill(workspace: Workspace) -> None:
    """A policy to revise within two months, and a twinning to evaluate: its term ends in a
    month, and the municipality evaluates each twinning every term."""
    settings = workspace.settings()
    rules = dataclasses.replace(settings.rules, evaluate_each_term=True)
    workspace.save_settings(dataclasses.replace(settings, rules=rules))
    workspace.save(PolicyDocument(title=POLICY, revise_by=date.today() + timedelta(days=60)))
    for name, country in (("Vänersborg", "SE"), ("Nuuk", "GL")):
        workspace.save(Town(name=name, country=country))
    towns = {label: record_id for record_id, label in workspace.labels("town").items()}
    workspace.save(
        Twinning(
            town_a_id=towns["Vänersborg"],
            town_b_id=towns["Nuuk"],
            status="active",
            start_date=ApproxDate.of_day(date(1990, 5, 1)),
        )
    )
    last_day = date.today() + timedelta(days=30)
    workspace.save(
        TermOfOffice(
            start_year=last_day.year - 4,
            end_year=last_day.year,
            start_date=last_day - timedelta(days=4 * 365),
            end_date=last_day,
        )
    )


def _keys(workspace: Workspace, day: date) -> set[str]:
    return {item.key for item in todo_items(workspace.database, day)}


def _todo_page(qtbot: Any, window: MainWindow) -> TodoView:
    window.navigation.select(TODO)
    page = window.current_page()
    assert isinstance(page, TodoView)
    qtbot.waitUntil(lambda: page.count() > 0)
    settle(qtbot, window)
    return page


def _click_item(qtbot: Any, page: TodoView, kind: str) -> str:
    """Click the item of ``kind`` in the list, as she would; its key."""
    (key,) = [key for key, item in page.items.items() if item.kind == kind]
    row = page.row_of(key)
    assert row is not None
    page.tree.scrollToItem(row)
    centre = page.tree.visualItemRect(row).center()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert page.selected_keys() == [key]
    return key


def test_mark_done_writes_on_the_worker_once_however_often_clicked(
    qtbot: Any, workspace: Workspace
) -> None:
    """ "Mark done" on the policy to revise: while the write waits for the worker the button is
    off, so a second click does nothing; then the item leaves the list and the register."""
    _fill(workspace)
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        page = _todo_page(qtbot, window)
        key = _click_item(qtbot, page, "policy")
        gate = _hold(window)
        try:
            qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
            assert window.db_worker.pending_writes() == 1  # waiting behind the gate
            assert not page.done_button.isEnabled()
            assert not page.snooze_button.isEnabled()
            qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
            assert window.db_worker.pending_writes() == 1
        finally:
            gate.set()
        write_done(qtbot, window)
        settle(qtbot, window)
        assert page.row_of(key) is None
        assert "Marked 1 item done." in window.statusBar().currentMessage()
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert key not in _keys(workspace, date.today())
    window.close()


def test_snooze_writes_on_the_worker_and_the_item_comes_back_on_the_day(
    qtbot: Any, workspace: Workspace
) -> None:
    """ "Snooze…" with a reason hides the policy for a week: gone from the list now, back in
    the register's list after the day, and nothing ran on the GUI thread."""
    _fill(workspace)
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, SnoozeDialog)
        dialog.reason_edit.setFocus()
        type_text(qtbot, dialog.reason_edit, "Väntar på nämndens möte")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    statements = StatementThreads(workspace)
    try:
        page = _todo_page(qtbot, window)
        key = _click_item(qtbot, page, "policy")
        when_dialog_opens(answer, of_type=SnoozeDialog)
        qtbot.mouseClick(page.snooze_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.row_of(key) is None, timeout=10000)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert key not in _keys(workspace, date.today())
    assert key in _keys(workspace, date.today() + timedelta(days=8))
    window.close()


def test_enter_on_an_evaluation_due_starts_it_on_the_worker_and_opens_it(
    qtbot: Any, workspace: Workspace
) -> None:
    """Enter on "Evaluate the twinning …" creates the evaluation of the term and opens it;
    not one statement ran on the GUI thread."""
    _fill(workspace)
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        page = _todo_page(qtbot, window)
        _click_item(qtbot, page, "term_evaluation")
        page.tree.setFocus()
        qtbot.waitUntil(page.tree.hasFocus)
        with qtbot.waitSignal(page.open_record, timeout=10000) as opened:
            qtbot.keyClick(page.tree, Qt.Key.Key_Return)
        write_done(qtbot, window)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    (evaluation,) = workspace.get_many("evaluation")
    assert opened.args == ["evaluation", evaluation.id]
    assert window.current_page() is not page  # the evaluation is shown on its own page
    window.close()


def test_a_to_do_page_out_of_sight_is_counted_apart_and_read_again_when_shown(
    qtbot: Any, workspace: Workspace
) -> None:
    """After a write elsewhere the to-do page, opened before but out of sight, is not read on
    the window's worker (a save or a choice would wait behind its twenty statements on a
    server): the count comes from the to-do count's own worker, and the page reads again when
    it is shown."""
    _fill(workspace)
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    page = _todo_page(qtbot, window)
    before = page.count()
    window.show_page("policy")
    settle(qtbot, window)
    asked_by: list[object] = []
    real_run_read = window.db_worker.run_read

    def run_read(
        work: Any, on_done: Any = None, on_error: Any = None, *, owner: Any = None
    ) -> None:
        asked_by.append(owner)
        real_run_read(work, on_done, on_error, owner=owner)

    window.db_worker.run_read = run_read  # type: ignore[method-assign]
    try:
        # A colleague put the policy's revision two years off; the window hears of it.
        (policy,) = workspace.get_many("policy")
        workspace.save(dataclasses.replace(policy, revise_by=date.today() + timedelta(days=730)))
        window.records_changed("policy")
        qtbot.waitUntil(lambda: window.navigation.count_of(TODO) == before - 1, timeout=10000)
        qtbot.waitUntil(lambda: not window.counts.todo_count_pending())
        settle(qtbot, window)
    finally:
        del window.db_worker.run_read
    assert page not in asked_by
    assert page.count() == before  # out of sight: not read yet
    window.navigation.select(TODO)
    qtbot.waitUntil(lambda: page.count() == before - 1)
    assert not any(item.kind == "policy" for item in page.items.values())
    window.close()
