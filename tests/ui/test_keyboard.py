"""The register worked from the keyboard: Esc never loses an edit, Enter, Tab, Ctrl+Z, Ctrl+F."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import (
    activate,
    answer_message_box,
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
    list_read,
    record_shown,
    settle,
    type_text,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from app.services.errors import RecordNotFound
from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.navigation import ENTRIES, TERM_REVIEW, TODO

Button = QMessageBox.StandardButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _towns(open_window: Any, workspace: Workspace, *names: str) -> tuple[MainWindow, Any]:
    for name in names:
        workspace.save(Town(name=name, country="GL"))
    window = open_window(workspace)
    page = window.show_page("town")
    assert isinstance(page, RecordListPage)
    return window, list_read(page)


def _show_row(qtbot: Any, page: RecordListPage, name: str) -> None:
    """Choose the town ``name`` in the list with the arrow keys, as a keyboard user does."""
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    for _ in range(page.model.rowCount()):
        shown = record_shown(qtbot, page.form)  # each row's record comes from the worker
        if shown is not None and shown.name == name:
            return
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert record_shown(qtbot, page.form).name == name


def _name_field(page: RecordListPage) -> QLineEdit:
    field = page.form.editor("name").focus_widget()
    assert isinstance(field, QLineEdit)
    return field


def _focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _editing_nuuk(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> tuple[MainWindow, RecordListPage, QLineEdit]:
    """The town Nuuk chosen in its list from the keyboard, the cursor in its name field."""
    window, page = _towns(open_window, workspace, "Nuuk")
    _show_row(qtbot, page, "Nuuk")
    field = _name_field(page)
    _focus(qtbot, field)
    return window, page, field


# ------------------------------------------------------------ Esc in a form


def test_escape_with_unsaved_edits_asks_and_cancel_keeps_editing(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Esc with unsaved edits asks Save / Discard / Cancel; Cancel keeps the typing in the form."""
    window, page, field = _editing_nuuk(qtbot, open_window, workspace)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, " Godthab")
    offered: list[Any] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        offered.append(dialog.standardButtons())
        dialog.button(Button.Cancel).click()

    when_dialog_opens(cancel, of_type=QMessageBox)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(offered))
    assert offered[0] == Button.Save | Button.Discard | Button.Cancel
    activate(qtbot, window)
    assert field.text() == "Nuuk Godthab"
    assert page.form.is_dirty()
    assert workspace.labels("town").values() and list(workspace.labels("town").values()) == ["Nuuk"]
    qtbot.waitUntil(field.hasFocus)


def test_escape_buttons_read_spara_forkasta_avbryt_in_swedish(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """In Swedish the question offers Spara, Förkasta and Avbryt."""
    from ui.translations import apply_language

    apply_language("sv")
    _window, _page, field = _editing_nuuk(qtbot, open_window, workspace)
    qtbot.keyClicks(field, "x")
    texts: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.extend(b.text().replace("&", "") for b in dialog.buttons())
        dialog.button(Button.Cancel).click()

    when_dialog_opens(read_and_cancel, of_type=QMessageBox)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(texts))
    assert sorted(texts) == ["Avbryt", "Förkasta", "Spara"]


def test_escape_save_keeps_the_form_open_on_errors_then_stores_and_returns_to_the_list(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Save with a required field empty shows the error in the form; a valid Save stores it."""
    window, page, field = _editing_nuuk(qtbot, open_window, workspace)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == ""

    answer_message_box(Button.Save)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.form.field_error("name") != "")
    activate(qtbot, window)
    assert page.form.is_dirty()
    assert list(workspace.labels("town").values()) == ["Nuuk"]
    qtbot.waitUntil(field.hasFocus)
    assert not page.table.hasFocus()

    qtbot.keyClicks(field, "Godthab")
    answer_message_box(Button.Save)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: list(workspace.labels("town").values()) == ["Godthab"])
    activate(qtbot, window)
    assert not page.form.is_dirty()
    qtbot.waitUntil(page.table.hasFocus)


def test_escape_discard_can_be_undone_with_ctrl_z(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Discard drops the edits and returns to the list; Ctrl+Z brings the edits back, unsaved."""
    window, page, field = _editing_nuuk(qtbot, open_window, workspace)
    qtbot.keyClick(field, Qt.Key.Key_End)
    type_text(qtbot, field, " Godthåb")
    assert not window.undo_action.isEnabled()

    answer_message_box(Button.Discard)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: field.text() == "Nuuk")
    activate(qtbot, window)
    assert not page.form.is_dirty()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.waitUntil(window.undo_action.isEnabled)
    # The menu names the step; the toolbar button stays short.
    assert "Nuuk" in window.undo_action.text()
    assert window.toolbar.widgetForAction(window.undo_action).text() == "Undo"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: field.text() == "Nuuk Godthåb")
    assert page.form.is_dirty()
    assert page.form.current_record().name == "Nuuk"
    assert list(workspace.labels("town").values()) == ["Nuuk"]
    # Brought back as unsaved edits: saving them now stores them.
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: list(workspace.labels("town").values()) == ["Nuuk Godthåb"])


