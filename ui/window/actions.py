"""The window's commands: its actions with their keys, the menus and the toolbar that show them.

Built again after a change of language, so every label is in the new one.
The sentences keep the window's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar

from app.i18n import QT_TRANSLATE_NOOP


class Commands(Protocol):
    """What the window's actions call (the window itself)."""

    def new_database(self) -> None:
        """File ▸ New database."""

    def open_database_file(self, target: str | None = None) -> None:
        """File ▸ Open (``target`` asked for when None)."""

    def connect_to_server(self) -> None:
        """File ▸ Connect to a server."""

    def save_copy_as(self) -> None:
        """File ▸ Save a copy as."""

    def restore_backup(self) -> None:
        """File ▸ Restore from a backup."""

    def check_database(self) -> None:
        """File ▸ Check the database."""

    def import_spreadsheet(self) -> None:
        """File ▸ Import from spreadsheet."""

    def print_report(self) -> None:
        """File ▸ Print."""

    def open_settings(self) -> None:
        """File ▸ Settings."""

    def quit(self) -> None:
        """File ▸ Quit: close the window."""

    def new_record(self) -> None:
        """Edit ▸ New."""

    def save_record(self) -> None:
        """Edit ▸ Save."""

    def delete_record(self) -> None:
        """Edit ▸ Delete."""

    def leave_form(self) -> None:
        """Edit ▸ Back to the list."""

    def focus_search(self) -> None:
        """Edit ▸ Find."""

    def search_everywhere(self) -> None:
        """Edit ▸ Search the whole register."""

    def show_about(self) -> None:
        """Help ▸ About."""

    def show_handbook(self) -> None:
        """Help ▸ Handbook."""


@dataclass(frozen=True)
class WindowActions:
    """Every command of the window as an action (its label, key and icon)."""

    new_database_action: QAction
    open_action: QAction
    connect_action: QAction
    save_copy_action: QAction
    restore_action: QAction
    check_action: QAction
    import_action: QAction
    print_action: QAction
    settings_action: QAction
    quit_action: QAction
    new_action: QAction
    save_action: QAction
    delete_action: QAction
    cancel_action: QAction
    find_action: QAction
    search_everywhere_action: QAction
    undo_action: QAction
    redo_action: QAction
    about_action: QAction
    handbook_action: QAction

    def record_actions(self) -> tuple[QAction, ...]:
        """The commands on the record shown: on only where a list and its form are."""
        return (self.new_action, self.save_action, self.delete_action, self.cancel_action)


@dataclass(frozen=True)
class WindowMenus:
    """The menus of the menu bar that the window fills itself."""

    file_menu: QMenu
    edit_menu: QMenu
    help_menu: QMenu
    recent_menu: QMenu


@dataclass(frozen=True)
class _Command:
    """One line of the window's command table: what it is called, its key and what it runs."""

    field: str
    """The name of its action in :class:`WindowActions`."""
    text: str
    """The menu label, marked for translation and translated when the action is built."""
    run: Callable[[Commands], object]
    keys: QKeySequence.StandardKey | Qt.Key | str
    name: str
    """The object name, by which tests and the old actions of another language are found."""
    icon: QStyle.StandardPixmap | None = None


_SP = QStyle.StandardPixmap

