"""A record form opens without reading every town: the pickers' lists come when needed.

The form shows the towns it links to at once (read with the record); the whole
list of towns is read on the window's database worker once the user comes to a
picker, and what the user types meanwhile stays. The worker is held at a gate
the test opens, so "while the list is on its way" is a state, not a moment.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from form_helpers import english_interface, pick, type_text
from helpers import activate
from PySide6.QtCore import Qt
from sqlalchemy import event

from app.services import records as r
from app.workspace import Workspace
from ui.db_worker import DatabaseWorker
from ui.forms import RecordForm

__all__ = ["english_interface"]  # autouse: English interface

OTHER_TOWNS = ("Arsuk", "Nuuk", "Tórshavn", "Mariehamn", "Flensburg")


class Statements:
    """The SQL run on the GUI thread and on the worker, as the connection sees it."""

    def __init__(self, workspace: Workspace) -> None:
        self.engine = workspace.database.engine
        self.gui: list[str] = []
        self.worker: list[str] = []
        event.listen(self.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        on_gui = threading.current_thread() is threading.main_thread()
        (self.gui if on_gui else self.worker).append(statement)

    def whole_town_reads(self, statements: list[str]) -> list[str]:
        """Reads of the towns' table not limited to chosen ids."""
        return [
            s
            for s in statements
            if "FROM towns" in s and "WHERE" not in s and s.lstrip().startswith("SELECT")
        ]

    def remove(self) -> None:
        """Stop listening."""
        event.remove(self.engine, "before_cursor_execute", self._before)


@pytest.fixture
def worker(qtbot: Any) -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.stop()


@pytest.fixture
def twinning(workspace: Workspace) -> r.Twinning:
    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    twin = workspace.save(r.Town(name="Põltsamaa", country="EE"))
    for name in OTHER_TOWNS:
        workspace.save(r.Town(name=name))
    return workspace.save(r.Twinning(town_a_id=home.id, town_b_id=twin.id, status="active"))


def _form(qtbot: Any, workspace: Workspace, worker: DatabaseWorker | None) -> RecordForm:
    form = RecordForm(workspace, "twinning")
    qtbot.addWidget(form)
    form.set_worker(worker)
    form.resize(750, 700)
    form.show()
    qtbot.waitExposed(form)
    activate(qtbot, form)
    return form


def _hold(worker: DatabaseWorker) -> threading.Event:
    """The worker waits at a gate until the returned event is set."""
    gate = threading.Event()
    worker.run_read(gate.wait)
    return gate


def _offered(combo: Any) -> list[str]:
    """The towns a picker offers (its empty first entry left out)."""
    return [combo.itemText(row) for row in range(combo.count()) if combo.itemText(row)]


def _focus(qtbot: Any, widget: Any) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _partner_list_read(
    qtbot: Any, workspace: Workspace, worker: DatabaseWorker, twinning: r.Twinning
) -> tuple[RecordForm, Any]:
    """The twinning's form with the partner picker focused and its town list read."""
    form = _form(qtbot, workspace, worker)
    with qtbot.waitSignal(form.loaded):  # the twinning is read on the worker
        form.load(twinning.id)
    town_b = form.editor("town_b_id").combo
    _focus(qtbot, town_b.lineEdit())
    qtbot.waitUntil(lambda: len(_offered(town_b)) == 2 + len(OTHER_TOWNS))
    return form, town_b