def test_undo_of_a_discard_brings_back_text_that_was_not_yet_a_valid_value(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """A half-typed number is discarded and comes back exactly as typed, error and all."""
    window, page = _towns(open_window, workspace, "Nuuk")
    _show_row(qtbot, page, "Nuuk")
    population = page.form.editor("population").focus_widget()
    assert isinstance(population, QLineEdit)
    _focus(qtbot, population)
    qtbot.keyClicks(population, "17 00x")
    answer_message_box(Button.Discard)
    qtbot.keyClick(population, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: population.text() == "")
    qtbot.waitUntil(window.undo_action.isEnabled)
    activate(qtbot, window)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: population.text() == "17 00x")
    assert page.form.is_dirty()
    assert not page.form.save()
    assert page.form.field_error("population") != ""


def test_undo_of_a_discard_does_not_overwrite_newer_typing(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """With new unsaved typing in the form, Ctrl+Z from the list says so and keeps the typing."""
    window, page, field = _editing_nuuk(qtbot, open_window, workspace)
    qtbot.keyClicks(field, "A")
    answer_message_box(Button.Discard)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.undo_action.isEnabled)
    activate(qtbot, window)
    _focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "B")
    _focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "save or discard them first" in window.statusBar().currentMessage())
    assert field.text() == "NuukB"
    # The step is still there to be undone once the form is free.
    qtbot.waitUntil(lambda: window.undo_stack.canUndo() and window.undo_stack.index() == 1)


