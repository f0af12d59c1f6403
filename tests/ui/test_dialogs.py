"""First start, errors, About, backups, copies and the integrity check, as a user meets them."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    answer_message_box,
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
    list_read,
    shown_window,
    when_dialog_opens,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QMessageBox

from app import paths
from app.services.records import Town
from app.workspace import Workspace
from ui import qt_settings
from ui.app import start_database
from ui.dialogs.about import AboutDialog
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.errors import install_exception_hook, uninstall_exception_hook
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow

OK = QMessageBox.StandardButton.Ok


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    shown = shown_window(qtbot, Workspace.open(demo_copy(tmp_path)), active=False)
    yield shown
    shown.close()
    shown.workspace.close()


def town_names(workspace: Workspace) -> set[str]:
    return set(workspace.labels("town").values())


# ---------------------------------------------------------------- first start


def test_first_start_opens_the_demo(qtbot: Any) -> None:
    """ "Open the demo database" writes it into the data folder and opens it."""
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstStartDialog.DialogCode.Accepted
    workspace = dialog.workspace
    assert workspace is not None
    try:
        assert workspace.path == (paths.data_dir() / "demo.sqlite3").resolve()
        assert {"Vänersborg", "Herning"} <= town_names(workspace)
    finally:
        workspace.close()


def test_first_start_creates_an_empty_database(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Create an empty database…" asks whose it is and its rules, then where; adds .sqlite3."""
    target = tmp_path / "Kommunens vänorter"
    asked: list[str] = []

    def where(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        asked.append("file")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    # No name: one sentence next to the field, and no file is asked for.
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.municipality_error.isVisible() and asked == []
    assert dialog.municipality_error.text() == "Write the municipality's name."
    qtbot.keyClicks(dialog.municipality_field, "Exempelby kommun")
    assert not dialog.municipality_error.isVisible()
    assert dialog.home_field.text() == "Exempelby"  # read from the name
    # Trip approval by the executive board is shown ticked: every municipality has it.
    approval = dialog.rules_editor.widget("trip_approval")
    assert isinstance(approval, QCheckBox) and approval.isChecked()
    body = dialog.rules_editor.widget("trip_approval_body")
    assert isinstance(body, QComboBox) and body.currentText() == "municipal executive board"
    evaluation = dialog.rules_editor.widget("evaluate_each_term")
    assert isinstance(evaluation, QCheckBox) and not evaluation.isChecked()
    qtbot.mouseClick(evaluation, Qt.MouseButton.LeftButton, pos=evaluation.rect().center())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    workspace = dialog.workspace
    assert workspace is not None
    try:
        assert workspace.path == target.with_suffix(".sqlite3").resolve()
        assert workspace.labels("town") == {workspace.home_towns()[0].id: "Exempelby"}
        settings = workspace.settings()
        assert settings.name == "Exempelby kommun"
        assert settings.rules.trip_approval and settings.rules.evaluate_each_term
        assert not settings.rules.yearly_council_report and not settings.rules.report_back
    finally:
        workspace.close()


def test_first_start_keeps_a_home_town_the_user_wrote(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A home town typed by hand is not replaced by one read from the name; empty is refused."""
    target = tmp_path / "grums.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.municipality_field, "Grums kommun")
    assert dialog.home_field.text() == "Grum"  # the genitive guess is wrong here
    dialog.home_field.selectAll()
    qtbot.keyClick(dialog.home_field, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.home_error.text() == "Write the name of the home town."
    assert not target.exists()
    qtbot.keyClicks(dialog.home_field, "Grums")
    qtbot.keyClicks(dialog.municipality_field, " ")
    assert dialog.home_field.text() == "Grums"
    # The user unticks trip approval, ticked from the start.
    approval = dialog.rules_editor.widget("trip_approval")
    qtbot.mouseClick(approval, Qt.MouseButton.LeftButton, pos=approval.rect().center())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    try:
        assert [t.name for t in dialog.workspace.home_towns()] == ["Grums"]
        rules = dialog.workspace.settings().rules
        switches = (
            rules.trip_approval,
            rules.report_back,
            rules.yearly_council_report,
            rules.evaluate_each_term,
        )
        assert not any(switches)  # nothing left ticked
    finally:
        dialog.workspace.close()


def test_first_start_explains_a_refused_file_and_lets_the_user_choose_again(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that is no database is refused with a sentence; then a real one opens."""
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("inte en databas\n" * 100, encoding="utf-8")
    demo = demo_copy(tmp_path)
    answers = iter([str(notes), str(demo)])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(answers), ""))
    )
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    said: list[str] = []
    answer_message_box(OK, said)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert said and "anteckningar.txt" in said[0] and "not a database" in said[0]
    assert dialog.workspace is None and dialog.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is not None
    try:
        assert dialog.workspace.path == demo.resolve()
    finally:
        dialog.workspace.close()


