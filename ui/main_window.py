"""The main window: navigation on the left, the chosen kind's list and form beside it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from app import i18n
from app.changes import Changed
from app.resource_paths import icons_dir
from app.services.kinds import KINDS
from app.workspace import Workspace
from ui import colleague_changes, qt_settings
from ui.background import BackgroundWork
from ui.db_worker import DatabaseWorker
from ui.dialogs.about import AboutDialog
from ui.dialogs.busy import wait_cursor
from ui.navigation import OVERVIEW, TODO, Navigation
from ui.pages import Page
from ui.translations import apply_language
from ui.undo_keys import WindowUndoKeys
from ui.window.actions import (
    build_actions,
    build_menus,
    build_toolbar,
    show_shortcuts_in_tooltips,
)
from ui.window.counts import NavigationCounts
from ui.window.databases import DatabaseCommands
from ui.window.page_making import default_form_factory, make_page
from ui.window.record_pages import as_record_page
from ui.window.settings_help import SettingsAndHelp
from ui.window.undo_steps import RecordSteps

if TYPE_CHECKING:  # imported when first needed, not on the way to the window
    from ui.dialogs.handbook import HandbookWindow
    from ui.lists.list_page import FormFactory, RecordListPage
    from ui.town_page.page import TownPage

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (900, 560)
# Wide enough for the group headings ("Avtal, beslut och styrdokument").
NAVIGATION_WIDTH = 260
# Where the keyboard is must be plain to see: lists, the navigation and text
# fields get a thick frame in the highlight colour while they have the focus
# (Fusion's own focus frame is one thin line).
FOCUS_STYLE = (
    "QAbstractItemView:focus { border: 2px solid palette(highlight); }"
    " QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus"
    " { border: 2px solid palette(highlight); border-radius: 2px; }"
)


class MainWindow(QMainWindow):
    """The register's window; ``workspace`` is the open database."""

    # Emitted after the menus were (re)built, e.g. after a language change, so
    # whoever fills ``reports_menu`` can fill it again in the new language.
    menus_rebuilt = Signal()
    workspace_changed = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        form_factory: FormFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.workspace = workspace
        self.form_factory: FormFactory = form_factory or default_form_factory
        self.undo_stack = QUndoStack(self)
        # Every read of the lists and counts goes through this one thread, in turn.
        self.db_worker = DatabaseWorker(self)
        self._undo_keys = WindowUndoKeys(self)
        self.setStyleSheet(FOCUS_STYLE)
        self.pages: dict[str, Page] = {}
        self._stale: set[str] = set()
        # Made once and kept across rebuilds: the reports engineer fills it.
        self.reports_menu = QMenu(self)
        self.reports_menu.setObjectName("reports_menu")
        self.counts = NavigationCounts(
            self.db_worker,
            lambda: self.workspace,
            lambda: self.navigation,
            lambda: self.pages.get(TODO),
            lambda: self._stale.add(OVERVIEW),  # news in the change log: the start page reads again
            self,
        )
        self.steps = RecordSteps(self, self)
        self._databases = DatabaseCommands(self, self)
        self._help = SettingsAndHelp(self, self)
        icon = icons_dir() / "vanort.png"
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        geometry = qt_settings.load_state("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._build()
        self._colleagues = self._watch_colleagues()
        self._install_reports()
        # After the report packages (connected in _install_reports) refilled their menu.
        self.menus_rebuilt.connect(self._show_shortcuts_in_tooltips)
        self.menus_rebuilt.connect(self._list_report_commands)
        self._show_shortcuts_in_tooltips()
        self._list_report_commands()

    # ------------------------------------------------------------ building

    def _build(self, start: str = OVERVIEW) -> None:
        """Build navigation, pages, menus and toolbar in the current language."""
        self.pages = {}
        self._stale = set()
        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        state = qt_settings.load_state("window/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([NAVIGATION_WIDTH, DEFAULT_SIZE[0] - NAVIGATION_WIDTH])
        old = self.centralWidget()
        self.setCentralWidget(self.splitter)
        if old is not None:
            old.deleteLater()
        self._build_commands()
        self._update_title()
        self.navigation.page_chosen.connect(self.show_page)
        self.navigation.entered.connect(lambda key: self.show_page(key).focus_list())
        # The start page reads on the worker; counting every kind meanwhile would
        # hold it back, so the counts follow it (show_page, the start page's filled).
        self.counts.start()
        self.navigation.select(start)
        self.counts.count_later()
        self.menus_rebuilt.emit()

    def _build_commands(self) -> None:
        """The actions, menus and toolbar, in the current language."""
        a = build_actions(self, self, self.undo_stack)
        self.record_actions = a.record_actions()
        self.new_database_action, self.open_action = a.new_database_action, a.open_action
        self.connect_action, self.save_copy_action = a.connect_action, a.save_copy_action
        self.restore_action, self.check_action = a.restore_action, a.check_action
        self.import_action, self.print_action = a.import_action, a.print_action
        self.settings_action, self.quit_action = a.settings_action, a.quit_action
        self.new_action, self.save_action = a.new_action, a.save_action
        self.delete_action, self.cancel_action = a.delete_action, a.cancel_action
        self.find_action, self.search_everywhere_action = a.find_action, a.search_everywhere_action
        self.undo_action, self.redo_action = a.undo_action, a.redo_action
        self.about_action = a.about_action
        recent = self._databases.fill_recent
        menus = build_menus(self, a, self.reports_menu, lambda: recent(self.recent_menu))
        self.file_menu, self.edit_menu = menus.file_menu, menus.edit_menu
        self.help_menu, self.recent_menu = menus.help_menu, menus.recent_menu
        recent(self.recent_menu)
        self.toolbar = build_toolbar(self, a)

    def _show_shortcuts_in_tooltips(self) -> None:
        """Every menu command's tooltip names it with its shortcut, as its menu entry does."""
        menus = [self.file_menu, self.edit_menu, self.reports_menu, self.help_menu]
        actions = [a for menu in menus for a in menu.actions()]
        show_shortcuts_in_tooltips(actions + self.toolbar.actions())

    def _list_report_commands(self) -> None:
        """The Reports menu's commands, also in the navigation's Reports group."""
        self.navigation.set_report_commands(self.reports_menu.actions())

    def _update_title(self) -> None:
        # The program's name last: Qt leaves a title alone that already ends with it.
        self.setWindowTitle(f"{self.workspace.display_name}[*] – Vänort")

    # ------------------------------------------------------------ pages

    def page(self, key: str) -> Page:
        """The page of ``key`` (a kind or "changelog"), made the first time it is asked for."""
        page = self.pages.get(key)
        if page is not None:
            return page
        with wait_cursor():
            page = make_page(self, key)
        self.pages[key] = page
        self._stale.discard(key)  # just read
        self.stack.addWidget(page)
        return page

    def open_town(self, town_id: int) -> None:
        """A twin town's line was opened: its town page."""
        self.open_town_page(town_id)

    def current_key(self) -> str | None:
        """The key of the page chosen in the navigation."""
        return self.navigation.current_key()

    def current_page(self) -> Page | None:
        """The page shown, or None."""
        key = self.current_key()
        return self.pages.get(key) if key else None

    def show_page(self, key: str) -> Page:
        """Show the page of ``key`` (reading it again if records changed meanwhile)."""
        page = self.page(key)
        if key != OVERVIEW and not self.counts.counted:
            self.refresh_counts()
        elif self.counts.counted:
            # Before the first counts (which count the log too) it would only compete
            # with the start page's read, and a first count cannot tell news anyway.
            self.counts.count_log()
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)
        if self.navigation.current_key() != key:
            self.navigation.select_quietly(key)
        record_page = as_record_page(page)
        for action in self.record_actions:
            action.setEnabled(record_page is not None)
        self._allow_changes()
        self.find_action.setEnabled(page.has_search())
        self.setWindowModified(record_page is not None and record_page.is_dirty())
        return page

    def open_record(self, kind: str, record_id: int) -> bool:
        """Switch to ``kind``'s page and show the record: linked records are one click away."""
        if kind not in KINDS:
            if kind == "town_page":
                # The page opens at once and its town follows from the database worker;
                # a town gone meanwhile is said then, and the window returns here.
                self.open_town_page(record_id)
                return True
            if kind == "yearly_report":
                from ui.reports import open_report_dialog

                open_report_dialog(self, "annual")
                return True
            return False
        page = as_record_page(self.show_page(kind))
        assert page is not None
        return page.select_record(record_id)

    def open_town_page(self, town_id: int) -> TownPage:
        """Show the page of one twin town (it says it is reading until the town has come,
        then emits ``shown``); Back (Alt+Left, Esc) returns to the page before."""
        from ui.town_page import show_town_page

        return show_town_page(self, town_id)

    def _install_reports(self) -> None:
        # The report packages fill the Reports menu themselves, now and after rebuilds.
        from ui.mapping import install_mapping_entry
        from ui.reports import install_reports_menu

        install_reports_menu(self)
        install_mapping_entry(self)

    def new_linked_record(self, kind: str, preset: object) -> None:
        """Start a new record of ``kind`` already linked to the one the user came from."""
        if kind not in KINDS:
            return
        page = as_record_page(self.show_page(kind))
        if page is not None:
            page.new_record(preset if isinstance(preset, dict) else None)

    def import_spreadsheet(self) -> None:
        """Open the import wizard; the lists read again after an import."""
        from ui.importing import ImportWizard

        wizard = ImportWizard(self.workspace, self, worker=self.db_worker)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.after_import)
        wizard.open()

    def after_import(self, _summary: object) -> None:
        """Every list reads again when next shown, the one on screen now; and the counts."""
        self._stale.update(self.pages)
        page = as_record_page(self.current_page())
        if page is not None:
            page.reload()
            self._stale.discard(self.current_key() or "")
        self.refresh_counts()

    def refresh_counts(self, changed: Iterable[str] | None = None, *, todo: bool = True) -> None:
        """Show how many records each kind holds beside its name (read on the worker).

        ``changed`` limits the counting to those kinds (after a write); ``todo``
        False leaves the to-do count alone (no rule reads what changed).
        """
        self.counts.refresh(changed, todo=todo)

    def records_changed(self, kind: str) -> None:
        """Records of ``kind`` changed, ids unknown (the to-do list, the settings)."""
        self.wrote(Changed.of(kind))

    def wrote(self, changed: Changed) -> None:
        """A write came back: recount its kinds, mark the other lists to be read when shown."""
        # Other lists show these kinds' names (a renamed town in the twinnings), so
        # they read again when next shown; the one on screen already has.
        current = self.current_key()
        self._stale.update(key for key in self.pages if key != current)
        self.refresh_counts(changed.kinds, todo=changed.concerns_todo())

    def saving_changed(self, saving: bool) -> None:
        """No second save while one is on its way (the form is read-only meanwhile)."""
        page = self._record_page()
        self.save_action.setEnabled(
            not saving
            and page is not None
            and not page.form.is_saving()
            and self.workspace.may_edit
        )

    def _allow_changes(self) -> None:
        # A reader's role on a server: what would change the register is switched off.
        if self.workspace.may_edit:
            return
        for action in (self.new_action, self.save_action, self.delete_action, self.import_action):
            action.setEnabled(False)
            action.setStatusTip(self.tr("Your account may read the register but not change it."))

    def _watch_colleagues(self) -> colleague_changes.ColleagueChanges | None:
        watcher = colleague_changes.watch(self.workspace, self, self.db_worker)
        if watcher is not None:
            watcher.arrived.connect(self._colleagues_changed)
        return watcher

    def _colleagues_changed(self, notices: list[Any]) -> None:
        # A colleague saved on the server: the list on screen reads again now, the others
        # when next shown; a form showing the record says who changed what.
        current = self.current_page()
        for key, page in self.pages.items():
            if page is not current:
                self._stale.add(key)
            if as_record_page(page) is not None:
                colleague_changes.show_in_page(page, notices, visible=page is current)
        self.refresh_counts()

    # ------------------------------------------------------------ record commands

    def _record_page(self) -> RecordListPage | None:
        return as_record_page(self.current_page())

    def _on_record_page(self, command: Callable[[RecordListPage], object]) -> None:
        """Run ``command`` on the page shown when it holds records (not on the start page)."""
        page = self._record_page()
        if page is not None:
            command(page)

    def new_record(self) -> None:
        """Start a new record on the page shown."""
        self._on_record_page(lambda page: page.new_record())

    def save_record(self) -> None:
        """Save the record of the page shown."""
        self._on_record_page(lambda page: page.save_record())

    def delete_record(self) -> None:
        """Delete the record of the page shown."""
        self._on_record_page(lambda page: page.delete_record())

    def leave_form(self) -> None:
        """Esc: back to the list, asking first about unsaved edits."""
        self._on_record_page(lambda page: page.leave_form())

    def search_everywhere(self) -> None:
        """Ctrl+K: search every kind of record at once."""
        from ui.search import open_search

        open_search(self, self.workspace, self.open_record, worker=self.db_worker)

    def quit(self) -> None:
        """Ctrl+Q: close the window (asking about unsaved edits first)."""
        self.close()

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search field (the action is off where there is none)."""
        page = self.current_page()
        if page is not None and page.has_search():
            page.focus_search()

    # ------------------------------------------------------------ databases

    def may_leave(self) -> bool:
        """Ask every page with unsaved changes; False if the user wants to stay."""
        for key, page in self.pages.items():
            record_page = as_record_page(page)
            if record_page is not None and record_page.is_dirty():
                self.show_page(key)
                if not record_page.maybe_leave():
                    return False
        return True

    def _save_states(self) -> None:
        qt_settings.save_state("window/geometry", self.saveGeometry())
        qt_settings.save_state("window/splitter", self.splitter.saveState())
        for page in self.pages.values():
            page.save_state()

    def set_workspace(self, workspace: Workspace, *, close_old: bool = True) -> None:
        """Work on ``workspace`` from now on: the window is rebuilt on it, in its language."""
        self.stop_reading()
        self._save_states()
        if close_old and workspace is not self.workspace:
            self.workspace.close()
        self.workspace = workspace
        if self._colleagues is not None:
            self._colleagues.close()
        self._colleagues = self._watch_colleagues()
        self.undo_stack.clear()  # a restore in another database would be wrong
        if workspace.remembered_as is not None:
            qt_settings.remember_database(workspace.remembered_as)  # never with a password
        # Without the models, and on a server from what the opening read: no round trip here.
        apply_language(i18n.language_for_window(workspace.name_and_language().language))
        self._clear_pages()
        self._build()
        self.workspace_changed.emit(workspace)

    def rebuild(self) -> None:
        """Build the window again (after a change of language), on the same page."""
        key = self.current_key() or OVERVIEW
        self._save_states()
        self._clear_pages()
        self._build(key)

    def _clear_pages(self) -> None:
        self.stop_reading()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}

    def new_database(self) -> None:
        """Create an empty register, asking whose it is, and open it."""
        self._databases.new_database()

    def open_database_file(self, target: str | None = None) -> None:
        """Open the database file ``target`` (asked for when None)."""
        self._databases.open_database_file(target)

    def connect_to_server(self) -> None:
        """File ▸ Connect to a server: the register on a database server."""
        self._databases.connect_to_server()

    def save_copy_as(self) -> None:
        """File ▸ Save a copy: a complete database file, from a file or from a server."""
        self._databases.save_copy_as()

    def start_copy(self, target: str) -> BackgroundWork:
        """Copy the database to ``target`` on a worker thread; the status bar says when done."""
        return self._databases.start_copy(target)

    def restore_backup(self) -> None:
        """Choose a backup and put it in place of the register."""
        self._databases.restore_backup()

    def check_database(self) -> None:
        """Check the register for damage in the background."""
        self._databases.check_database()

    # ------------------------------------------------------------ settings and help

    def print_report(self) -> None:
        """File ▸ Print…: choose a report, then print it through the print dialog."""
        self._help.print_report()

    def open_settings(self) -> None:
        """Edit the register's settings; a new language applies at once."""
        self._help.open_settings()

    def show_handbook(self) -> None:
        """Help ▸ Handbook (F1): the offline guide, one window kept for the session."""
        self._help.show_handbook()

    @property
    def handbook_window(self) -> HandbookWindow | None:
        """The handbook's window, made on the first F1."""
        return self._help.handbook_window

    def show_about(self) -> None:
        """Show what the program is and its version."""
        AboutDialog(self.workspace, self).exec()

    # ------------------------------------------------------------ closing

    def stop_reading(self) -> None:
        """No read for the pages may run against the register from now on (it closes or
        is replaced); a write handed over is carried out first."""
        stop = getattr(self.pages.get(OVERVIEW), "stop_reading", None)
        if stop is not None:
            stop()
        town_page = self.stack.findChild(QWidget, "town_page")
        stop_town = getattr(town_page, "stop", None)
        if stop_town is not None:
            stop_town()  # its timeline is read on a thread of its own
        self.db_worker.forget_queued()
        # Nor may the counts come after the register was closed.
        self.counts.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close only when unsaved edits are saved or let go; remember the layout."""
        if not self.may_leave():
            event.ignore()
            return
        self.stop_reading()
        self._save_states()
        if self._colleagues is not None:
            self._colleagues.close()
            self._colleagues = None
        self.db_worker.stop()
        self.counts.close()
        event.accept()
