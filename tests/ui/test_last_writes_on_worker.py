"""The last writes of the window, and a new record's preset names, go through the database worker.

On a server every statement is a round trip; one run on the GUI thread stalls
the window for as long. The register notes the thread of every statement
(StatementThreads): disposing of a person's data, starting a new record preset
to link to a town, and marking the home town (before a mapping, after an
import) each ask the register nothing on the window's thread, and do what the
user asked. Holding the worker at a gate (``_hold``) shows what the window
does while the write is on its way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from helpers import (
    answer_message_box,
    english_interface,
    record_shown,
    settle,
    shown_window,
    when_dialog_opens,
    write_done,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMessageBox, QWizard
from test_select_on_worker import StatementThreads, _hold

from app.mapping import list_reports
from app.mapping.home_needed import home_needed
from app.services.records import Decision, Organisation, Person, Town
from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv
from tests.mapping.large_register import make_large_register
from ui.forms.disposal_dialog import DisposalDialog
from ui.lists.list_page import RecordListPage

__all__ = ["english_interface"]  # autouse: English interface


def _person_page(qtbot: Any, workspace: Workspace, person_id: int) -> tuple[Any, RecordListPage]:
    """The window showing the person ``person_id`` in the people's form, all reads done."""
    window = shown_window(qtbot, workspace)
    page = window.show_page("person")
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    assert page.select_record(person_id)
    record_shown(qtbot, page.form)
    settle(qtbot, window)
    return window, page


def _person_names(workspace: Workspace) -> list[str]:
    return sorted(workspace.labels("person").values())


def test_dispose_runs_on_the_worker_once_with_ok_waiting_meanwhile(
    qtbot: Any, workspace: Workspace
) -> None:
    """Dispose by decision: while the disposal is on its way OK and Cancel wait (a second OK
    and Esc do nothing), then the dialog closes, the form is empty, the list and the status bar
    know it; the person was deleted once, and not one statement ran on the GUI thread."""
    anna = workspace.save(Person(name="Anna Berg", email="anna.berg@herning.dk"))
    workspace.save(Person(name="Bo Ek"))
    workspace.save(Decision(title="Gallring", decided_on=date(2026, 11, 30), registry_no="KS 1"))
    window, page = _person_page(qtbot, workspace, anna.id)
    seen: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, DisposalDialog)
        assert dialog.by_decision.isChecked()
        gate = _hold(window)
        try:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            seen["ok enabled meanwhile"] = dialog.ok_button.isEnabled()
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # a second OK
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            seen["open meanwhile"] = dialog.isVisible()
        finally:
            gate.set()

    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    statements = StatementThreads(workspace)
    try:
        when_dialog_opens(answer, of_type=DisposalDialog)
        qtbot.mouseClick(page.form.person_bar.dispose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "open meanwhile" in seen and not _modal_dialog_open())
        write_done(qtbot, window)
        settle(qtbot, window)
        deletes = [s for s in statements.elsewhere() if s.startswith("DELETE FROM persons ")]
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert seen == {"ok enabled meanwhile": False, "open meanwhile": True}
    assert len(deletes) == 1
    assert on_gui == []
    assert _person_names(workspace) == ["Bo Ek"]
    assert page.form.current_record() is None
    assert not page.form.person_bar.isVisible()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Bo Ek"]
    assert "Personal data disposed of by decision KS 1." in messages
    window.close()


def _modal_dialog_open() -> bool:
    dialog = QApplication.activeModalWidget()
    return dialog is not None and dialog.isVisible()


def _ok_button(dialog: Any) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _close_if_open(dialog: Any, seen: dict[str, Any]) -> None:
    """Note whether the user's answer closed ``dialog``; close it if not, so the test goes on."""
    seen["closed"] = "left open" if dialog.isVisible() else "by her"
    if dialog.isVisible():
        dialog.done(0)


