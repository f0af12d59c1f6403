"""Settings are saved, and reloaded after a colleague's change, on the window's database worker.

On a server every statement is a round trip; the Settings dialog used to save
on the window's thread, freezing it for as long. The register notes the thread
of every statement (StatementThreads); the worker is held at a gate where the
test looks at the dialog while the save is on its way.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from helpers import (
    activate,
    click_button_named,
    english_interface,
    settle,
    shown_window,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)
from shiboken6 import delete
from test_select_on_worker import StatementThreads, _hold

from app.workspace import Workspace
from ui.dialogs.settings_dialog import SettingsDialog

__all__ = ["english_interface"]  # autouse: English interface

CTRL = Qt.KeyboardModifier.ControlModifier


def _stored_name(workspace: Workspace) -> str:
    """The municipality's name as a second program reading the same file sees it."""
    assert workspace.path is not None
    other = Workspace.open(workspace.path)
    try:
        return other.settings().name
    finally:
        other.close()


def _retype(qtbot: Any, dialog: SettingsDialog, name: str) -> None:
    field = dialog.name_field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, name)


def test_settings_save_on_the_worker_and_the_dialog_waits_for_the_answer(
    qtbot: Any, workspace: Workspace
) -> None:
    """Enter saves; until the register has answered the dialog stays open and read-only, and
    neither Esc nor a second Enter does anything; then it closes, the name is stored and the
    window says so. Not one statement on the GUI thread."""
    workspace.save_settings(dataclasses.replace(workspace.settings(), language="en"))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    looked: dict[str, Any] = {}

    def edit(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        _retype(qtbot, dialog, "Nuup Kommunea")
        gate = _hold(window)
        qtbot.keyClick(dialog.name_field, Qt.Key.Key_Return)  # Save is the default button
        looked["while saving"] = (
            dialog.isVisible(),
            dialog.name_field.isEnabled(),
            dialog.is_waiting(),
        )
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
        looked["after Esc and Enter"] = dialog.isVisible()
        gate.set()

    statements = StatementThreads(workspace)
    try:
        when_dialog_opens(edit, of_type=SettingsDialog)
        qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
        qtbot.waitUntil(lambda: "after Esc and Enter" in looked)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert looked == {"while saving": (True, False, True), "after Esc and Enter": True}
    assert _stored_name(workspace) == "Nuup Kommunea"
    assert window.statusBar().currentMessage() == "Settings saved."
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()


def test_a_colleagues_settings_are_reloaded_on_the_worker_after_the_conflict(
    qtbot: Any, workspace: Workspace
) -> None:
    """A colleague renamed the municipality after the dialog opened: Save is refused with the
    reason, Reload shows the colleague's name, and Save then stores a change over it.
    Not one statement on the GUI thread."""
    workspace.save_settings(dataclasses.replace(workspace.settings(), language="en"))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    said: list[str] = []
    looked: dict[str, Any] = {}

    def edit(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        _retype(qtbot, dialog, "Nuup Kommunea")
        assert workspace.path is not None
        colleague = Workspace.open(workspace.path)
        try:
            colleague.save_settings(
                dataclasses.replace(colleague.settings(), name="Vänersborgs kommun")
            )
        finally:
            colleague.close()
        click_button_named("Reload", said)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: said != [] and not dialog.is_waiting())
        looked["reloaded"] = (dialog.isVisible(), dialog.name_field.text())
        field = dialog.name_field
        field.setFocus()  # a click into the field
        qtbot.keyClick(field, Qt.Key.Key_End)
        qtbot.keyClicks(field, " i Dalsland")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    statements = StatementThreads(workspace)
    try:
        when_dialog_opens(edit, of_type=SettingsDialog)
        qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
        qtbot.waitUntil(lambda: "reloaded" in looked)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        settle(qtbot, window)
    finally:
        statements.remove()
    assert said and "changed by someone else" in said[0]
    assert looked["reloaded"] == (True, "Vänersborgs kommun")
    assert _stored_name(workspace) == "Vänersborgs kommun i Dalsland"
    assert statements.elsewhere() != []
    assert statements.on_gui_thread() == []
    window.close()


def test_the_reload_is_shown_though_the_widget_the_keyboard_was_in_is_gone(
    qtbot: Any, workspace: Workspace
) -> None:
    """Reload after a colleague's change, while the keyboard is in another window's field that
    is deleted before the stored settings come back (a list read again): the dialog shows them
    and is editable. Giving the keyboard back to the deleted field raised, and the reload was
    lost; the whole suite hung in the next conflict box."""
    workspace.save_settings(dataclasses.replace(workspace.settings(), language="en"))
    window = shown_window(qtbot, workspace)
    settle(qtbot, window)
    stray = QLineEdit(window)
    stray.show()
    looked: dict[str, Any] = {}

    def reload_with_the_keyboard_elsewhere(box: Any) -> None:
        activate(qtbot, window)
        stray.setFocus()
        qtbot.waitUntil(stray.hasFocus)
        looked["gate"] = _hold(window)  # the reload waits behind it
        reload_button = next(
            b for b in box.findChildren(QAbstractButton) if b.text().replace("&", "") == "Reload"
        )
        qtbot.mouseClick(reload_button, Qt.MouseButton.LeftButton)

    def edit(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        _retype(qtbot, dialog, "Nuup Kommunea")
        assert workspace.path is not None
        colleague = Workspace.open(workspace.path)
        try:
            colleague.save_settings(
                dataclasses.replace(colleague.settings(), name="Vänersborgs kommun")
            )
        finally:
            colleague.close()
        when_dialog_opens(reload_with_the_keyboard_elsewhere, of_type=QMessageBox)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: "gate" in looked and dialog.is_waiting())
        delete(stray)  # at once: a deferred deletion waits for the outermost event loop
        looked["gate"].set()
        qtbot.waitUntil(lambda: dialog.name_field.text() == "Vänersborgs kommun")
        looked["editable"] = not dialog.is_waiting() and dialog.name_field.isEnabled()
        dialog.reject()

    when_dialog_opens(edit, of_type=SettingsDialog)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: "editable" in looked)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert looked["editable"] is True
    window.close()
