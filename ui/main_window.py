"""The main window: navigation on the left, the chosen kind's list and form beside it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QWidget,
)

from app import i18n
from app.changes import Changed
from app.errors import DatabaseRefused
from app.resource_paths import icons_dir
from app.services.changelog import change_log_count
from app.services.kinds import KINDS
from app.workspace import Workspace
from app.workspace_files import NotAFile, list_backups, restore_from_backup, save_copy
from ui import colleague_changes, qt_settings
from ui.background import BackgroundWork
from ui.db_worker import DatabaseWorker
from ui.dialogs import database_files
from ui.dialogs.about import AboutDialog
from ui.dialogs.busy import wait_cursor
from ui.dialogs.check_database import check_database
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.errors import show_refusal
from ui.lists.changelog_page import ChangeLogPage
from ui.lists.delete_command import DeleteCommand, DeleteRequest
from ui.lists.discard_command import DiscardCommand, bring_back, discard_again
from ui.lists.list_page import FormFactory, RecordListPage
from ui.navigation import CHANGE_LOG, COUNTED, OVERVIEW, TERM_REVIEW, TODO, Navigation
from ui.pages import Page
from ui.search import open_search
from ui.translations import apply_language
from ui.undo_keys import WindowUndoKeys

if TYPE_CHECKING:  # both are imported when first needed, not on the way to the window
    from ui.dialogs.handbook import HandbookWindow
    from ui.forms.record_form import RecordForm

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 720)
MINIMUM_SIZE = (900, 560)
# Wide enough for the group headings ("Avtal, beslut och styrdokument").
NAVIGATION_WIDTH = 260
# At start the counts beside the kinds follow the start page; this late at most.
FIRST_COUNTS_LATEST_MS = 3000
# Where the keyboard is must be plain to see: lists, the navigation and text
# fields get a thick frame in the highlight colour while they have the focus
# (Fusion's own focus frame is one thin line).
FOCUS_STYLE = (
    "QAbstractItemView:focus { border: 2px solid palette(highlight); }"
    " QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus"
    " { border: 2px solid palette(highlight); border-radius: 2px; }"
)


def default_form_factory(workspace: Workspace, kind: str, parent: QWidget | None) -> RecordForm:
    """The record form of ``kind`` (imported late: the forms are a package of their own)."""
    from ui.forms.record_form import RecordForm

    return RecordForm(workspace, kind, parent)


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
        self._todo_timer = QTimer(self)
        self._todo_timer.setSingleShot(True)
        self._todo_timer.setInterval(1500)
        self._todo_timer.timeout.connect(self._count_todo)
        self.pages: dict[str, Page] = {}
        self.handbook_window: HandbookWindow | None = None  # made on the first F1
        self._stale: set[str] = set()
        self._tasks: list[BackgroundWork] = []
        # Made once and kept across rebuilds: the reports engineer fills it.
        self.reports_menu = QMenu(self)
        self.reports_menu.setObjectName("reports_menu")
        self._log_count: int | None = None
        self._counted = False
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.timeout.connect(self._first_counts)
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
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._update_title()
        self.navigation.page_chosen.connect(self.show_page)
        self.navigation.entered.connect(lambda key: self.show_page(key).focus_list())
        # The start page reads on a worker thread; counting every kind on this one
        # meanwhile would hold it back, so the counts follow it (show_page).
        self._counted = False
        self.navigation.select(start)
        if not self._counted:
            self._counts_timer.start(FIRST_COUNTS_LATEST_MS)
        self.menus_rebuilt.emit()

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if action.objectName().startswith("act_"):
                self.removeAction(action)
                action.deleteLater()
        sp = QStyle.StandardPixmap
        self.new_database_action = self._action(
            self.tr("&New database…"),
            self.new_database,
            QKeySequence("Ctrl+Shift+N"),
            name="act_new_database",
        )
        self.open_action = self._action(
            self.tr("&Open…"),
            self.open_database_file,
            QKeySequence.StandardKey.Open,
            name="act_open",
        )
        self.connect_action = self._action(
            self.tr("Connect to a &server…"),
            self.connect_to_server,
            QKeySequence("Ctrl+Shift+O"),
            name="act_connect_server",
        )
        self.save_copy_action = self._action(
            self.tr("Save a &copy as…"),
            self.save_copy_as,
            QKeySequence("Ctrl+Shift+S"),
            name="act_save_copy",
        )
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"),
            self.restore_backup,
            QKeySequence("Ctrl+Shift+R"),
            name="act_restore",
        )
        self.check_action = self._action(
            self.tr("C&heck the database"),
            self.check_database,
            QKeySequence("Ctrl+Shift+H"),
            name="act_check",
        )
        self.import_action = self._action(
            self.tr("&Import from spreadsheet…"),
            self.import_spreadsheet,
            QKeySequence("Ctrl+Shift+I"),
            name="act_import",
        )
        # Ctrl+P, where every program has it; Reports ▸ Print a report… opens the same dialog.
        self.print_action = self._action(
            self.tr("&Print…"),
            self.print_report,
            QKeySequence.StandardKey.Print,
            name="act_print",
        )
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"), name="act_settings"
        )
        # Spelled out: the platform's standard Quit key is empty on Windows.
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"), name="act_quit"
        )
        self.new_action = self._action(
            self.tr("&New"),
            self.new_record,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
            "act_new",
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save_record,
            QKeySequence.StandardKey.Save,
            sp.SP_DialogSaveButton,
            "act_save",
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.delete_record,
            QKeySequence(Qt.Key.Key_Delete),
            sp.SP_TrashIcon,
            "act_delete",
        )
        self.cancel_action = self._action(
            self.tr("&Back to the list"),
            self.leave_form,
            QKeySequence(Qt.Key.Key_Escape),
            sp.SP_FileDialogListView,
            "act_cancel",
        )
        self.find_action = self._action(
            self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find, name="act_find"
        )
        self.search_everywhere_action = self._action(
            self.tr("Search the &whole register…"),
            lambda: open_search(self, self.workspace, self.open_record),
            QKeySequence("Ctrl+K"),
            name="act_search_everywhere",
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.undo_action.setObjectName("act_undo")
        # The menu entry names the step ("Undo Delete “Nuuk”"); the button and tooltip stay short.
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.redo_action.setObjectName("act_redo")
        self.redo_action.setIconText(self.tr("Redo"))
        # F1 stays free for the handbook.
        self.about_action = self._action(
            self.tr("&About Vänort"), self.show_about, QKeySequence("Ctrl+F1"), name="act_about"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for action in bar.actions():
            menu = action.menu()
            if menu is not None and menu is not self.reports_menu:
                menu.deleteLater()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent &databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.save_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.cancel_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_everywhere_action)
        self.reports_menu.setTitle(self.tr("&Reports"))
        bar.addMenu(self.reports_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("&Handbook"), self.show_handbook, "F1", name="act_handbook")
        )
        help_menu.addAction(self.about_action)
        self.file_menu, self.edit_menu, self.help_menu = file_menu, edit_menu, help_menu
        self._fill_recent()

    def _build_toolbar(self) -> None:
        for old in self.findChildren(QToolBar):
            self.removeToolBar(old)
            old.deleteLater()
        toolbar = QToolBar(self.tr("Record"), self)
        toolbar.setObjectName("record_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.save_action, self.delete_action, self.cancel_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _show_shortcuts_in_tooltips(self) -> None:
        """Every menu command's tooltip names it with its shortcut, as its menu entry does."""
        menus = [self.file_menu, self.edit_menu, self.reports_menu, self.help_menu]
        actions = [a for menu in menus for a in menu.actions()] + self.toolbar.actions()
        for action in actions:
            if action.isSeparator() or action.menu() is not None:
                continue
            name = action.iconText().replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(
                self.tr("%1 (%2)").replace("%1", name).replace("%2", keys) if keys else name
            )

    def _list_report_commands(self) -> None:
        """The Reports menu's commands, also in the navigation's Reports group."""
        self.navigation.set_report_commands(self.reports_menu.actions())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.workspace.remembered_as
        entries = [e for e in qt_settings.recent_databases() if e != current]
        for entry in entries:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(
                lambda _checked=False, target=entry: self.open_database_file(target)
            )
        self.recent_menu.setEnabled(bool(entries))

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
            if key == OVERVIEW:
                page = self._overview_page()
            elif key == CHANGE_LOG:
                page = ChangeLogPage(self.workspace)
            elif key == TODO:
                from ui.todo import TodoView

                page = TodoView(self.workspace)
                page.count_changed.connect(self._show_todo_count)
                page.records_changed.connect(self._records_changed)
                page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
                self._show_todo_count(page.count())
            elif key == TERM_REVIEW:
                from ui.todo import TermEvaluationView

                page = TermEvaluationView(self.workspace)
                page.records_changed.connect(self._records_changed)
            else:
                page = RecordListPage(self.workspace, key, self.form_factory, worker=self.db_worker)
                page.wrote.connect(self._wrote)
                page.form.saving_changed.connect(self._saving_changed)
                page.delete_requested.connect(self._delete_requested)
                page.edits_discarded.connect(self._edits_discarded)
                page.form.new_linked_record.connect(self.new_linked_record)
                page.dirty_changed.connect(self.setWindowModified)
                page.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.open_record.connect(self.open_record)
            for view in page.findChildren(QTableView):
                # Tab leaves every list instead of walking from cell to cell.
                view.setTabKeyNavigation(False)
        self.pages[key] = page
        self._stale.discard(key)  # just read
        self.stack.addWidget(page)
        return page

    def _overview_page(self) -> Page:
        from ui.overview import OverviewPage

        page = OverviewPage(self.workspace)
        # Zero: after the filled page was painted.
        page.filled.connect(lambda: self._counts_timer.start(0) if not self._counted else None)
        page.town_requested.connect(self.open_town)
        page.page_requested.connect(lambda key: self.show_page(key).focus_list())
        page.new_record_requested.connect(lambda kind: self.new_linked_record(kind, None))
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
        if key != OVERVIEW and not self._counted:
            self.refresh_counts()
        self._count_log()
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        self.stack.setCurrentWidget(page)
        if self.navigation.current_key() != key:
            self.navigation.select_quietly(key)
        is_record_page = isinstance(page, RecordListPage)
        for action in (self.new_action, self.save_action, self.delete_action, self.cancel_action):
            action.setEnabled(is_record_page)
        self._allow_changes()
        self.find_action.setEnabled(page.has_search())
        self.setWindowModified(isinstance(page, RecordListPage) and page.form.is_dirty())
        return page

    def open_record(self, kind: str, record_id: int) -> bool:
        """Switch to ``kind``'s page and show the record: linked records are one click away."""
        if kind not in KINDS:
            if kind == "town_page":
                return self.open_town_page(record_id)
            if kind == "yearly_report":
                from ui.reports import open_report_dialog

                open_report_dialog(self, "annual")
                return True
            return False
        page = self.show_page(kind)
        assert isinstance(page, RecordListPage)
        return page.select_record(record_id)

    def open_town_page(self, town_id: int) -> bool:
        """Show the page of one twin town; Back (Alt+Left, Esc) returns to the page before."""
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
        page = self.show_page(kind)
        if isinstance(page, RecordListPage):
            page.new_record(preset if isinstance(preset, dict) else None)

    def import_spreadsheet(self) -> None:
        """Open the import wizard; the lists read again after an import."""
        from ui.importing import ImportWizard

        wizard = ImportWizard(self.workspace, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._after_import)
        wizard.open()

    def _after_import(self, _summary: object) -> None:
        self._stale.update(self.pages)
        page = self.current_page()
        if isinstance(page, RecordListPage):
            page.reload()
            self._stale.discard(self.current_key() or "")
        self.refresh_counts()

    def refresh_counts(self, changed: Iterable[str] | None = None, *, todo: bool = True) -> None:
        """Show how many records each kind holds beside its name (read on the worker).

        ``changed`` limits the counting to those kinds (after a write); ``todo``
        False leaves the to-do count alone (no rule reads what changed).
        """
        self._counted = True
        self._counts_timer.stop()
        workspace = self.workspace
        wanted = set(changed) if changed is not None else None
        kinds = [k for k in KINDS if k in COUNTED and (wanted is None or k in wanted)]

        def read() -> tuple[dict[str, int], int]:
            return workspace.counts(kinds) if kinds else {}, change_log_count(workspace)

        def show(counts: tuple[dict[str, int], int]) -> None:
            self.navigation.set_counts(counts[0])
            self._show_log_count(counts[1])

        self.db_worker.run_read(read, show, self._count_failed, owner=self.navigation)
        # The to-do list asks the rules about every record: counted once things
        # are quiet, so neither start-up nor a save waits for it.
        if todo:
            self._todo_timer.start()

    def _count_failed(self, error: BaseException) -> None:
        # A count is a courtesy; the pages themselves report problems with the register.
        log.error("could not count the records", exc_info=error)

    def _first_counts(self) -> None:
        """The counts beside the kinds' names at start, unless a page already counted."""
        if not self._counted:
            self.refresh_counts()

    def _count_log(self) -> None:
        """Count the change log again: every write adds to it, so a new count means news.

        Not every write passes the window (a mapping report, an attachment), so
        this runs on each change of page; the start page reads again on news.
        """
        workspace = self.workspace
        self.db_worker.run_read(
            lambda: change_log_count(workspace),
            self._show_log_count,
            self._count_failed,
            owner=self.navigation,
        )

    def _show_log_count(self, count: int) -> None:
        if self._log_count is not None and count != self._log_count:
            self._stale.add(OVERVIEW)
        self._log_count = count
        self.navigation.set_counts({CHANGE_LOG: count})

    def _count_todo(self) -> None:
        page = self.pages.get(TODO)
        if page is not None:
            page.refresh()  # emits count_changed
            return
        from app.todo import todo_items

        workspace = self.workspace
        self.db_worker.run_read(
            lambda: len(todo_items(workspace, date.today())),
            self._show_todo_count,
            self._count_failed,
            owner=self.navigation,
        )

    def _show_todo_count(self, count: int) -> None:
        self.navigation.set_counts({TODO: count})

    def _records_changed(self, kind: str) -> None:
        # A page that knows only the kind it changed (the to-do list, the settings).
        self._wrote(Changed.of(kind))

    def _wrote(self, changed: Changed) -> None:
        """A write came back: recount its kinds, mark the other lists to be read when shown."""
        # Other lists show these kinds' names (a renamed town in the twinnings), so
        # they read again when next shown; the one on screen already has.
        current = self.current_key()
        self._stale.update(key for key in self.pages if key != current)
        self.refresh_counts(changed.kinds, todo=changed.concerns_todo())

    def _saving_changed(self, saving: bool) -> None:
        # No second save while one is on its way (the form is read-only meanwhile).
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
        watcher = colleague_changes.watch(self.workspace, self)
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
            if isinstance(page, RecordListPage):
                colleague_changes.show_in_page(page, notices, visible=page is current)
        self.refresh_counts()

    # ------------------------------------------------------------ delete and undo

    def _delete_requested(self, request: DeleteRequest) -> None:
        command = DeleteCommand(
            self.workspace,
            request,
            self.tr("Delete “%1”").replace("%1", request.label),
            self._undo_changed,
            self._undo_failed,
            wrote=self._wrote,
            run=lambda work, done, failed: self.db_worker.run_write(work, done, failed),
            drop=self._drop_step,
        )
        self.undo_stack.push(command)  # push runs redo(), which hands the delete to the worker

    def _drop_step(self, command: QUndoCommand) -> None:
        # A step whose write was refused is obsolete; moving the stack over it lets the
        # stack delete it, so Undo and Redo never name a change that did not happen.
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            self.undo_stack.undo()
        elif self.undo_stack.command(index) is command:
            self.undo_stack.redo()

    def _edits_discarded(self, edits: Any) -> None:
        command = DiscardCommand(
            edits,
            self.tr("Discard changes to “%1”").replace("%1", edits.title),
            self._bring_back,
            self._discard_again,
        )
        workspace = self.workspace

        def push() -> None:
            # Leaving for another database discards first: those edits belong to the old one.
            if self.workspace is workspace:
                self.undo_stack.push(command)

        # A discard can happen inside another step's undo (restoring a deleted record
        # asks about the form's edits); the stack takes a new step only between steps.
        QTimer.singleShot(0, self, push)

    def _bring_back(self, command: DiscardCommand) -> str:
        edits = command.edits
        page = self.show_page(edits.kind)
        assert isinstance(page, RecordListPage)
        outcome = bring_back(page, edits)
        if outcome == "later":
            # The step stays on the Undo side, to be tried again once the form is free.
            QTimer.singleShot(0, self.undo_stack.redo)
        elif outcome == "gone":
            self.statusBar().showMessage(
                self.tr(
                    "The record was deleted meanwhile; its discarded changes cannot come back."
                ),
                10000,
            )
        else:
            self.statusBar().showMessage(self.tr("The discarded changes are back."), 8000)
        return outcome

    def _discard_again(self, command: DiscardCommand) -> None:
        page = self.pages.get(command.edits.kind)
        if isinstance(page, RecordListPage):
            discard_again(page, command.edits)

    def _undo_changed(self, kind: str, record_id: int, present: bool) -> None:
        if present:
            self.open_record(kind, record_id)
            self.statusBar().showMessage(self.tr("Brought back."), 8000)
            return
        page = self.pages.get(kind)
        if isinstance(page, RecordListPage):
            page.forget_deleted(record_id)
        self.statusBar().showMessage(self.tr("Deleted again."), 8000)

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Could not undo"), message)

    # ------------------------------------------------------------ record commands

    def _record_page(self) -> RecordListPage | None:
        page = self.current_page()
        return page if isinstance(page, RecordListPage) else None

    def new_record(self) -> None:
        """Start a new record on the page shown."""
        page = self._record_page()
        if page is not None:
            page.new_record()

    def save_record(self) -> None:
        """Save the record of the page shown."""
        page = self._record_page()
        if page is not None:
            page.save_record()

    def delete_record(self) -> None:
        """Delete the record of the page shown."""
        page = self._record_page()
        if page is not None:
            page.delete_record()

    def leave_form(self) -> None:
        """Esc: back to the list, asking first about unsaved edits."""
        page = self._record_page()
        if page is not None:
            page.leave_form()

    def focus_search(self) -> None:
        """Ctrl+F: the current page's search field (the action is off where there is none)."""
        page = self.current_page()
        if page is not None and page.has_search():
            page.focus_search()

    # ------------------------------------------------------------ databases

    def may_leave(self) -> bool:
        """Ask every page with unsaved changes; False if the user wants to stay."""
        for key, page in self.pages.items():
            if isinstance(page, RecordListPage) and page.form.is_dirty():
                self.show_page(key)
                if not page.maybe_leave():
                    return False
        return True

    def _save_states(self) -> None:
        qt_settings.save_state("window/geometry", self.saveGeometry())
        qt_settings.save_state("window/splitter", self.splitter.saveState())
        for page in self.pages.values():
            page.save_state()

    def set_workspace(self, workspace: Workspace, *, close_old: bool = True) -> None:
        """Work on ``workspace`` from now on: the window is rebuilt on it, in its language."""
        self._stop_reading()
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
        apply_language(i18n.language_for_window(workspace.settings().language))
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
        self._stop_reading()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}

    def new_database(self) -> None:
        """Create an empty register, asking whose it is, and open it."""
        if not self.may_leave():
            return
        # Asks whose register it is first, as the first start does: no report says "Kommunen".
        from ui.dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog(self, new_only=True)
        if dialog.exec() == FirstStartDialog.DialogCode.Accepted and dialog.workspace is not None:
            self.set_workspace(dialog.workspace)

    def open_database_file(self, target: str | None = None) -> None:
        """Open the database file ``target`` (asked for when None)."""
        if not self.may_leave():
            return
        if target is None:
            target = database_files.ask_existing_file(self)
            if target is None:
                return
        if self.workspace.path is not None and Path(target).resolve() == self.workspace.path:
            return
        workspace = database_files.open_database(self, target)
        if workspace is not None:
            self.set_workspace(workspace)

    def connect_to_server(self) -> None:
        """File ▸ Connect to a server: the register on a database server."""
        from ui.dialogs.connect_server import connect_to_server

        if not self.may_leave():
            return
        workspace = connect_to_server(self, None)
        if workspace is not None:
            self.set_workspace(workspace)

    def save_copy_as(self) -> None:
        """File ▸ Save a copy: a complete database file, from a file or from a server."""
        address = self.workspace.server_address
        # From a server the copy is named after its database.
        stem = self.workspace.path.stem if self.workspace.path else getattr(address, "database", "")
        suggested = Path(f"{stem or 'vanort'}-{date.today().isoformat()}.sqlite3")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as"),
            str(Path.home() / suggested.name),
            database_files.file_filter(),
        )
        if not chosen:
            return
        self.start_copy(chosen)

    def start_copy(self, target: str) -> BackgroundWork:
        """Copy the database to ``target`` on a worker thread; the status bar says when done."""
        workspace = self.workspace
        # SQLite's backup cannot be stopped midway, so there is no Cancel.
        task = BackgroundWork(
            self,
            self.tr("Saving a copy…"),
            lambda _progress, _cancelled: save_copy(workspace, target),
            cancellable=False,
        )
        task.done.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("A copy was saved as %1.").replace("%1", str(path)), 10000
            )
        )
        task.failed.connect(
            lambda error: QMessageBox.warning(
                self,
                self.tr("Save a copy"),
                self.tr("The copy could not be saved: %1").replace("%1", str(error)),
            )
        )
        self._keep(task)
        task.start()
        return task

    def _keep(self, task: BackgroundWork) -> None:
        self._tasks.append(task)
        task.destroyed.connect(
            lambda _obj=None: self._tasks.remove(task) if task in self._tasks else None
        )

    def restore_backup(self) -> None:
        """Choose a backup and put it in place of the register."""
        try:
            backups = list_backups(self.workspace)
        except NotAFile as error:
            QMessageBox.information(self, self.tr("Restore from a backup"), str(error))
            return
        dialog = RestoreBackupDialog(backups, self)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None or not self.may_leave():
            return
        self._stop_reading()  # the file is about to be replaced under any reader
        try:
            with wait_cursor():
                workspace = restore_from_backup(self.workspace, chosen)
        except DatabaseRefused as error:
            show_refusal(self, error)
            self._after_import(None)  # the reads stopped above are made again
            return
        self.set_workspace(workspace, close_old=False)
        self.statusBar().showMessage(self.tr("The backup was restored."), 10000)

    def check_database(self) -> None:
        """Check the register for damage in the background."""
        task = check_database(self, self.workspace)
        if task is not None:
            self._keep(task)

    # ------------------------------------------------------------ settings and help

    def print_report(self) -> None:
        """File ▸ Print…: choose a report, then print it through the print dialog."""
        from ui.reports import open_report_dialog

        open_report_dialog(self, "register", print_mode=True)

    def open_settings(self) -> None:
        """Edit the register's settings; a new language applies at once."""
        dialog = SettingsDialog(self.workspace, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or dialog.saved_settings is None:
            return
        self._records_changed("settings")
        # A language asked for on the command line keeps governing this run.
        if i18n.language_for_window(dialog.saved_settings.language) != i18n.current_language():
            # A new language applies at once: every label is made again in it.
            if not self.may_leave():
                self.statusBar().showMessage(
                    self.tr("The new language applies when Vänort is started again."), 10000
                )
                return
            apply_language(dialog.saved_settings.language)
            self.rebuild()
        self.statusBar().showMessage(self.tr("Settings saved."), 8000)

    def show_handbook(self) -> None:
        """Help ▸ Handbook (F1): the offline guide, one window kept for the session."""
        from ui.dialogs.handbook import HandbookWindow

        window = self.handbook_window
        if window is None:
            window = self.handbook_window = HandbookWindow(self)
        window.load()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_about(self) -> None:
        """Show what the program is and its version."""
        AboutDialog(self.workspace, self).exec()

    # ------------------------------------------------------------ closing

    def _stop_reading(self) -> None:
        # A page reading on a worker thread must end before its register closes or is
        # replaced, and no read handed over for the old pages may run against it afterwards.
        stop = getattr(self.pages.get(OVERVIEW), "stop_reading", None)
        if stop is not None:
            stop()
        town_page = self.stack.findChild(QWidget, "town_page")
        stop_town = getattr(town_page, "stop", None)
        if stop_town is not None:
            stop_town()  # its timeline is read on a thread of its own
        self.db_worker.forget_queued()
        # Nor may the counts at start come after the register was closed.
        self._counted = True
        self._counts_timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close only when unsaved edits are saved or let go; remember the layout."""
        if not self.may_leave():
            event.ignore()
            return
        self._stop_reading()
        self._save_states()
        if self._colleagues is not None:
            self._colleagues.close()
            self._colleagues = None
        self._todo_timer.stop()
        self.db_worker.stop()
        event.accept()