def test_a_refused_disposal_says_why_and_keeps_her_choices(
    qtbot: Any, workspace: Workspace
) -> None:
    """By the person's own date when none has come: the one sentence is shown, the dialog
    stays with her choices (by date, free text ticked) and OK works again; nothing is disposed
    and the register was asked nothing on the GUI thread."""
    anna = workspace.save(Person(name="Anna Berg", dispose_after=date(2099, 1, 1)))
    window, page = _person_page(qtbot, workspace, anna.id)
    seen: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, DisposalDialog)
        try:
            dialog.by_rule.setFocus()
            qtbot.keyClick(dialog.by_rule, Qt.Key.Key_Space)
            qtbot.mouseClick(dialog.free_text, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.error_label.text() != "")
            seen["said"] = dialog.error_label.text()
            seen["kept"] = (dialog.by_rule.isChecked(), dialog.free_text.isChecked())
            seen["open"] = dialog.isVisible()
            seen["ok enabled"] = dialog.ok_button.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel
        finally:
            _close_if_open(dialog, seen)

    statements = StatementThreads(workspace)
    try:
        when_dialog_opens(answer, of_type=DisposalDialog)
        qtbot.mouseClick(page.form.person_bar.dispose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "closed" in seen and not _modal_dialog_open())
        settle(qtbot, window)
    finally:
        statements.remove()
    assert seen == {
        "said": "The person's data may not be disposed of by rule before its date (2099-01-01); "
        "name a decision instead.",
        "kept": (True, True),
        "open": True,
        "ok enabled": True,
        "closed": "by her",
    }
    assert statements.on_gui_thread() == []
    assert _person_names(workspace) == ["Anna Berg"]
    assert page.form.person_bar.isVisible()
    window.close()


def _picker_text(form: Any, field: str) -> str:
    combo = form.editor(field).focus_widget()
    assert isinstance(combo, QComboBox)
    return combo.currentText()


def test_a_new_organisation_in_the_filtered_town_names_it_from_the_worker(
    qtbot: Any, workspace: Workspace
) -> None:
    """The organisations filtered by Nuuk, then Ctrl+N: the new form's town picker shows
    "Nuuk, Greenland" and saving stores the organisation in Nuuk; not one statement on the
    GUI thread from the filter to the name shown."""
    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    towns = {label: i for i, label in workspace.labels("town").items()}
    workspace.save(Organisation(name="Arsuk idrætsforening", town_id=towns["Arsuk"]))
    window = shown_window(qtbot, workspace)
    page = window.show_page("organisation")
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        combo = page.filter_bar.combo("town_id")
        combo.setFocus()
        qtbot.waitUntil(combo.hasFocus)
        for _town in ("Arsuk", "Nuuk"):
            with qtbot.waitSignal(page.reloaded):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Nuuk"
        page.table.setFocus()
        qtbot.waitUntil(page.table.hasFocus)
        with qtbot.waitSignal(page.form.loaded):
            qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, window)
        shown = _picker_text(page.form, "town_id")
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert on_gui == []
    assert shown == "Nuuk, Greenland"
    assert page.form.heading.text() == "New organisation"
    name = page.form.editor("name").focus_widget()
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Nuup Kommunea")
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    write_done(qtbot, window)
    (stored,) = [o for o in workspace.get_many("organisation") if o.name == "Nuup Kommunea"]
    assert stored.town_id == towns["Nuuk"]
    window.close()


def test_a_new_twinning_from_a_towns_linked_records_names_the_town_from_the_worker(
    qtbot: Any, workspace: Workspace
) -> None:
    """On Nuuk's linked records, New ▸ Twinning: the twinning's form opens with Nuuk in its
    first town picker ("Nuuk, Greenland"), read on the worker."""
    workspace.save(Town(name="Nuuk", country="GL"))
    (nuuk,) = workspace.labels("town")
    window = shown_window(qtbot, workspace)
    towns = window.show_page("town")
    assert isinstance(towns, RecordListPage)
    settle(qtbot, window)
    assert towns.select_record(nuuk)
    record_shown(qtbot, towns.form)
    settle(qtbot, window)
    panel = towns.form.linked
    (twinning,) = [a for a in panel.new_menu.actions() if a.data() == "twinning"]
    statements = StatementThreads(workspace)
    try:
        twinning.trigger()
        page = window.current_page()
        assert isinstance(page, RecordListPage) and page.kind == "twinning"
        qtbot.waitUntil(lambda: not page.form.is_loading())
        settle(qtbot, window)
        shown = _picker_text(page.form, "town_a_id")
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert on_gui == []
    assert shown == "Nuuk, Greenland"
    assert page.form.current_record() is None
    window.close()


