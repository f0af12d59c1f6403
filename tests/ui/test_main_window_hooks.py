"""Features built elsewhere are reachable from the main window's menus and navigation."""

from __future__ import annotations

from typing import Any

from helpers import english_interface  # noqa: F401 (autouse fixture)
from PySide6.QtWidgets import QWizard

from app.workspace import Workspace
from ui.main_window import MainWindow


def _window(qtbot: Any, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_file_menu_opens_the_import_wizard(qtbot: Any, workspace: Workspace) -> None:
    """File ▸ Import from spreadsheet… opens the import wizard over the window."""
    window = _window(qtbot, workspace)
    texts = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert "Import from spreadsheet…" in texts
    window.import_action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QWizard)))
    for wizard in window.findChildren(QWizard):
        wizard.reject()


def test_todo_entry_counts_items_and_opens_the_list(qtbot: Any, tmp_path: Any) -> None:
    """The to-do entry shows how many items are due and opens the grouped list."""
    from datetime import date

    from app.demo import write_demo
    from app.todo import todo_items
    from ui.navigation import TERM_REVIEW, TODO
    from ui.todo import TermEvaluationView, TodoView

    write_demo(tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    expected = len(todo_items(workspace, date.today()))
    assert expected > 0
    window = _window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.navigation.count_of(TODO) == expected)
    window.navigation.select(TODO)
    assert isinstance(window.current_page(), TodoView)
    window.navigation.select(TERM_REVIEW)
    assert isinstance(window.current_page(), TermEvaluationView)
    window.close()
    workspace.close()
