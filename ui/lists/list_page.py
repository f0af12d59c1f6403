"""One record kind's page: search field, filters and list on the left, the form beside it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changed
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.workspace import Workspace
from ui import qt_settings
from ui.db_worker import DatabaseWorker
from ui.lists.delete_command import DeleteRequest, confirm_delete
from ui.lists.filter_bar import FilterBar
from ui.lists.filters import local_period_test
from ui.lists.form_beside import FormBeside
from ui.lists.list_reads import ListReads
from ui.lists.record_table import RecordTable
from ui.lists.search_row import list_side
from ui.lists.table_model import RecordTableModel
from ui.pages import Page

if TYPE_CHECKING:  # the forms are a package of their own, imported when a page is built
    from ui.forms.record_form import RecordForm

# Builds the form of a kind: a RecordForm, or a subclass of it in tests.
FormFactory = Callable[[Workspace, str, QWidget | None], "RecordForm"]

# How a wider window's width is shared between the list and the form.
LIST_STRETCH, FORM_STRETCH = 3, 2
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordListPage(Page):
    """The list and the form of one kind, kept in step with each other."""

    open_record = Signal(str, int)  # a linked record was asked for in the form
    wrote = Signal(object)  # what a write from the page changed (app.changes.Changed)
    delete_requested = Signal(object)  # a DeleteRequest for the undo stack to carry out
    dirty_changed = Signal(bool)
    message = Signal(str)  # a short note for the status bar
    edits_discarded = Signal(object)  # the form's DiscardedEdits, for the window's Undo
    reloaded = Signal()  # the list shows what the register held when last asked
    saving_changed = Signal(bool)  # the form's save went out (True) or came back (False)
    new_linked_record = Signal(str, object)  # the form asked for a new linked record

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        form_factory: FormFactory,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker = worker
        self._reads = ListReads(self, worker, self.reloaded.emit)
        self._state_restored = False
        self.kind = kind
        self.spec = spec_for(kind)
        self._shown_id: int | None = None  # the record in the form
        self._syncing = False  # True while the page itself moves the selection
        self._last_sql_filters: Any = None
        self.setObjectName(f"page_{kind}")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("list_form_splitter")
        self.splitter.setChildrenCollapsible(False)
        side = list_side(
            self.splitter,
            self.tr("Search %1 (Ctrl+F)").replace("%1", self.spec.display_plural().lower()),
            self._search_changed,
        )
        left, left_layout, top = side.widget, side.layout, side.top
        self.search_field, self.count_label = side.search_field, side.count_label
        self.search_field.installEventFilter(self)

        self.filter_bar = FilterBar(workspace, kind, left)
        self.filter_bar.changed.connect(self._filters_changed)
        left_layout.addWidget(self.filter_bar)

        self.empty_hint = QLabel(left)
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        left_layout.addWidget(self.empty_hint)

        self.model = RecordTableModel(self, self.worker)
        self.model.modelReset.connect(self._update_count)  # also when a long list's rest came
        self.table = RecordTable(self.model, kind, left)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        left_layout.addWidget(self.table, 1)
        if kind in ("town", "twinning"):
            from ui.town_page.list_entry import add_town_page_entry

            add_town_page_entry(self, top)
        self.splitter.addWidget(left)

        # The form is made once the list shows its first rows, or when first asked for.
        self._form_factory = form_factory
        self._form_beside = FormBeside(self.splitter, FORM_STRETCH, self._make_form)
        self.table.doubleClicked.connect(lambda _index: self.form.show_first_field())
        self.splitter.setStretchFactor(0, LIST_STRETCH)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # The columns' sizes and order are restored once the list has its columns.
        self.reload()

    # ------------------------------------------------------------ the form

    @property
    def form(self) -> RecordForm:
        """The form beside the list, made the first time it is needed."""
        return self._form_beside.form()

    def _make_form(self) -> RecordForm:
        form = self._form_factory(self.workspace, self.kind, None)
        form.set_worker(self.worker)
        form.saved.connect(self._saved)
        form.written.connect(self.wrote)
        form.dirty_changed.connect(self.dirty_changed)
        form.open_record.connect(self.open_record)
        form.edits_discarded.connect(self.edits_discarded)
        form.record_disposed.connect(self._disposed)
        form.saving_changed.connect(self.saving_changed)
        form.new_linked_record.connect(self.new_linked_record)
        form.load(None, self.filter_bar.presets() or None)
        return form

    def has_form(self) -> bool:
        """True once the form is made (before that it holds no edits)."""
        return self._form_beside.made() is not None

    def is_dirty(self) -> bool:
        """True when the form holds unsaved edits."""
        form = self._form_beside.made()
        return form is not None and form.is_dirty()

    # ------------------------------------------------------------ state

    def _restore_state(self) -> None:
        self._restore_splitter()
        default = self.spec.default_sort
        self.table.restore_columns(self.model.column_of(default) if default else None)
        self._sync_selection(self._shown_id)

    def _restore_splitter(self) -> None:
        splitter_state = qt_settings.load_state(f"splitter/{self.kind}")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        else:
            # The form gets the width its two-column groups ask for; the list the rest.
            self.splitter.setSizes([530, 610])

    def save_state(self) -> None:
        """Remember the splitter and the columns (widths, order, sort) for next time."""
        qt_settings.save_state(f"splitter/{self.kind}", self.splitter.saveState())
        self.table.save_columns()

    # ------------------------------------------------------------ reading the list

    def reload(self, select_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the list again (after a save, a delete or a filter change).

        The read runs on the window's worker; ``then`` runs once the list shows
        it, and ``reloaded`` is sent. Of several reads asked for in a row only
        the latest is shown.
        """
        filters = self.filter_bar.sql_filters()
        workspace, kind = self.workspace, self.kind
        self._last_sql_filters = filters
        read_ref_labels = self.filter_bar.ref_labels_reader()
        # The reference filters' names come in the same piece of work as the list: no
        # statement of the page runs on the window's thread.
        self._reads.read(
            lambda: (workspace.table(kind, filters), read_ref_labels()),
            lambda answer: self._show_table(answer[0], select_id, answer[1]),
            then,
        )

    def _show_table(
        self, table: Any, select_id: int | None, ref_labels: dict[str, Any] | None = None
    ) -> None:
        self.filter_bar.update_options(table, ref_labels)
        self.model.set_show_ended(self.filter_bar.show_ended())
        self.model.set_row_filter(local_period_test(self.spec, self.filter_bar.years()))
        self.model.set_table(table)
        if not self._state_restored:
            self._state_restored = True
            self._restore_state()
            self._form_beside.make_soon(self.table.viewport())
        self._sync_selection(select_id if select_id is not None else self._shown_id)
        self._update_count()
        self._reads.finish()

    def is_reading(self) -> bool:
        """True while a read of the list is on its way from the worker."""
        return self._reads.is_reading()

    def is_filled(self) -> bool:
        """True once the list shows its latest read (the screenshots wait for it)."""
        return not self.is_reading()

    def _refresh_row(self, record_id: int, then: Callable[[], None] | None = None) -> None:
        """Read only the saved record again; the whole list when that is not enough."""
        filters = self.filter_bar.sql_filters()
        if filters != self._last_sql_filters or not self._state_restored:
            # The selection follows the form when the read arrives: she may have moved on.
            self.reload(then=then)
            return
        workspace, kind = self.workspace, self.kind
        one = dataclasses.replace(filters, equals={**filters.equals, "id": record_id})
        self._reads.read(
            lambda: workspace.table(kind, one), lambda part: self._show_row(part, record_id), then
        )

    def _show_row(self, part: Any, record_id: int) -> None:
        if not part.ids or not self.model.replace_rows(part):
            # No longer matching the filters (or a new kind of row): read it all.
            self.reload()
            return
        # The row read was the saved one; the form may show another by now (she saved
        # on her way to the next row), and the selection follows the form.
        self._sync_selection(self._shown_id if self._shown_id is not None else record_id)
        self._update_count()
        self._reads.finish()

    def _filters_changed(self) -> None:
        filters = self.filter_bar.sql_filters()
        if filters != self._last_sql_filters:
            self.reload()
            return
        self.model.set_show_ended(self.filter_bar.show_ended())
        self.model.set_row_filter(local_period_test(self.spec, self.filter_bar.years()))
        self._sync_selection(self._shown_id)
        self._update_count()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._sync_selection(self._shown_id)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_rows()
        plural = self.spec.display_plural().lower()
        if total == 0 and not self.filter_bar.has_filters():
            hint = self.tr("No %1 yet. New (Ctrl+N) adds one.").replace("%1", plural)
        elif shown == 0:
            hint = self.tr("No %1 match the search and filters.").replace("%1", plural)
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))
        if shown == total:
            self.count_label.setText(str(total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )

    def clear_search_and_filters(self) -> None:
        """Show every record of the kind again."""
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.model.set_search("")
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.blockSignals(False)
        self.reload()

    # ------------------------------------------------------------ selection and form

    def _sync_selection(self, record_id: int | None) -> None:
        """Select ``record_id``'s row (or nothing) without reloading the form."""
        self._syncing = True
        try:
            row = self.model.row_of(record_id) if record_id is not None else None
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._syncing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id == self._shown_id:
            return
        asked = self.form.is_dirty()
        if not self.form.maybe_discard():
            # The view is still in the middle of its mouse press and would select the
            # clicked row after we return; move the selection back once it is done.
            QTimer.singleShot(0, lambda: self._sync_selection(self._shown_id))
            return
        self._show(record_id)
        if asked:
            # Saving the old record re-read the list under the view's feet; select
            # the chosen row again once the view has finished with the click.
            QTimer.singleShot(0, lambda: self._sync_selection(self._shown_id))

    def _show(self, record_id: int) -> bool:
        try:
            self.form.load(record_id)
        except RecordNotFound as error:
            QMessageBox.information(self, self.spec.display_singular(), str(error))
            self._shown_id = None
            self.reload()
            return False
        self._shown_id = record_id
        return True

    def shown_id(self) -> int | None:
        """The id of the record in the form (None for a new one)."""
        return self._shown_id

    def select_record(self, record_id: int) -> bool:
        """Show ``record_id`` in the list and the form (asks first about unsaved changes)."""
        if record_id == self._shown_id and self.form.shows(record_id):
            # Shown already, or on its way from the worker: not read a second time.
            if self.model.row_of(record_id) is None:
                self.clear_search_and_filters()
            self._sync_selection(record_id)
            return True
        if not self.form.maybe_discard():
            return False
        if self.model.row_of(record_id) is None:
            self.clear_search_and_filters()
        if not self._show(record_id):
            return False
        self._sync_selection(record_id)
        return True

    def select_first(self) -> bool:
        """Show the first record of the list, once it has come (the screenshots use it)."""
        if self.model.rowCount() == 0:
            return False
        return self.select_record(self.model.id_at(0)) and self.form.wait_for_load()

    # ------------------------------------------------------------ the user's commands

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        """Empty the form for a new record, preset from the filters that are set.

        ``preset`` adds values of its own: a new trip started from a town's
        linked records already goes to that town.
        """
        if not self.form.maybe_discard():
            return
        self._shown_id = None
        self._sync_selection(None)
        values = {**self.filter_bar.presets(), **(preset or {})}
        self.form.load(None, values or None)
        self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_record(self) -> bool:
        """Save the form; the list follows through the form's ``saved`` signal."""
        return bool(self.form.save())

    def leave_form(self) -> bool:
        """Esc: back from the form to the list, asking first about unsaved edits.

        False when the user chose to keep editing, or saving was refused (the
        form then shows why).
        """
        if not self.form.maybe_discard():
            return False
        self.focus_list()
        return True

    def open_in_form(self) -> bool:
        """Enter in the list: show the chosen record in the form, cursor in its first field."""
        if self.model.rowCount() == 0:
            return False
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        record_id = self.model.id_at(row)
        if not self.select_record(record_id):
            return False
        self.form.show_first_field()
        return True

    def _saved(self, record: Any) -> None:
        self._shown_id = record.id

        def unhide() -> None:
            if self.model.row_of(record.id) is None and self.model.search_words():
                # A search that hides what was just saved would look like a lost record.
                self.search_field.clear()
                self._sync_selection(record.id)

        self._refresh_row(record.id, then=unhide)
        self.message.emit(self.tr("Saved."))

    def delete_record(self) -> None:
        """Delete the record in the form after asking; Ctrl+Z brings it back."""
        # Chosen a moment ago and still on its way from the worker: its version comes with it.
        self.form.wait_for_load()
        record = self.form.current_record()
        if record is None or record.id is None:
            self.message.emit(self.tr("Choose a record in the list to delete it."))
            return
        label = self.form.current_label()  # read with the record: no statement on this thread
        if not confirm_delete(self, self.spec.sentence("delete_question", label)):
            return
        row = self.model.row_of(record.id)

        def deleted() -> None:
            if self.form.shows(record.id):
                self._shown_id = None
                self.form.revert()
                self.reload(then=lambda: self._show_neighbour(row))
            else:
                # She moved on while the delete was on its way: the form stays where she is.
                self.reload()
            self.message.emit(self.spec.sentence("deleted", label))

        def refused(reason: str) -> None:
            QMessageBox.warning(self, self.tr("Not deleted"), reason)

        # The undo step does the delete (its redo), so undo and redo stay one story.
        request = DeleteRequest(self.kind, record.id, record.version, label, deleted, refused)
        self.delete_requested.emit(request)

    def _show_neighbour(self, row: int | None) -> None:
        count = self.model.rowCount()
        if row is None or count == 0:
            self.form.load(None, self.filter_bar.presets() or None)
            return
        record_id = self.model.id_at(min(row, count - 1))
        if self._show(record_id):
            self._sync_selection(record_id)

    def forget_deleted(self, record_id: int) -> None:
        """``record_id`` was deleted again (redo): empty the form if it shows it, read the list."""
        self.reload()
        if self.form.shows(record_id):
            self._shown_id = None
            self.form.load(None, self.filter_bar.presets() or None)
            self._sync_selection(None)

    def focus_list(self) -> None:
        """The keyboard goes to the list, on the record shown in the form."""
        self._sync_selection(self._shown_id)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def has_search(self) -> bool:
        """Every list can be searched."""
        return True

    def _disposed(self, grounds: str) -> None:
        """After a disposal from the form: the person is gone from the list and the counts."""
        self.form.load(None)
        self.reload()
        self.wrote.emit(Changed.of(self.kind))
        self.message.emit(grounds)

    def refresh(self) -> None:
        """Read the list again (records changed while the page was hidden)."""
        self.reload()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field with its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def maybe_leave(self) -> bool:
        """True when the page may be closed (no unsaved changes, or the user let them go)."""
        form = self._form_beside.made()
        return form is None or bool(form.maybe_discard())

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the chosen record; Down or Enter in the search field moves into the list."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.table and key in ENTER_KEYS:
                # Enter opens the chosen record for editing, as a double click does.
                self.open_in_form()
                return True
            if watched is self.search_field and key in (Qt.Key.Key_Down, *ENTER_KEYS):
                # Down or Enter in the search field moves into the list, to pick from it.
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if self.model.rowCount() and not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