# The window's commands in the order of the menus. Each key is shown in its menu
# entry and, through show_shortcuts_in_tooltips, in its tooltip.
COMMANDS: tuple[_Command, ...] = (
    _Command("new_database_action", QT_TRANSLATE_NOOP("MainWindow", "&New database…"),
             lambda c: c.new_database(), "Ctrl+Shift+N", "act_new_database"),
    _Command("open_action", QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
             lambda c: c.open_database_file(), QKeySequence.StandardKey.Open, "act_open"),
    _Command("connect_action", QT_TRANSLATE_NOOP("MainWindow", "Connect to a &server…"),
             lambda c: c.connect_to_server(), "Ctrl+Shift+O", "act_connect_server"),
    _Command("save_copy_action", QT_TRANSLATE_NOOP("MainWindow", "Save a &copy as…"),
             lambda c: c.save_copy_as(), "Ctrl+Shift+S", "act_save_copy"),
    _Command("restore_action", QT_TRANSLATE_NOOP("MainWindow", "&Restore from a backup…"),
             lambda c: c.restore_backup(), "Ctrl+Shift+R", "act_restore"),
    _Command("check_action", QT_TRANSLATE_NOOP("MainWindow", "C&heck the database"),
             lambda c: c.check_database(), "Ctrl+Shift+H", "act_check"),
    _Command("import_action", QT_TRANSLATE_NOOP("MainWindow", "&Import from spreadsheet…"),
             lambda c: c.import_spreadsheet(), "Ctrl+Shift+I", "act_import"),
    # Ctrl+P, where every program has it; Reports ▸ Print a report… opens the same dialog.
    _Command("print_action", QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
             lambda c: c.print_report(), QKeySequence.StandardKey.Print, "act_print"),
    _Command("settings_action", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
             lambda c: c.open_settings(), "Ctrl+,", "act_settings"),
    # Spelled out: the platform's standard Quit key is empty on Windows.
    _Command("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
             lambda c: c.quit(), "Ctrl+Q", "act_quit"),
    _Command("new_action", QT_TRANSLATE_NOOP("MainWindow", "&New"),
             lambda c: c.new_record(), QKeySequence.StandardKey.New, "act_new", _SP.SP_FileIcon),
    _Command("save_action", QT_TRANSLATE_NOOP("MainWindow", "&Save"),
             lambda c: c.save_record(), QKeySequence.StandardKey.Save, "act_save",
             _SP.SP_DialogSaveButton),
    _Command("delete_action", QT_TRANSLATE_NOOP("MainWindow", "&Delete…"),
             lambda c: c.delete_record(), Qt.Key.Key_Delete, "act_delete", _SP.SP_TrashIcon),
    _Command("cancel_action", QT_TRANSLATE_NOOP("MainWindow", "&Back to the list"),
             lambda c: c.leave_form(), Qt.Key.Key_Escape, "act_cancel",
             _SP.SP_FileDialogListView),
    _Command("find_action", QT_TRANSLATE_NOOP("MainWindow", "&Find"),
             lambda c: c.focus_search(), QKeySequence.StandardKey.Find, "act_find"),
    _Command("search_everywhere_action",
             QT_TRANSLATE_NOOP("MainWindow", "Search the &whole register…"),
             lambda c: c.search_everywhere(), "Ctrl+K", "act_search_everywhere"),
    # F1 stays free for the handbook.
    _Command("about_action", QT_TRANSLATE_NOOP("MainWindow", "&About Vänort"),
             lambda c: c.show_about(), "Ctrl+F1", "act_about"),
    _Command("handbook_action", QT_TRANSLATE_NOOP("MainWindow", "&Handbook"),
             lambda c: c.show_handbook(), "F1", "act_handbook"),
)  # fmt: skip


def _key_sequence(keys: QKeySequence.StandardKey | Qt.Key | str) -> QKeySequence:
    """The key sequence of a table entry: a standard key, a single key or keys spelled out."""
    if isinstance(keys, Qt.Key):
        return QKeySequence(QKeyCombination(keys))
    return QKeySequence(keys)


def _command_action(host: QMainWindow, command: _Command, commands: Commands) -> QAction:
    """The action of one table entry, labelled in the current language."""
    action = QAction(QCoreApplication.translate("MainWindow", command.text), host)
    action.setShortcut(_key_sequence(command.keys))
    if command.icon is not None:
        action.setIcon(host.style().standardIcon(command.icon))
    action.setObjectName(command.name)
    run = command.run
    action.triggered.connect(lambda _checked=False: run(commands))
    return action