def test_the_home_town_question_marks_the_town_on_the_worker(qtbot: Any, tmp_path: Path) -> None:
    """New mapping of a large register with no home town: the name typed is looked up and
    marked on the worker; OK waits meanwhile (a second Enter marks nothing more), the question
    closes and the draft follows."""
    workspace = Workspace.open(make_large_register(tmp_path / "europa.sqlite3"))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    from ui.mapping import MappingReportsDialog, open_mapping_reports
    from ui.mapping.home_question import HomeTownQuestion

    reports = open_mapping_reports(window)
    assert isinstance(reports, MappingReportsDialog)
    seen: dict[str, Any] = {}

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, HomeTownQuestion)
        statements = StatementThreads(workspace)
        gate = None
        try:
            qtbot.keyClicks(dialog.name_edit, "Atlantis")
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.error_label.text() != "")
            seen["missing"] = dialog.error_label.text()
            dialog.name_edit.selectAll()
            gate = _hold(window)
            qtbot.keyClicks(dialog.name_edit, "Exempelby")
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
            seen["ok enabled meanwhile"] = _ok_button(dialog).isEnabled()
            qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            seen["open meanwhile"] = dialog.isVisible()
            gate.set()
            qtbot.waitUntil(lambda: not dialog.isVisible())
            seen["on gui"] = statements.on_gui_thread()
            seen["marked"] = dialog.marked
        finally:
            statements.remove()
            if gate is not None:
                gate.set()
            if dialog.isVisible():
                dialog.done(0)  # the test goes on to fail on what it saw

    when_dialog_opens(answer, of_type=HomeTownQuestion)
    qtbot.mouseClick(reports.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "marked" in seen)
    assert seen == {
        "missing": "There is no town called Atlantis in the register.",
        "ok enabled meanwhile": False,
        "open meanwhile": True,
        "on gui": [],
        "marked": "Exempelby",
    }
    qtbot.waitUntil(lambda: reports.wizard is not None)  # the draft follows
    assert home_needed(workspace.database) is None
    assert [home.name for home in workspace.home_towns()] == ["Exempelby"]
    assert len(list_reports(workspace.database)) == 1
    assert reports.wizard is not None
    reports.wizard.close()
    reports.close()
    window.close()
    workspace.close()


ONE_TOWN = [
    "Kommun;Vänort;Land;Kontaktår",
    "Exempelby;Imatra;Finland;1947",
    "Exempelby kommun;Herning;Danmark;1946",
]


def test_marking_the_home_town_after_an_import_runs_on_the_worker(
    qtbot: Any, tmp_path: Path
) -> None:
    """File ▸ Import of one municipality's twinnings, then "Mark Exempelby as the home
    municipality": the offer and the marking come from the worker, the button waits meanwhile
    (a second click marks nothing more), and Exempelby is the home town."""
    from ui.importing import ImportWizard
    from ui.importing.wizard import PAGE_RESULT

    workspace = Workspace.create(tmp_path / "register.sqlite3", municipality="Exempelby kommun")
    source = swedish_excel_csv(tmp_path / "vanorter.csv", ONE_TOWN)
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    window.import_spreadsheet()
    wizard = window.findChild(ImportWizard)
    assert isinstance(wizard, ImportWizard)
    wizard.source_page.path_edit.setText(str(source))
    qtbot.keyClick(wizard.source_page.path_edit, Qt.Key.Key_Return)
    while wizard.currentId() != PAGE_RESULT:
        which = (
            QWizard.WizardButton.CommitButton
            if wizard.currentPage().isCommitPage()
            else QWizard.WizardButton.NextButton
        )
        button = wizard.button(which)
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.done, timeout=10_000)
    qtbot.waitUntil(page.home_button.isVisible)
    settle(qtbot, window)
    assert workspace.home_towns() == []
    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
        enabled_meanwhile = page.home_button.isEnabled()
        qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
        gate.set()
        write_done(qtbot, window)
        settle(qtbot, window)
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert not enabled_meanwhile
    assert on_gui == []
    assert page.home_label.text() == "Exempelby is now marked as the home municipality."
    assert not page.home_button.isEnabled()
    assert [home.name for home in workspace.home_towns()] == ["Exempelby"]
    wizard.close()
    window.close()
    workspace.close()