def test_a_twinning_opens_with_its_towns_shown_and_no_town_list_read(
    qtbot: Any, workspace: Workspace, worker: DatabaseWorker, twinning: r.Twinning
) -> None:
    form = _form(qtbot, workspace, worker)
    statements = Statements(workspace)
    try:
        with qtbot.waitSignal(form.loaded):  # the twinning and its towns' names, on the worker
            form.load(twinning.id)
        town_a, town_b = form.editor("town_a_id").combo, form.editor("town_b_id").combo
        assert town_a.currentText() == "Vänersborg, Sweden"
        assert town_b.currentText() == "Põltsamaa, Estonia"
        assert not form.is_dirty()
        assert statements.gui == []  # showing the twinning asked nothing on the GUI thread
        assert len(_offered(town_b)) == 1  # the chosen town, not the list

        # The user comes to the picker: the list is read on the worker, then offered.
        _focus(qtbot, town_b.lineEdit())
        qtbot.waitUntil(lambda: len(_offered(town_b)) == 2 + len(OTHER_TOWNS))
        assert statements.whole_town_reads(statements.gui) == []
        assert statements.whole_town_reads(statements.worker) != []
        assert town_b.currentText() == "Põltsamaa, Estonia"
        pick(qtbot, town_b, "mariehamn", "Mariehamn")
    finally:
        statements.remove()
    with qtbot.waitSignal(form.save_finished) as finished:
        assert form.save()
    assert finished.args == [True]
    stored = workspace.get("twinning", twinning.id)
    assert workspace.get("town", stored.town_b_id).name == "Mariehamn"


def test_what_is_typed_stays_when_the_list_arrives_from_the_worker(
    qtbot: Any, workspace: Workspace, worker: DatabaseWorker, twinning: r.Twinning
) -> None:
    form, town_b = _partner_list_read(qtbot, workspace, worker, twinning)

    # Another record is opened, and a colleague adds a town: the list read before is old.
    # (The cursor waits in the notes: back in the picker it would ask for the list at once.)
    _focus(qtbot, form.editor("notes").focus_widget())
    with qtbot.waitSignal(form.loaded):
        form.load(twinning.id)
    workspace.save(r.Town(name="Vänersby", country="SE"))
    gate = _hold(worker)
    _focus(qtbot, town_b.lineEdit())  # the new list is asked for, and waits at the gate
    line = town_b.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, "vänersb")
    assert len(_offered(town_b)) == 2 + len(OTHER_TOWNS)  # still the old list, nothing lost
    gate.set()
    qtbot.waitUntil(lambda: len(_offered(town_b)) == 3 + len(OTHER_TOWNS))
    assert line.text() == "vänersb"
    assert line.cursorPosition() == len("vänersb")
    pick(qtbot, town_b, "vänersb", "Vänersby, Sweden")
    assert form.is_dirty()


def test_a_town_renamed_since_the_list_was_read_shows_its_new_name(
    qtbot: Any, workspace: Workspace, worker: DatabaseWorker, twinning: r.Twinning
) -> None:
    form, town_b = _partner_list_read(qtbot, workspace, worker, twinning)
    _focus(qtbot, form.editor("notes").focus_widget())

    twin = workspace.get("town", twinning.town_b_id)
    workspace.save(dataclasses.replace(twin, name="Põltsamaa linn"))
    with qtbot.waitSignal(form.loaded):
        form.load(twinning.id)
    assert town_b.currentText() == "Põltsamaa linn, Estonia"
    assert form.editor("town_b_id").value() == twinning.town_b_id
    assert not form.is_dirty()


def test_without_a_worker_typing_at_once_offers_every_town(
    qtbot: Any, workspace: Workspace, twinning: r.Twinning
) -> None:
    form = _form(qtbot, workspace, None)
    form.load(twinning.id)
    town_a = form.editor("town_a_id").combo
    assert town_a.currentText() == "Vänersborg, Sweden"
    pick(qtbot, town_a, "nuu", "Nuuk")
    by_name = {label: town_id for town_id, label in workspace.labels("town").items()}
    assert form.editor("town_a_id").value() == by_name["Nuuk"]


def test_the_drop_down_opened_by_keyboard_lists_every_town(
    qtbot: Any, workspace: Workspace, twinning: r.Twinning
) -> None:
    form = _form(qtbot, workspace, None)
    form.load(twinning.id)
    town_a = form.editor("town_a_id").combo
    _focus(qtbot, town_a.lineEdit())
    qtbot.keyClick(town_a, Qt.Key.Key_F4)
    view = town_a.view()
    qtbot.waitUntil(view.isVisible)
    shown = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert "Tórshavn" in shown and "Põltsamaa, Estonia" in shown
    assert len([text for text in shown if text]) == 2 + len(OTHER_TOWNS)
    town_a.hidePopup()