def _undo_step_action(
    host: QMainWindow,
    action: QAction,
    keys: QKeySequence.StandardKey,
    icon: QStyle.StandardPixmap,
    name: str,
    short_text: str,
) -> QAction:
    """Undo or Redo from the stack, with its key, icon and the short label of the toolbar."""
    action.setShortcut(keys)
    action.setIcon(host.style().standardIcon(icon))
    action.setObjectName(name)
    # The menu entry names the step ("Undo Delete “Nuuk”"); the button and tooltip stay short.
    action.setIconText(short_text)
    return action


def build_actions(host: QMainWindow, commands: Commands, undo_stack: QUndoStack) -> WindowActions:
    """The window's actions, the old ones (of another language) taken off ``host`` first."""
    for action in host.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if action.objectName().startswith("act_"):
            host.removeAction(action)
            action.deleteLater()
    made = {command.field: _command_action(host, command, commands) for command in COMMANDS}
    undo_action = _undo_step_action(
        host,
        undo_stack.createUndoAction(host, QCoreApplication.translate("MainWindow", "&Undo")),
        QKeySequence.StandardKey.Undo,
        _SP.SP_ArrowBack,
        "act_undo",
        QCoreApplication.translate("MainWindow", "Undo"),
    )
    redo_action = _undo_step_action(
        host,
        undo_stack.createRedoAction(host, QCoreApplication.translate("MainWindow", "&Redo")),
        QKeySequence.StandardKey.Redo,
        _SP.SP_ArrowForward,
        "act_redo",
        QCoreApplication.translate("MainWindow", "Redo"),
    )
    return WindowActions(undo_action=undo_action, redo_action=redo_action, **made)


def _add_entries(target: QMenu | QToolBar, *entries: QAction | None) -> None:
    """Adds ``entries`` to a menu or toolbar in order, a separator where one is None."""
    for entry in entries:
        if entry is None:
            target.addSeparator()
        else:
            target.addAction(entry)


def build_menus(
    host: QMainWindow, actions: WindowActions, reports_menu: QMenu, fill_recent: Callable[[], None]
) -> WindowMenus:
    """The menu bar: File, Edit, the Reports menu (filled by the report packages) and Help."""
    bar = host.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if menu is not None and menu is not reports_menu:
            menu.deleteLater()
    bar.clear()
    a = actions
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _add_entries(file_menu, a.new_database_action, a.open_action, a.connect_action)
    recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent &databases"))
    recent_menu.aboutToShow.connect(fill_recent)
    copies = (a.save_copy_action, a.restore_action, a.check_action)
    _add_entries(file_menu, None, *copies, None, a.import_action, a.print_action)
    _add_entries(file_menu, None, a.settings_action, None, a.quit_action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    _add_entries(edit_menu, a.undo_action, a.redo_action, None, *a.record_actions(), None)
    _add_entries(edit_menu, a.find_action, a.search_everywhere_action)
    reports_menu.setTitle(QCoreApplication.translate("MainWindow", "&Reports"))
    bar.addMenu(reports_menu)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    _add_entries(help_menu, a.handbook_action, a.about_action)
    return WindowMenus(file_menu, edit_menu, help_menu, recent_menu)


def build_toolbar(host: QMainWindow, actions: WindowActions) -> QToolBar:
    """The record toolbar: New, Save, Delete, Back to the list, Undo, Redo."""
    for old in host.findChildren(QToolBar):
        host.removeToolBar(old)
        old.deleteLater()
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Record"), host)
    toolbar.setObjectName("record_toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _add_entries(toolbar, *actions.record_actions(), None, actions.undo_action, actions.redo_action)
    host.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def show_shortcuts_in_tooltips(actions: list[QAction]) -> None:
    """Every command's tooltip names it with its shortcut, as its menu entry does."""
    for action in actions:
        if action.isSeparator() or action.menu() is not None:
            continue
        name = action.iconText().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(
            QCoreApplication.translate("MainWindow", "%1 (%2)")
            .replace("%1", name)
            .replace("%2", keys)
            if keys
            else name
        )
