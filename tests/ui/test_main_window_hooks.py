"""Features built elsewhere are reachable from the main window's menus and navigation."""

from __future__ import annotations

from typing import Any

from helpers import demo_copy, english_interface, shown_window  # noqa: F401 (autouse fixture)
from PySide6.QtWidgets import QWizard

from app.workspace import Workspace
from ui.main_window import MainWindow


def _window(qtbot: Any, workspace: Workspace) -> MainWindow:
    window: MainWindow = shown_window(qtbot, workspace, active=False)
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

    from app.todo import todo_items
    from ui.navigation import TERM_REVIEW, TODO
    from ui.todo import TermEvaluationView, TodoView

    workspace = Workspace.open(demo_copy(tmp_path))
    expected = len(todo_items(workspace.database, date.today()))
    assert expected > 0
    window = _window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.navigation.count_of(TODO) == expected)
    window.navigation.select(TODO)
    assert isinstance(window.current_page(), TodoView)
    window.navigation.select(TERM_REVIEW)
    assert isinstance(window.current_page(), TermEvaluationView)
    window.close()
    workspace.close()


def test_new_linked_record_opens_a_preset_form(qtbot: Any, workspace: Workspace) -> None:
    """A new trip started from a town's linked records already goes to that town."""
    from app.services.records import Town
    from ui.lists.list_page import RecordListPage

    town = workspace.save(Town(name="Imatra", country="FI"))
    window = _window(qtbot, workspace)
    window.open_record("town", town.id)
    town_page = window.current_page()
    assert isinstance(town_page, RecordListPage)
    town_page.form.new_linked_record.emit("trip", {"town_ids": (town.id,)})
    trip_page = window.current_page()
    assert isinstance(trip_page, RecordListPage) and trip_page.kind == "trip"
    from helpers import record_shown, type_text, write_done

    # The town's name for the picker comes from the worker; the form takes typing then.
    assert record_shown(qtbot, trip_page.form) is None
    type_text(qtbot, trip_page.form.editor("title").focus_widget(), "Besök i Imatra")
    assert trip_page.form.save()
    write_done(qtbot, window)
    saved = workspace.get_many("trip")
    assert [t.town_ids for t in saved] == [(town.id,)]
    window.close()


def test_the_program_has_its_own_icon(qtbot: Any) -> None:
    """Windows and the task bar show Vänort's icon, not a blank one."""
    from ui.app import application

    assert not application().windowIcon().isNull()
