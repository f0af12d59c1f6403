"""The to-do count asks every rule: it runs on a worker of its own, so a save never waits for it.

The count is held at a gate the test opens, so "while the to-do count is on its
way" is a state the test looks at without any timing to go wrong.
"""

from __future__ import annotations

import threading
from typing import Any

from helpers import record_shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

import app.todo
from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.navigation import TODO

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_save_goes_through_while_the_todo_count_is_held(
    qtbot: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    """Ctrl+S while the to-do count waits: the town is stored, the list shows it, and the
    count arrives once let through."""
    town = workspace.save(Town(name="Nuuk", country="GL"))
    gate, counting = threading.Event(), threading.Event()

    def held_count(database: Any, today: Any) -> list[Any]:
        counting.set()
        gate.wait(30)
        return ["one item", "another"]

    monkeypatch.setattr(app.todo, "todo_items", held_count)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: window.db_worker.pending() == 0)
    try:
        window.counts.count_todo()
        assert counting.wait(10), "the to-do count did not begin"
        assert page.select_record(town.id)
        record_shown(qtbot, page.form)  # read on the worker, beside the held count
        field = page.form.editor("region").focus_widget()
        assert isinstance(field, QLineEdit)
        field.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, "Sermersooq")
        with qtbot.waitSignal(page.form.save_finished, timeout=10_000) as finished:
            qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
        assert finished.args == [True]
        assert not gate.is_set()  # the save went by the count still waiting
        assert workspace.get("town", town.id).region == "Sermersooq"
    finally:
        gate.set()
    qtbot.waitUntil(lambda: window.navigation.count_of(TODO) == 2)
    window.close()