def test_escape_without_edits_returns_from_the_form_to_the_list(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Esc in a form with nothing unsaved asks nothing and puts the focus back in the list."""
    _window, page = _towns(open_window, workspace, "Nuuk", "Arsuk")
    _show_row(qtbot, page, "Nuuk")
    field = _name_field(page)
    _focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(page.table.hasFocus)
    assert QApplication.activeModalWidget() is None
    assert page.form.current_record().name == "Nuuk"
    rows = page.table.selectionModel().selectedRows()
    assert [page.model.index(i.row(), 0).data() for i in rows] == ["Nuuk"]


# ------------------------------------------------------------ the list


def test_enter_in_the_list_opens_the_record_in_the_form(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Arrow to a town, Enter: the cursor is in the form's first field, on that town."""
    _window, page = _towns(open_window, workspace, "Arsuk", "Nuuk")
    _show_row(qtbot, page, "Nuuk")
    page.form.tabs.setCurrentWidget(page.form.attachments)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    first = next(iter(page.form.rows.values())).editor.focus_widget()
    qtbot.waitUntil(first.hasFocus)
    assert page.form.tabs.currentWidget() is page.form.scroll_area
    assert page.form.current_record().name == "Nuuk"


def test_enter_in_the_navigation_goes_into_the_page(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    """Arrow down the navigation and press Enter: the keyboard is in that page's list."""
    window = _demo_window(open_window, tmp_path)
    window.navigation.select("town")
    _focus(qtbot, window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_key() == "twinning")
    qtbot.keyClick(window.navigation, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(page.table.hasFocus)
    window.navigation.select(TERM_REVIEW)
    _focus(qtbot, window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Enter)
    term_page = window.current_page()
    qtbot.waitUntil(lambda: term_page.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is term_page.table  # type: ignore[attr-defined]


def test_tab_leaves_the_list(qtbot: Any, open_window: Any, workspace: Workspace) -> None:
    """Tab in the list moves the focus out of it, not to the next cell."""
    _window, page = _towns(open_window, workspace, "Arsuk", "Nuuk")
    _show_row(qtbot, page, "Arsuk")
    before = page.table.currentIndex()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not page.table.hasFocus())
    assert page.table.currentIndex() == before


def test_ctrl_z_after_a_delete_works_with_the_focus_in_a_form_field(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Delete a town, click into a field of the form, Ctrl+Z: the town is back."""
    window, page = _towns(open_window, workspace, "Arsuk", "Nuuk")
    _show_row(qtbot, page, "Nuuk")
    nuuk = page.form.current_record().id
    answer_message_box(Button.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.row_of(nuuk) is None)
    activate(qtbot, window)
    with pytest.raises(RecordNotFound):
        workspace.get("town", nuuk)

    field = _name_field(page)
    _focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.model.row_of(nuuk) is not None)
    assert workspace.get("town", nuuk).name == "Nuuk"


def test_a_field_still_undoes_its_own_typing_first(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """Ctrl+Z in a field with typing of its own undoes the typing, not the window's last step."""
    window, page = _towns(open_window, workspace, "Arsuk", "Nuuk")
    _show_row(qtbot, page, "Nuuk")
    answer_message_box(Button.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(window.undo_action.isEnabled)
    activate(qtbot, window)
    field = _name_field(page)
    _focus(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, "q")
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: field.text() == "Arsuk")
    assert window.undo_stack.index() == 1  # the delete is not undone


# ------------------------------------------------------------ Find


def _demo_window(open_window: Any, tmp_path: Path) -> MainWindow:
    window: MainWindow = open_window(Workspace.open(demo_copy(tmp_path)))
    return window


def test_ctrl_f_on_every_page_finds_or_is_disabled(
    qtbot: Any, open_window: Any, tmp_path: Path
) -> None:
    """Ctrl+F on each page puts the cursor in its search field, or is disabled where none is."""
    window = _demo_window(open_window, tmp_path)
    searched: list[str] = []
    for key, _level in ENTRIES:
        window.navigation.select(key)
        page = window.current_page()
        assert page is not None
        _focus(qtbot, window.navigation)
        qtbot.keyClick(window.navigation, Qt.Key.Key_F, CTRL)
        if window.find_action.isEnabled():
            qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
            assert page.isAncestorOf(QApplication.focusWidget())
            searched.append(key)
        else:
            assert window.navigation.hasFocus()
    assert TODO in searched and "town" in searched and "changelog" in searched
    assert TERM_REVIEW not in searched  # the term evaluation has no search field


def test_the_to_do_search_narrows_the_items(qtbot: Any, open_window: Any, tmp_path: Path) -> None:
    """Typing in the to-do list's search field hides the items without the words."""
    window = _demo_window(open_window, tmp_path)
    window.navigation.select(TODO)
    page = window.current_page()
    settle(qtbot, window)  # the list is read on the database worker
    tree = page.tree  # type: ignore[attr-defined]

    def shown() -> list[str]:
        found = []
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            for j in range(group.childCount()):
                if not group.child(j).isHidden():
                    found.append(group.child(j).text(0))
        return found

    everything = shown()
    assert len(everything) >= 2
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(page.search_field.hasFocus)  # type: ignore[attr-defined]
    # Case and accents do not matter: "VANORTSKEDJAN" finds "vänortskedjan".
    qtbot.keyClicks(page.search_field, "NORDISKA VANORTSKEDJAN")  # type: ignore[attr-defined]
    wanted = [t for t in everything if "nordiska vänortskedjan" in t.lower()]
    assert wanted and shown() == wanted and len(wanted) < len(everything)


# ------------------------------------------------------------ menus and focus


def _menu_actions(window: MainWindow) -> list[QAction]:
    menus = (window.file_menu, window.edit_menu, window.help_menu)
    actions = [a for m in menus for a in m.actions() if not a.isSeparator() and not a.menu()]
    return actions + [a for a in window.toolbar.actions() if not a.isSeparator()]


def test_every_command_has_a_shortcut_shown_in_its_tooltip(
    open_window: Any, workspace: Workspace
) -> None:
    """Each File, Edit and Help command and toolbar button has its own shortcut, named in its tooltip."""
    window = open_window(workspace)
    seen: dict[str, str] = {}
    for action in _menu_actions(window):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.objectName()
        assert keys, f"{name} has no shortcut"
        assert f"({keys})" in action.toolTip(), f"{name}: {action.toolTip()!r}"
        assert seen.get(keys, name) == name, f"{keys} is used twice"
        seen[keys] = name


def test_the_focused_list_has_a_visible_frame(
    qtbot: Any, open_window: Any, workspace: Workspace
) -> None:
    """The list with the keyboard focus is framed in the highlight colour; without it, not."""
    _window, page = _towns(open_window, workspace, "Arsuk", "Nuuk")
    highlight = page.table.palette().color(page.table.palette().ColorRole.Highlight)

    def left_edge() -> Any:
        image = page.table.grab().toImage()
        return image.pixelColor(0, image.height() // 2)

    _focus(qtbot, page.search_field)
    assert left_edge() != highlight
    _focus(qtbot, page.table)
    qtbot.waitUntil(lambda: left_edge() == highlight)
