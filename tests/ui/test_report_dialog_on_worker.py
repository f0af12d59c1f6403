"""The report dialog opens with what the window's database worker read for it.

On a server every statement is a round trip; the dialog used to read the
register's years, terms, trips and meetings on the window's thread as it
opened. The register notes the thread of every statement (StatementThreads).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from helpers import english_interface, settle, shown_window
from PySide6.QtCore import Qt
from test_select_on_worker import StatementThreads, _hold

from app.services.records import Trip
from app.workspace import Workspace
from ui.reports.dialog import ReportDialog

__all__ = ["english_interface"]  # autouse: English interface


def _shown_dialogs(window: Any) -> list[ReportDialog]:
    return [d for d in window.findChildren(ReportDialog) if d.isVisible()]


def test_ctrl_p_twice_on_a_slow_register_opens_one_dialog_offering_the_trips(
    qtbot: Any, workspace: Workspace
) -> None:
    """Ctrl+P twice while the register is slow to answer: nothing opens until the register has
    answered, then one print dialog offering the register's trip; nothing asked on the GUI
    thread."""
    workspace.save(Trip(title="Studieresa till Nuuk", start_date=date(2025, 5, 12)))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        for _ in range(2):
            qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert _shown_dialogs(window) == []  # nothing opens before the choices have come
        gate.set()
        qtbot.waitUntil(lambda: _shown_dialogs(window) != [])
        settle(qtbot, window)
    finally:
        statements.remove()
    (dialog,) = _shown_dialogs(window)
    assert dialog.print_mode
    trips = [dialog.trip_field.itemText(i) for i in range(dialog.trip_field.count())]
    assert any("Studieresa till Nuuk" in trip for trip in trips)
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _shown_dialogs(window) == [])
    window.close()
