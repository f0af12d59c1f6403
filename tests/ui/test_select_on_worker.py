"""Choosing a record in a list reads it on the window's database worker, never on the GUI thread.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register here notes the thread of every statement,
and the worker can be held at a gate the test opens, so "while the record is
on its way" is a state the test looks at, not a moment it must catch.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import activate, answer_message_box, english_interface, record_shown, shown_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from sqlalchemy import event

from app.services import attachments
from app.services.records import RecordRef, Town, Twinning
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow

__all__ = ["english_interface"]  # autouse: English interface

TOWNS = ("Arsuk", "Eiði", "Nuuk", "Qaqortoq", "Tórshavn")


class StatementThreads:
    """The thread of every statement the register's engine runs."""

    def __init__(self, workspace: Workspace) -> None:
        self.engine = workspace.database.engine
        self.seen: list[tuple[threading.Thread, str]] = []
        event.listen(self.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.seen.append((threading.current_thread(), statement))

    def on_gui_thread(self) -> list[str]:
        return [s for thread, s in self.seen if thread is threading.main_thread()]

    def elsewhere(self) -> list[str]:
        return [s for thread, s in self.seen if thread is not threading.main_thread()]

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)


@pytest.fixture
def town_list(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> Iterator[tuple[MainWindow, RecordListPage]]:
    """The window on five towns (Nuuk twinned with Arsuk, a file attached to Nuuk), the town
    list focused on Arsuk."""
    for name in TOWNS:
        workspace.save(Town(name=name, country="GL"))
    ids = {label: i for i, label in workspace.labels("town").items()}
    nuuk = ids["Nuuk"]
    workspace.save(Twinning(town_a_id=ids["Arsuk"], town_b_id=nuuk, status="active"))
    letter = tmp_path / "vänortsavtal.txt"
    letter.write_text("Avtal om vänortssamarbete", encoding="utf-8")
    attachments.add_attachment(workspace.database, RecordRef("town", nuuk), letter)
    window = shown_window(qtbot, workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: window.db_worker.pending() == 0)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert record_shown(qtbot, page.form).name == "Arsuk"
    yield window, page
    window.close()


def _hold(window: MainWindow) -> threading.Event:
    """The worker waits at a gate (after what it does now) until the returned event is set."""
    gate = threading.Event()
    window.db_worker.run_read(lambda: gate.wait(30))
    return gate


def _name_field(page: RecordListPage) -> QLineEdit:
    field = page.form.editor("name").focus_widget()
    assert isinstance(field, QLineEdit)
    return field


def _row_name(page: RecordListPage) -> str:
    return str(page.model.index(page.table.currentIndex().row(), 0).data())


def test_moving_down_the_town_list_runs_no_statement_on_the_gui_thread(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """Down, Down, Down …: each town comes from the worker and is shown with its heading and
    files; not one statement ran on the GUI thread, on the details or the linked records."""
    window, page = town_list
    (twinning,) = window.workspace.labels("twinning").values()
    statements = StatementThreads(window.workspace)
    try:
        shown: list[str] = []
        for step in range(len(TOWNS) - 1):
            if step == 1:
                # The linked records on screen are read for each town too, on the worker.
                page.form.tabs.setCurrentWidget(page.form.linked)
            with qtbot.waitSignal(page.form.loaded) as loaded:
                qtbot.keyClick(page.table, Qt.Key.Key_Down)
            record = loaded.args[0]
            assert record is not None and record.name == _row_name(page)
            assert page.form.current_record() == record
            assert _name_field(page).text() == record.name
            assert page.form.heading.text() == f"Twin town: {record.name}"
            assert page.form.details.isEnabled()
            if record.name == "Nuuk":
                assert page.form.attachments.file_names() == ["vänortsavtal.txt"]
            else:
                assert page.form.attachments.file_names() == []
            if step >= 1:
                qtbot.waitUntil(lambda: not page.form.linked.is_reading())
                links = page.form.linked.find_items(twinning)
                assert len(links) == (1 if record.name == "Nuuk" else 0)
            shown.append(record.name)
        qtbot.waitUntil(lambda: not page.form.linked.is_reading())
        qtbot.waitUntil(lambda: window.db_worker.pending() == 0)
    finally:
        statements.remove()
    assert shown == list(TOWNS[1:])
    assert statements.elsewhere() != []  # the towns were read, on the worker
    assert statements.on_gui_thread() == []


def test_the_form_takes_no_typing_until_the_record_has_come(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """While the chosen town is on its way the form says so and is read-only: typing does
    not reach it and Save stores nothing; once it has come, it can be edited."""
    window, page = town_list
    field = _name_field(page)
    gate = _hold(window)
    try:
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
        assert page.form.is_loading()
        assert "loading" in page.form.heading.text()
        assert not page.form.details.isEnabled()
        assert page.form.current_record() is None
        qtbot.keyClicks(field, "X")
        assert "X" not in field.text()
        assert not page.form.is_dirty()
        assert not page.form.save()
    finally:
        with qtbot.waitSignal(page.form.loaded):
            gate.set()
    assert page.form.current_record().name == "Eiði"
    assert field.text() == "Eiði"
    assert page.form.details.isEnabled()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "X")
    assert field.text() == "EiðiX"
    assert page.form.is_dirty()
    page.form.revert()


def test_down_down_down_quickly_shows_the_last_town_only(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three towns passed before the first answer: only the last one is read and shown."""
    import ui.forms.record_form as record_form

    window, page = town_list
    read: list[int] = []
    real_read = record_form.read_stored

    def noting(workspace: Any, kind: str, record_id: int) -> Any:
        read.append(record_id)
        return real_read(workspace, kind, record_id)

    monkeypatch.setattr(record_form, "read_stored", noting)
    answers: list[Any] = []
    page.form.loaded.connect(answers.append)
    gate = _hold(window)
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert _row_name(page) == "Qaqortoq"
    gate.set()
    qtbot.waitUntil(lambda: window.db_worker.pending() == 0)
    assert [record.name for record in answers] == ["Qaqortoq"]
    assert page.form.current_record().name == "Qaqortoq"
    assert _name_field(page).text() == "Qaqortoq"
    assert read == [page.form.current_record().id]  # the towns passed were never read


def test_enter_while_the_record_comes_puts_the_cursor_in_its_first_field(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """Down then Enter at once: when the town has come, the cursor is in its first field."""
    window, page = town_list
    gate = _hold(window)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    first = next(iter(page.form.rows.values())).editor.focus_widget()
    assert not first.hasFocus()
    with qtbot.waitSignal(page.form.loaded):
        gate.set()
    activate(qtbot, window)
    qtbot.waitUntil(first.hasFocus)
    assert page.form.current_record().name == "Eiði"


def test_a_town_deleted_while_it_comes_says_so(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """Deleted by a colleague before the answer: the form says the town is gone, nothing to edit."""
    window, page = town_list
    eidi = next(i for i, label in window.workspace.labels("town").items() if label == "Eiði")
    gate = _hold(window)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    window.workspace.delete("town", eidi, window.workspace.get("town", eidi).version)
    with qtbot.waitSignal(page.form.loaded) as loaded:
        gate.set()
    assert loaded.args == [None]
    assert page.form.banner_text() != ""
    assert not page.form.details.isEnabled()
    assert page.form.current_record() is None


def test_a_colleagues_change_reads_the_town_again_and_says_who(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """A colleague saved the town in the form (nothing typed here): it is read again on the
    worker, and the sentence naming the colleague stays above the new values."""
    from datetime import UTC, datetime

    from app.services.colleagues import ChangeNotice
    from ui.colleague_changes import show_in_page

    window, page = town_list
    arsuk = page.form.current_record()
    window.workspace.save(dataclasses.replace(arsuk, population=3500))
    notice = ChangeNotice(
        "town", arsuk.id, "update", "kollega", datetime.now(UTC), ("population",), ""
    )
    gate = _hold(window)
    show_in_page(page, [notice], visible=True)
    assert page.form.is_loading()  # the notice waits for the town
    with qtbot.waitSignal(page.form.loaded):
        gate.set()
    assert page.form.current_record().population == 3500
    assert page.form.editor("population").value() == 3500
    assert "kollega" in page.form.banner_text()
    assert "Population" in page.form.banner_text()


def test_delete_asks_with_the_name_read_with_the_record_and_no_statement_on_the_gui_thread(
    qtbot: Any, town_list: tuple[MainWindow, RecordListPage]
) -> None:
    """Delete on the chosen town names it in the question without asking the database on the
    GUI thread (the name came with the record); No leaves the town where it was."""
    window, page = town_list
    with qtbot.waitSignal(page.form.loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    chosen = page.form.current_record()
    assert chosen.name == "Eiði"
    statements = StatementThreads(window.workspace)
    seen: list[str] = []
    try:
        answer_message_box(QMessageBox.StandardButton.No, seen)
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: seen != [])
    finally:
        statements.remove()
    assert seen == ["Delete the twin town “Eiði”?"]
    assert statements.on_gui_thread() == []
    assert window.workspace.get("town", chosen.id).name == "Eiði"
