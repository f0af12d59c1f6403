"""The list filters' names and the change log's referred names are read on the database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register notes the thread of every statement
(StatementThreads), so each test checks that what the user did asked the
register nothing on the window's thread, and that it showed the right thing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from helpers import (
    activate,
    answer_message_box,
    english_interface,
    record_shown,
    settle,
    shown_window,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from test_select_on_worker import StatementThreads, _hold

from app.services.records import Organisation, PolicyDocument, Town, Twinning
from app.workspace import Workspace
from ui.dialogs.settings_dialog import SettingsDialog
from ui.forms.disposal_dialog import DisposalDialog
from ui.lists.changelog_page import ChangeLogPage
from ui.lists.list_page import RecordListPage
from ui.navigation import CHANGE_LOG

__all__ = ["english_interface"]  # autouse: English interface


def _town_ids(workspace: Workspace) -> dict[str, int]:
    return {label: record_id for record_id, label in workspace.labels("town").items()}


def _combo_texts(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_town_filter_of_the_organisations_is_read_with_the_list(
    qtbot: Any, workspace: Workspace
) -> None:
    """Choosing a town in the organisations' filter narrows the list, the town stays chosen,
    and a town added meanwhile is offered after the next read: no statement on the GUI thread."""
    for name in ("Nuuk", "Arsuk"):
        workspace.save(Town(name=name, country="GL"))
    towns = _town_ids(workspace)
    workspace.save(Organisation(name="Nuup Kommunea", town_id=towns["Nuuk"]))
    workspace.save(Organisation(name="Arsuk idrætsforening", town_id=towns["Arsuk"]))
    window = shown_window(qtbot, workspace)
    statements = StatementThreads(workspace)
    try:
        page = window.show_page("organisation")
        assert isinstance(page, RecordListPage)
        # The form beside the list is there before a filter is chosen (made later, it would
        # start a new organisation in the chosen town, and name the town on this thread).
        assert page.form.current_record() is None
        settle(qtbot, window)
        combo = page.filter_bar.combo("town_id")
        assert _combo_texts(combo)[1:] == ["Arsuk", "Nuuk"]
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        with qtbot.waitSignal(page.reloaded):
            qtbot.keyClick(combo, Qt.Key.Key_Down)  # Arsuk
        with qtbot.waitSignal(page.reloaded):
            qtbot.keyClick(combo, Qt.Key.Key_Down)  # Nuuk
        settle(qtbot, window)
        assert combo.currentText() == "Nuuk"
        shown = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
        assert shown == ["Nuup Kommunea"]
    finally:
        statements.remove()
    workspace.save(Town(name="Eiði", country="FO"))  # by a colleague
    again = StatementThreads(workspace)
    try:
        with qtbot.waitSignal(page.reloaded):
            page.refresh()
        assert _combo_texts(combo)[1:] == ["Arsuk", "Eiði", "Nuuk"]
        assert combo.currentText() == "Nuuk"
    finally:
        again.remove()
    assert statements.elsewhere() != [] and again.elsewhere() != []
    assert statements.on_gui_thread() == [] and again.on_gui_thread() == []
    window.close()


def test_a_change_of_town_in_the_log_names_the_towns_without_asking_on_the_gui_thread(
    qtbot: Any, workspace: Workspace
) -> None:
    """The change log, opened and its newest change chosen with the keyboard, shows the towns
    a twinning moved between by name; the names came with the log, from the worker."""
    for name in ("Vänersborg", "Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="SE" if name == "Vänersborg" else "GL"))
    towns = _town_ids(workspace)
    twinning = workspace.save(
        Twinning(town_a_id=towns["Vänersborg"], town_b_id=towns["Arsuk"], status="active")
    )
    workspace.save(dataclasses.replace(twinning, town_b_id=towns["Nuuk"]))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        window.navigation.select(CHANGE_LOG)
        page = window.current_page()
        assert isinstance(page, ChangeLogPage)
        qtbot.waitUntil(lambda: not page.is_reading())
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus)
        qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.details.toPlainText() != "")
        details = page.details.toPlainText()
        settle(qtbot, window)
    finally:
        statements.remove()
    assert "Arsuk → Nuuk" in details
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()


def test_settings_open_with_what_the_worker_read_and_only_once(
    qtbot: Any, workspace: Workspace
) -> None:
    """Ctrl+, twice while the register is slow to answer opens one Settings dialog, showing the
    municipality and the governing documents a rule may cite: nothing asked on the GUI thread."""
    workspace.save(PolicyDocument(title="Riktlinjer för vänortsarbete"))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    opened: list[tuple[str, list[str]]] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        source = dialog.rules_editor.widget("trip_approval_source_id")
        opened.append((dialog.name_field.text(), _combo_texts(source)[1:]))
        dialog.reject()

    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        when_dialog_opens(look, of_type=SettingsDialog)
        for _ in range(2):
            qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        assert opened == []  # nothing opens before the settings have come
        gate.set()
        qtbot.waitUntil(lambda: opened != [])
        settle(qtbot, window)
    finally:
        statements.remove()
    assert opened == [("Testkommun", ["Riktlinjer för vänortsarbete"])]
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()


def _nuuk_discarded_then_arsuk(qtbot: Any, workspace: Workspace) -> tuple[Any, RecordListPage]:
    """The town list; "X" typed after Nuuk's name and discarded with Esc; Arsuk then chosen."""
    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    window = shown_window(qtbot, workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert record_shown(qtbot, page.form).name == "Arsuk"
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert record_shown(qtbot, page.form).name == "Nuuk"
    field = page.form.editor("name").focus_widget()
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "X")
    answer_message_box(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.undo_action.isEnabled)
    activate(qtbot, window)
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    assert record_shown(qtbot, page.form).name == "Arsuk"
    settle(qtbot, window)
    return window, page


