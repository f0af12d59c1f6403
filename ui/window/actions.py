"""The window's commands: its actions with their keys, the menus and the toolbar that show them.

Built again after a change of language, so every label is in the new one.
The sentences keep the window's translation context, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar


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


def _make(
    host: QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, host)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(host.style().standardIcon(icon))
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(host: QMainWindow, commands: Commands, undo_stack: QUndoStack) -> WindowActions:
    """The window's actions, the old ones (of another language) taken off ``host`` first."""
    for action in host.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if action.objectName().startswith("act_"):
            host.removeAction(action)
            action.deleteLater()
    sp = QStyle.StandardPixmap
    new_database_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&New database…"),
        commands.new_database,
        QKeySequence("Ctrl+Shift+N"),
        name="act_new_database",
    )
    open_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Open…"),
        commands.open_database_file,
        QKeySequence.StandardKey.Open,
        name="act_open",
    )
    connect_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "Connect to a &server…"),
        commands.connect_to_server,
        QKeySequence("Ctrl+Shift+O"),
        name="act_connect_server",
    )
    save_copy_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "Save a &copy as…"),
        commands.save_copy_as,
        QKeySequence("Ctrl+Shift+S"),
        name="act_save_copy",
    )
    restore_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Restore from a backup…"),
        commands.restore_backup,
        QKeySequence("Ctrl+Shift+R"),
        name="act_restore",
    )
    check_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "C&heck the database"),
        commands.check_database,
        QKeySequence("Ctrl+Shift+H"),
        name="act_check",
    )
    import_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Import from spreadsheet…"),
        commands.import_spreadsheet,
        QKeySequence("Ctrl+Shift+I"),
        name="act_import",
    )
    # Ctrl+P, where every program has it; Reports ▸ Print a report… opens the same dialog.
    print_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Print…"),
        commands.print_report,
        QKeySequence.StandardKey.Print,
        name="act_print",
    )
    settings_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        commands.open_settings,
        QKeySequence("Ctrl+,"),
        name="act_settings",
    )
    # Spelled out: the platform's standard Quit key is empty on Windows.
    quit_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Quit"),
        commands.quit,
        QKeySequence("Ctrl+Q"),
        name="act_quit",
    )
    new_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&New"),
        commands.new_record,
        QKeySequence.StandardKey.New,
        sp.SP_FileIcon,
        "act_new",
    )
    save_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Save"),
        commands.save_record,
        QKeySequence.StandardKey.Save,
        sp.SP_DialogSaveButton,
        "act_save",
    )
    delete_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Delete…"),
        commands.delete_record,
        QKeySequence(Qt.Key.Key_Delete),
        sp.SP_TrashIcon,
        "act_delete",
    )
    cancel_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Back to the list"),
        commands.leave_form,
        QKeySequence(Qt.Key.Key_Escape),
        sp.SP_FileDialogListView,
        "act_cancel",
    )
    find_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Find"),
        commands.focus_search,
        QKeySequence.StandardKey.Find,
        name="act_find",
    )
    search_everywhere_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "Search the &whole register…"),
        commands.search_everywhere,
        QKeySequence("Ctrl+K"),
        name="act_search_everywhere",
    )
    undo_action = undo_stack.createUndoAction(
        host, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    undo_action.setIcon(host.style().standardIcon(sp.SP_ArrowBack))
    undo_action.setObjectName("act_undo")
    # The menu entry names the step ("Undo Delete “Nuuk”"); the button and tooltip stay short.
    undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
    redo_action = undo_stack.createRedoAction(
        host, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    redo_action.setIcon(host.style().standardIcon(sp.SP_ArrowForward))
    redo_action.setObjectName("act_redo")
    redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
    # F1 stays free for the handbook.
    about_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&About Vänort"),
        commands.show_about,
        QKeySequence("Ctrl+F1"),
        name="act_about",
    )
    handbook_action = _make(
        host,
        QCoreApplication.translate("MainWindow", "&Handbook"),
        commands.show_handbook,
        "F1",
        name="act_handbook",
    )
    return WindowActions(
        new_database_action=new_database_action,
        open_action=open_action,
        connect_action=connect_action,
        save_copy_action=save_copy_action,
        restore_action=restore_action,
        check_action=check_action,
        import_action=import_action,
        print_action=print_action,
        settings_action=settings_action,
        quit_action=quit_action,
        new_action=new_action,
        save_action=save_action,
        delete_action=delete_action,
        cancel_action=cancel_action,
        find_action=find_action,
        search_everywhere_action=search_everywhere_action,
        undo_action=undo_action,
        redo_action=redo_action,
        about_action=about_action,
        handbook_action=handbook_action,
    )


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
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(actions.new_database_action)
    file_menu.addAction(actions.open_action)
    file_menu.addAction(actions.connect_action)
    recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent &databases"))
    recent_menu.aboutToShow.connect(fill_recent)
    file_menu.addSeparator()
    file_menu.addAction(actions.save_copy_action)
    file_menu.addAction(actions.restore_action)
    file_menu.addAction(actions.check_action)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_action)
    file_menu.addAction(actions.print_action)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit_action)
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(actions.undo_action)
    edit_menu.addAction(actions.redo_action)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.new_action)
    edit_menu.addAction(actions.save_action)
    edit_menu.addAction(actions.delete_action)
    edit_menu.addAction(actions.cancel_action)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find_action)
    edit_menu.addAction(actions.search_everywhere_action)
    reports_menu.setTitle(QCoreApplication.translate("MainWindow", "&Reports"))
    bar.addMenu(reports_menu)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(actions.handbook_action)
    help_menu.addAction(actions.about_action)
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
    for action in (
        actions.new_action,
        actions.save_action,
        actions.delete_action,
        actions.cancel_action,
    ):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(actions.undo_action)
    toolbar.addAction(actions.redo_action)
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