def test_files_dropped_on_a_town_and_removed_go_through_the_worker(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    """A letter dropped on Nuuk's attachments is stored and listed, the buttons waiting while
        it is on its way (a second drop is not taken meanwhile); Enter opens it, Delete ▸ Yes removes it
    (the file, not the town):
        not one statement on the GUI thread."""
    from test_attachments_panel import _drop

    from app.services import attachments as service
    from app.services.records import RecordRef
    from ui.forms import opener

    letter = tmp_path / "vänortsavtal.txt"
    letter.write_text("Avtal om vänortssamarbete", encoding="utf-8")
    minutes = tmp_path / "protokoll.txt"
    minutes.write_text("§ 45", encoding="utf-8")
    workspace.save(Town(name="Nuuk", country="GL"))
    (nuuk,) = workspace.labels("town")
    window = shown_window(qtbot, workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    settle(qtbot, window)
    assert page.select_record(nuuk)
    record_shown(qtbot, page.form)
    settle(qtbot, window)
    panel = page.form.attachments
    page.form.tabs.setCurrentWidget(panel)
    opened: list[str] = []
    monkeypatch.setattr(
        opener, "open_file", lambda path: opened.append(path.read_text(encoding="utf-8")) or True
    )
    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        assert _drop(panel, [letter]) == (True, True)
        add_meanwhile = panel.add_button.isEnabled()
        second_drop = _drop(panel, [minutes])
        gate.set()
        qtbot.waitUntil(lambda: panel.file_names() == ["vänortsavtal.txt"])
        write_done(qtbot, window)
        panel.files.setFocus()
        panel.files.setCurrentItem(panel.files.topLevelItem(0))
        qtbot.keyClick(panel.files, Qt.Key.Key_Return)  # Open
        qtbot.waitUntil(lambda: opened != [])
        answered: list[str] = []
        answer_message_box(QMessageBox.StandardButton.Yes, answered)
        qtbot.keyClick(panel.files, Qt.Key.Key_Delete)  # the file's, not the town's Delete
        qtbot.waitUntil(lambda: panel.file_names() == [])
        write_done(qtbot, window)
        settle(qtbot, window)
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert not add_meanwhile
    assert second_drop == (False, False)
    assert opened == ["Avtal om vänortssamarbete"]
    assert len(answered) == 1 and "vänortsavtal.txt" in answered[0]
    assert on_gui == []
    assert service.list_attachments(workspace.database, RecordRef("town", nuuk)) == []
    assert workspace.labels("town") == {nuuk: "Nuuk"}
    window.close()


def test_search_everywhere_asks_the_worker_and_enter_before_the_answer_opens_it(
    qtbot: Any, workspace: Workspace
) -> None:
    """Ctrl+K, "nuu" and Enter at once, while the worker is held: nothing opens until the
    answer comes, then Nuuk's form does; typing "arsu" shows Arsuk. Not one statement on the
    GUI thread."""
    from helpers import type_text

    from ui.search import SearchPopup

    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    window = shown_window(qtbot, workspace)
    window.show_page("trip")
    settle(qtbot, window)
    statements = StatementThreads(workspace)
    try:
        qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        popup = window.findChild(SearchPopup, "search_popup")
        assert popup is not None
        qtbot.waitUntil(lambda: popup.isVisible() and popup.field.hasFocus())
        with qtbot.waitSignal(popup.results_shown):
            type_text(qtbot, popup.field, "arsu")
        heading = popup.model.index(0, 0)
        shown = [
            popup.model.index(row, 0, heading).data()
            for row in range(popup.model.rowCount(heading))
        ]
        popup.field.selectAll()
        gate = _hold(window)
        type_text(qtbot, popup.field, "nuu")
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # before the pause, before the answer
        open_meanwhile = popup.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: not popup.isVisible())
        page = window.current_page()
        assert isinstance(page, RecordListPage) and page.kind == "town"
        record = record_shown(qtbot, page.form)
        settle(qtbot, window)
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert shown == ["Arsuk (Greenland)"]
    assert open_meanwhile
    assert record is not None and record.name == "Nuuk"
    assert on_gui == []
    window.close()


def test_the_extract_of_personal_data_is_read_and_written_on_the_worker(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    """ "Extract of personal data…" on Anna's form: the button waits while the extract is on
    its way, then the sentence names the file, which holds her e-mail; not one statement on
    the GUI thread."""
    from helpers import click_button_named
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    anna = workspace.save(Person(name="Anna Berg", email="anna.berg@herning.dk"))
    window, page = _person_page(qtbot, workspace, anna.id)
    target = tmp_path / "utdrag.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    button = page.form.person_bar.extract_button
    said: list[str] = []
    statements = StatementThreads(workspace)
    try:
        gate = _hold(window)
        click_button_named("OK", said)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        enabled_meanwhile = button.isEnabled()
        written_meanwhile = target.exists()
        gate.set()
        qtbot.waitUntil(lambda: said != [])
        settle(qtbot, window)
        on_gui = statements.on_gui_thread()
    finally:
        statements.remove()
    assert not enabled_meanwhile and not written_meanwhile
    assert said[0].startswith(f"The extract is saved as {target}.")
    assert "anna.berg@herning.dk" in " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert on_gui == []
    assert button.isEnabled()
    window.close()
