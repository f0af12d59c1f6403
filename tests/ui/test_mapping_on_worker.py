"""The mapping report's list and wizard talk to the register on the window's database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register here notes the thread of every statement,
and the worker can be held at a gate the test opens, so "while the new report
is on its way" is a state the test looks at, not a moment it must catch.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import answer_message_box, english_interface, settle, shown_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton
from test_select_on_worker import StatementThreads, _hold

from app.mapping import create_report, list_reports
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.mapping import MappingReportsDialog, MappingWizard

__all__ = ["english_interface"]  # autouse: English interface


@pytest.fixture
def window(qtbot: Any, demo: Workspace) -> Iterator[MainWindow]:
    """The window on the demo register, its first reads done."""
    shown = shown_window(qtbot, demo)
    settle(qtbot, shown)
    yield shown
    for dialog in shown.findChildren(MappingReportsDialog):
        if dialog.wizard is not None:
            dialog.wizard.close()
    settle(qtbot, shown)
    shown.close()


def _open_list(qtbot: Any, window: MainWindow) -> MappingReportsDialog:
    """Reports ▸ Mapping report…, as she would choose it; the list read."""
    action = window.findChild(QAction, "mapping_report_action")
    assert action is not None
    action.trigger()
    (dialog,) = [d for d in window.findChildren(MappingReportsDialog) if d.isVisible()]
    settle(qtbot, window)
    return dialog


def _press(qtbot: Any, button: QPushButton) -> None:
    """Space on the button, with the keyboard focus on it."""
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _titles(dialog: MappingReportsDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def _wizard(qtbot: Any, dialog: MappingReportsDialog) -> MappingWizard:
    qtbot.waitUntil(lambda: dialog.wizard is not None and dialog.wizard.isVisible())
    assert dialog.wizard is not None
    return dialog.wizard


def test_the_list_and_a_new_report_run_no_statement_on_the_gui_thread(
    qtbot: Any, window: MainWindow
) -> None:
    """The list is read, New drafts a report (its buttons off until it is made), the wizard
    opens on it and the list shows it: all on the worker, none on the GUI thread."""
    before = list_reports(window.workspace.database)
    statements = StatementThreads(window.workspace)
    try:
        dialog = _open_list(qtbot, window)
        assert _titles(dialog) == [report.title for report in before]
        gate = _hold(window)
        try:
            _press(qtbot, dialog.new_button)
            assert dialog.wizard is None
            assert not dialog.new_button.isEnabled()
            assert not dialog.delete_button.isEnabled()
            assert not dialog.open_button.isEnabled()
        finally:
            gate.set()
        wizard = _wizard(qtbot, dialog)
        settle(qtbot, window)
        shown = _titles(dialog)
        assert dialog.new_button.isEnabled()
    finally:
        statements.remove()
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    after = list_reports(window.workspace.database)
    assert len(after) == len(before) + 1
    made = next(report for report in after if report.id == wizard.report.id)
    assert made.title in shown and len(shown) == len(after)
    assert wizard.windowTitle() == f"Mapping report – {made.title}"


def test_open_and_delete_run_no_statement_on_the_gui_thread(qtbot: Any, window: MainWindow) -> None:
    """Open shows the chosen report in the wizard; Delete (Yes to the question) removes the
    chosen draft from the register and the list: every statement on the worker."""
    database = window.workspace.database
    spare = create_report(database)
    others = [r.id for r in list_reports(database) if r.id != spare.id]
    statements = StatementThreads(window.workspace)
    try:
        dialog = _open_list(qtbot, window)
        row = _titles(dialog).index(spare.title)
        dialog.table.setFocus()
        dialog.table.selectRow(row)
        _press(qtbot, dialog.open_button)
        wizard = _wizard(qtbot, dialog)
        assert wizard.report.id == spare.id
        settle(qtbot, window)
        assert statements.on_gui_thread() == []
        wizard.close()
        settle(qtbot, window)
        statements.seen.clear()
        dialog.table.selectRow(_titles(dialog).index(spare.title))
        seen: list[str] = []
        answer_message_box(QMessageBox.StandardButton.Yes, seen)
        gate = _hold(window)
        try:
            _press(qtbot, dialog.delete_button)
            qtbot.waitUntil(lambda: seen != [])
            assert not dialog.delete_button.isEnabled()
            assert not dialog.new_button.isEnabled()
        finally:
            gate.set()
        settle(qtbot, window)
        assert dialog.new_button.isEnabled()
        shown = _titles(dialog)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert len(shown) == len(others)
    assert [r.id for r in list_reports(database)] == others