def test_undo_of_a_discard_brings_the_edits_back_without_asking_on_the_gui_thread(
    qtbot: Any, workspace: Workspace
) -> None:
    """Ctrl+Z on Arsuk shows Nuuk again with the discarded "X": Nuuk was read on the worker."""
    window, page = _nuuk_discarded_then_arsuk(qtbot, workspace)
    field = page.form.editor("name").focus_widget()
    statements = StatementThreads(workspace)
    try:
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: field.text() == "NuukX")
        settle(qtbot, window)
    finally:
        statements.remove()
    assert page.form.is_dirty()
    assert page.form.current_record().name == "Nuuk"
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    page.form.revert()  # closing would ask about the edits brought back
    window.close()


def test_undo_of_a_discard_on_a_town_deleted_since_says_it_is_gone(
    qtbot: Any, workspace: Workspace
) -> None:
    """Nuuk deleted by a colleague: Ctrl+Z shows it is gone, brings nothing back and leaves no
    step to undo again; the register was asked on the worker only."""
    window, page = _nuuk_discarded_then_arsuk(qtbot, workspace)
    nuuk = next(i for i, label in workspace.labels("town").items() if label == "Nuuk")
    workspace.delete("town", nuuk, workspace.get("town", nuuk).version)
    statements = StatementThreads(workspace)
    try:
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: page.form.banner_text() != "")
        settle(qtbot, window)
    finally:
        statements.remove()
    assert page.form.current_record() is None
    assert not page.form.is_dirty()
    assert not window.undo_stack.canUndo()
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()


def test_dispose_opens_one_dialog_with_what_the_worker_read(
    qtbot: Any, workspace: Workspace
) -> None:
    """Two clicks on "Dispose of…" while the register is slow open one dialog offering the
    decision and listing what goes (also with the free text ticked): nothing asked on the GUI
    thread; Cancel keeps the person."""
    from datetime import date

    from app.services.records import Decision, Person

    anna = workspace.save(Person(name="Anna Berg", email="anna.berg@herning.dk"))
    workspace.save(Town(name="Herning", country="DK", notes="Kontakt: Anna Berg."))
    workspace.save(Decision(title="Gallring", decided_on=date(2026, 11, 30), registry_no="KS 1"))
    window = shown_window(qtbot, workspace)
    page = window.show_page("person")
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    assert page.select_record(anna.id)
    assert record_shown(qtbot, page.form).name == "Anna Berg"
    settle(qtbot, window)
    button = page.form.person_bar.dispose_button
    opened: list[tuple[list[str], str, str]] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, DisposalDialog)
        without = dialog.plan_label.text()
        dialog.free_text.setChecked(True)
        opened.append((_combo_texts(dialog.decision), without, dialog.plan_label.text()))
        dialog.reject()

    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        when_dialog_opens(look, of_type=DisposalDialog)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert opened == []
        gate.set()
        qtbot.waitUntil(lambda: opened != [])
        settle(qtbot, window)
    finally:
        statements.remove()
    ((decisions, without, with_free_text),) = opened
    assert len(decisions) == 1 and "Gallring" in decisions[0]
    assert "Disposing of Anna Berg removes:" in without
    assert "mentions in free text" not in without
    assert "mentions in free text: 1" in with_free_text
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    assert workspace.get("person", anna.id).name == "Anna Berg"
    window.close()


def test_the_term_review_and_its_verdict_dialog_ask_nothing_on_the_gui_thread(
    qtbot: Any, workspace: Workspace
) -> None:
    """The term evaluation shows the term's twinning, read on the worker; "Council's verdict…"
    opens at once offering the council's decision, without asking the register again."""
    from datetime import date

    from app.services.records import Decision, TermOfOffice
    from ui.navigation import TERM_REVIEW
    from ui.todo import TermEvaluationView
    from ui.todo.verdict_dialog import VerdictDialog

    for name, country in (("Vänersborg", "SE"), ("Nuuk", "GL")):
        workspace.save(Town(name=name, country=country))
    towns = _town_ids(workspace)
    workspace.save(
        Twinning(town_a_id=towns["Vänersborg"], town_b_id=towns["Nuuk"], status="active")
    )
    workspace.save(
        TermOfOffice(
            start_year=2022,
            end_year=2026,
            start_date=date(2022, 10, 15),
            end_date=date(2026, 10, 14),
        )
    )
    workspace.save(
        Decision(body="council", title="Fortsatt vänort Nuuk", decided_on=date(2026, 9, 21))
    )
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    offered: list[list[str]] = []

    def look(dialog: Any) -> None:
        assert isinstance(dialog, VerdictDialog)
        offered.append(_combo_texts(dialog.decision_combo))
        dialog.reject()

    statements = StatementThreads(workspace)
    try:
        window.navigation.select(TERM_REVIEW)
        view = window.current_page()
        assert isinstance(view, TermEvaluationView)
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        settle(qtbot, window)
        assert "Nuuk" in view.model.rows[0].twinning
        view.table.selectRow(0)
        when_dialog_opens(look, of_type=VerdictDialog)
        qtbot.mouseClick(view.verdict_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: offered != [])
    finally:
        statements.remove()
    assert any("Fortsatt vänort Nuuk" in text for text in offered[0])
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()
