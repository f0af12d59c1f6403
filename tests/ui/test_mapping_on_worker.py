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
from helpers import (
    answer_message_box,
    english_interface,
    settle,
    shown_window,
    type_text,
    write_done,
)
from mapping_written import everything_written
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWizard
from test_select_on_worker import StatementThreads, _hold

from app.mapping import create_report, list_reports, load_report, mark_final, save_content
from app.workspace import Workspace
from ui.main_window import MainWindow
from ui.mapping import MappingReportsDialog, MappingWizard
from ui.mapping.wizard import PAGE_OUTLOOK, PAGE_OUTPUT, PAGE_OWN_SECTIONS, PAGE_SCOPE, PAGE_TOWNS

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


@pytest.fixture
def wizard(qtbot: Any, window: MainWindow) -> MappingWizard:
    """A new report drafted from the list in the window, its wizard shown on the first page."""
    dialog = _open_list(qtbot, window)
    _press(qtbot, dialog.new_button)
    shown = _wizard(qtbot, dialog)
    settle(qtbot, window)
    return shown


def _next(qtbot: Any, wizard: MappingWizard) -> None:
    """Alt+N, the wizard's Next, from the keyboard."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _back(qtbot: Any, wizard: MappingWizard) -> None:
    button = wizard.button(QWizard.WizardButton.BackButton)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _table_column(table: Any) -> list[str]:
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_the_towns_table_comes_from_the_worker_after_the_scope_changed(
    qtbot: Any, window: MainWindow, wizard: MappingWizard
) -> None:
    """A twinning left out on the scope page: the towns' page says it is reading the register
    until the figures come from the worker, then shows the table without that town."""
    statements = StatementThreads(window.workspace)
    try:
        for _ in range(PAGE_TOWNS):
            _next(qtbot, wizard)
        towns = wizard.towns_page
        qtbot.waitUntil(lambda: not towns.is_reading())
        before = _table_column(towns.table)
        while wizard.currentId() != PAGE_SCOPE:
            _back(qtbot, wizard)
        listing = wizard.scope_page.twinning_list
        # The last one ticked: the demo's first twinnings stay in the table through their network.
        row = next(
            row
            for row in reversed(range(listing.count()))
            if listing.item(row).checkState() == Qt.CheckState.Checked
            and listing.item(row).text().split(" (")[0] in before
        )
        left_out = listing.item(row).text().split(" (")[0]
        listing.setFocus()
        listing.setCurrentRow(row)
        qtbot.keyClick(listing, Qt.Key.Key_Space)
        assert listing.item(row).checkState() == Qt.CheckState.Unchecked
        _next(qtbot, wizard)
        gate = _hold(window)
        try:
            _next(qtbot, wizard)
            assert wizard.currentId() == PAGE_TOWNS
            assert towns.is_reading()
            assert towns.subTitle() == "Reading the register…"
        finally:
            gate.set()
        qtbot.waitUntil(lambda: not towns.is_reading())
        after = _table_column(towns.table)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert statements.elsewhere() != []
    assert left_out in before and left_out not in after
    assert sorted(after) == sorted(name for name in before if name != left_out)
    assert towns.subTitle() != "Reading the register…"


def test_next_saves_on_the_worker_without_waiting_and_the_register_holds_the_text(
    qtbot: Any, window: MainWindow, wizard: MappingWizard
) -> None:
    """She types the author and presses Next while the worker is busy: the wizard goes on at
    once, the save follows on the worker, and the register holds what she typed."""
    statements = StatementThreads(window.workspace)
    try:
        field = wizard.commission_page.author_edit
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, field, "Åsa Öberg")
        gate = _hold(window)
        try:
            _next(qtbot, wizard)
            assert wizard.currentId() == PAGE_SCOPE  # not waiting for the save
            assert wizard.is_saving()
        finally:
            gate.set()
        write_done(qtbot, window)
        assert not wizard.is_saving()
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert any(s.startswith("UPDATE mapping_reports") for s in statements.elsewhere())
    stored = load_report(window.workspace.database, wizard.report.id)
    assert stored.content.commission.author == "Åsa Öberg"
    assert stored.version == wizard.report.version


def _close_box_named(name: str, seen: list[str]) -> None:
    """Close the message box called ``name`` once it is up, noting its text."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == name and box.isVisible():
            seen.append(box.text())
            box.done(QDialog.DialogCode.Accepted)
            return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_mark_final_is_refused_from_the_worker_with_what_is_missing(
    qtbot: Any, window: MainWindow, wizard: MappingWizard
) -> None:
    """Mark as final on a draft with placeholders: the save and the refusal come from the worker,
    the list of what is missing is shown and the report stays a draft, editable."""
    field = wizard.commission_page.author_edit
    field.setFocus()
    type_text(qtbot, field, "Jessica")
    while wizard.currentId() != PAGE_OUTPUT:
        _next(qtbot, wizard)
    page = wizard.output_page
    qtbot.waitUntil(lambda: page.preview_task is None and bool(page.page_labels), timeout=60_000)
    settle(qtbot, window)
    statements = StatementThreads(window.workspace)
    try:
        asked: list[str] = []
        refused: list[str] = []
        answer_message_box(QMessageBox.StandardButton.Yes, asked)
        _close_box_named("not_final_box", refused)
        page.final_button.setFocus()
        qtbot.keyClick(page.final_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: refused != [], timeout=30_000)
        write_done(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert asked and "can no longer be changed" in asked[0]
    assert "cannot be marked final" in refused[0]
    listed = [page.missing_list.item(i).text() for i in range(page.missing_list.count())]
    assert "The registry number is empty." in listed
    assert not wizard.read_only and not wizard.commission_page.author_edit.isReadOnly()
    stored = load_report(window.workspace.database, wizard.report.id)
    assert stored.status == "draft"
    assert stored.content.commission.author.endswith("Jessica")


def test_follow_up_on_the_last_final_report_runs_no_statement_on_the_gui_thread(
    qtbot: Any, window: MainWindow
) -> None:
    """Start from the last final report: the new draft is made on the worker (the buttons off
    meanwhile), the wizard opens on it saying what changed since, and the list shows it."""
    database = window.workspace.database
    final = create_report(database)
    final = mark_final(database, save_content(database, final, everything_written(final.content)))
    statements = StatementThreads(window.workspace)
    try:
        dialog = _open_list(qtbot, window)
        gate = _hold(window)
        try:
            _press(qtbot, dialog.follow_button)
            assert not dialog.follow_button.isEnabled()
            assert not dialog.new_button.isEnabled()
        finally:
            gate.set()
        wizard = _wizard(qtbot, dialog)
        settle(qtbot, window)
        shown = _titles(dialog)
        changes = wizard.commission_page.changes_box
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    made = load_report(database, wizard.report.id)
    assert made.based_on_id == final.id and made.status == "draft"
    assert len(shown) == len(list_reports(database))
    assert changes.isVisibleTo(wizard)
    assert changes.title().startswith(f"What has changed since {final.title} (")


def test_redrafting_the_outlook_reads_on_the_worker(
    qtbot: Any, window: MainWindow, wizard: MappingWizard
) -> None:
    """A fact unticked and the draft rewritten: the new text comes from the worker (the button
    waits meanwhile) and leaves the fact out."""
    while wizard.currentId() != PAGE_OUTLOOK:
        _next(qtbot, wizard)
    page = wizard.outlook_page
    listing = page.fact_list
    row = next(
        row
        for row in range(listing.count())
        if listing.item(row).text().split(" (")[0] in page.text_edit.toPlainText()
    )
    fact = listing.item(row).text().split(" (")[0]
    settle(qtbot, window)
    statements = StatementThreads(window.workspace)
    try:
        listing.setFocus()
        listing.setCurrentRow(row)
        qtbot.keyClick(listing, Qt.Key.Key_Space)
        gate = _hold(window)
        try:
            _press(qtbot, page.redraft_button)
            assert not page.redraft_button.isEnabled()
            assert fact in page.text_edit.toPlainText()
        finally:
            gate.set()
        qtbot.waitUntil(page.redraft_button.isEnabled)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert statements.elsewhere() != []
    assert fact not in page.text_edit.toPlainText()
    assert page.text_edit.toPlainText().strip() != ""


def test_mark_final_on_the_worker_turns_the_wizard_read_only_and_the_register_final(
    qtbot: Any, window: MainWindow
) -> None:
    """A report with everything written, opened from the list: Mark as final (Yes) stores it
    as final on the worker; the pages then take no typing."""
    database = window.workspace.database
    ready = create_report(database)
    ready = save_content(database, ready, everything_written(ready.content))
    dialog = _open_list(qtbot, window)
    dialog.table.setFocus()
    dialog.table.selectRow(_titles(dialog).index(ready.title))
    _press(qtbot, dialog.open_button)
    wizard = _wizard(qtbot, dialog)
    while wizard.currentId() != PAGE_OUTPUT:
        _next(qtbot, wizard)
    page = wizard.output_page
    qtbot.waitUntil(lambda: page.preview_task is None and not page.missing, timeout=60_000)
    settle(qtbot, window)
    statements = StatementThreads(window.workspace)
    try:
        answer_message_box(QMessageBox.StandardButton.Yes)
        _press(qtbot, page.final_button)
        qtbot.waitUntil(lambda: wizard.read_only)
        write_done(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert wizard.report.is_final
    assert wizard.analysis_page.text_edit.isReadOnly()
    assert load_report(database, ready.id).status == "final"
    qtbot.waitUntil(lambda: page.preview_task is None, timeout=60_000)


def test_a_text_block_is_saved_and_offered_again_without_a_statement_on_the_gui_thread(
    qtbot: Any, window: MainWindow, wizard: MappingWizard
) -> None:
    """Her paragraph saved as a block goes to the register on the worker, and is offered at
    once in another box of the wizard; nothing is read on the GUI thread."""
    from helpers import when_dialog_opens
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from app.mapping.text_blocks import list_text_blocks

    def answer(dialog: Any, typed: str | None = None) -> None:
        assert isinstance(dialog, QInputDialog)
        if typed is not None:
            line = dialog.findChild(QLineEdit)
            line.selectAll()
            type_text(qtbot, line, typed)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    paragraph = "Vänersborg följer utvecklingen i Norden."
    statements = StatementThreads(window.workspace)
    try:
        box = wizard.commission_page.text_edit
        box.setFocus()
        type_text(qtbot, box, paragraph)
        when_dialog_opens(lambda d: answer(d, "Norden"), of_type=QInputDialog)
        _press(qtbot, box.save_block_button)
        write_done(qtbot, window)
        while wizard.currentId() != PAGE_OWN_SECTIONS:
            _next(qtbot, wizard)
        page = wizard.own_sections_page
        _press(qtbot, page.add_button)
        type_text(qtbot, page.heading_edit, "Omvärlden")
        when_dialog_opens(answer, of_type=QInputDialog)
        _press(qtbot, page.text_edit.insert_block_button)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert page.text_edit.toPlainText() == paragraph
    assert [(b.name, b.text) for b in list_text_blocks(window.workspace.database)] == [
        ("Norden", paragraph)
    ]


def test_a_report_deleted_by_a_colleague_is_refused_in_one_sentence_and_leaves_the_list(
    qtbot: Any, window: MainWindow
) -> None:
    """Open on a draft a colleague deleted meanwhile: one sentence from the worker, no wizard,
    and the list read again without it."""
    from app.mapping import delete_report

    database = window.workspace.database
    spare = create_report(database)
    dialog = _open_list(qtbot, window)
    dialog.table.setFocus()
    dialog.table.selectRow(_titles(dialog).index(spare.title))
    rows = dialog.table.rowCount()
    delete_report(database, spare)
    statements = StatementThreads(window.workspace)
    try:
        seen: list[str] = []
        answer_message_box(QMessageBox.StandardButton.Ok, seen)
        _press(qtbot, dialog.open_button)
        qtbot.waitUntil(lambda: seen != [])
        settle(qtbot, window)
    finally:
        statements.remove()
    assert statements.on_gui_thread() == []
    assert seen == ["The mapping report no longer exists; someone may have deleted it."]
    assert dialog.wizard is None
    assert dialog.table.rowCount() == rows - 1
    assert dialog.open_button.isEnabled()