def test_start_reopens_the_last_database_without_asking(tmp_path: Path) -> None:
    """The database used last time opens directly when none is given."""
    demo = demo_copy(tmp_path)
    qt_settings.remember_database(str(demo))
    workspace = start_database(None)
    assert workspace is not None
    try:
        assert workspace.path == demo.resolve()
    finally:
        workspace.close()
    assert qt_settings.recent_databases() == [str(demo)]


# ---------------------------------------------------------------- errors


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_the_log_path_and_the_program_goes_on(
    qtbot: Any, window: MainWindow
) -> None:
    """An error in a slot gives a dialog naming the log; the traceback is only in the log."""
    hook = install_exception_hook(lambda: window)
    try:

        def broken_slot() -> None:
            raise RuntimeError("the database cable was unplugged")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        dialog = hook.dialog
        assert dialog is not None
        assert dialog.path_label.text() == str(paths.log_file())
        shown_text = " ".join(
            label.text() for label in dialog.findChildren(type(dialog.path_label))
        )
        assert "Traceback" not in shown_text and "cable" not in shown_text
        logging.getLogger().handlers[-1].flush()
        logged = paths.log_file().read_text(encoding="utf-8")
        assert "Traceback" in logged and "the database cable was unplugged" in logged
        dialog.accept()
        # Still working: the window answers a search.
        page = window.show_page("town")
        assert isinstance(page, RecordListPage)
        list_read(page)
        qtbot.keyClicks(page.search_field, "herning")
        assert page.model.rowCount() == 1
    finally:
        uninstall_exception_hook()


# ---------------------------------------------------------------- help and files


def test_about_names_version_database_and_data_folder(qtbot: Any, window: MainWindow) -> None:
    """Help ▸ About tells the version, the open database and the data folder."""
    import app

    dialog = AboutDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == app.__version__
    assert dialog.database_label.text() == str(window.workspace.path)
    assert dialog.data_label.text() == str(paths.data_dir())


def test_restore_from_a_backup_brings_back_the_earlier_state(
    qtbot: Any, window: MainWindow
) -> None:
    """File ▸ Restore lists the backup with date and reason; confirming undoes later saves."""
    window.workspace.save(Town(name="Nuuk", country="GL"))
    assert "Nuuk" in town_names(window.workspace)
    listed: list[str] = []

    def choose_first(dialog: Any) -> None:
        assert isinstance(dialog, RestoreBackupDialog)
        listed.extend(dialog.list.item(i).text() for i in range(dialog.list.count()))
        answer_message_box(QMessageBox.StandardButton.Yes)
        dialog.restore_button.click()

    when_dialog_opens(choose_first, of_type=RestoreBackupDialog)
    window.restore_action.trigger()
    assert listed and "daily backup" in listed[0]
    assert listed[0][:4].isdigit() and listed[0][4] == "-"
    assert "Nuuk" not in town_names(window.workspace)
    assert "Herning" in town_names(window.workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    list_read(page)
    shown = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert "Nuuk" not in shown and "Herning" in shown


def test_save_a_copy_writes_a_database_that_opens(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """File ▸ Save a copy as writes a whole database file elsewhere."""
    target = tmp_path / "kopior" / "vanort-kopia.sqlite3"
    task = window.start_copy(str(target))
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    copy = Workspace.open(target)
    try:
        assert town_names(copy) == town_names(window.workspace)
    finally:
        copy.close()


def test_check_the_database_reports_no_problems(qtbot: Any, window: MainWindow) -> None:
    """File ▸ Check the database says the demo database is whole."""
    said: list[str] = []
    answer_message_box(OK, said)
    window.check_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "no problems" in said[0]


def test_recent_databases_menu_opens_another_database(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    """A database opened before is listed under Recent databases and opens from there."""
    other = tmp_path / "other"
    other.mkdir()
    second = Workspace.create(other / "andra.sqlite3", municipality="Andra")
    second.save(Town(name="Lich", country="DE"))
    second.close()
    qt_settings.remember_database(str(other / "andra.sqlite3"))
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().endswith("andra.sqlite3")]
    assert len(entries) == 1
    entries[0].trigger()
    assert window.workspace.display_name == "andra.sqlite3"
    assert window.windowTitle().replace("[*]", "") == "andra.sqlite3 – Vänort"
    assert town_names(window.workspace) == {"Lich"}
    assert QApplication.activeModalWidget() is None
