"""One form for every record kind, built from the kind's field specs.

The fields are laid out by ``ui.forms.details`` from the kind's field specs
and ``layout_hints``; the pickers among them read their lists of records when
the user comes to them (``ui.forms.widgets.record_names``). Saving goes
through ``workspace.save_reporting`` on the window's database worker (at once
when the form has none); its field errors are shown under their fields.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import (
    ConflictError,
    FieldError,
    RecordNotFound,
    ServiceError,
    ValidationError,
)
from app.services.fields import check_value
from app.services.kinds import KindSpec, spec_for
from app.services.records import RecordRef
from ui.forms.attachments_panel import AttachmentsPanel
from ui.forms.details import build_details, wire_currency
from ui.forms.discarded_edits import DiscardedEdits, put_back, read_edits
from ui.forms.field_grid import WidthFitter
from ui.forms.field_row import BANNER_STYLE, FieldRow, place_errors, reveal
from ui.forms.layout_hints import LayoutHints, hints_for
from ui.forms.linked_panel import LinkedRecordsPanel
from ui.forms.person_data_bar import PersonDataBar
from ui.forms.place_suggestion import PlaceSuggestionLine
from ui.forms.questions import ask_reload, ask_unsaved
from ui.forms.reminder_line import ReminderLine
from ui.forms.saving import ReadBack, read_stored, save_and_read_back
from ui.forms.widgets import EditorContext, FieldEditor, InvalidInput

if TYPE_CHECKING:  # for the type checker only: importing a form loads no database code
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker


class RecordForm(QWidget):
    """Edit one record of ``kind``: load, change, validate, save, revert."""

    saved = Signal(object)
    dirty_changed = Signal(bool)
    open_record = Signal(str, int)
    # Beyond the shell's contract, for whoever wants it: the user asked for a new
    # record of a kind already linked to this one (kind, preset values for load()).
    new_linked_record = Signal(str, object)
    # The user discarded unsaved edits (a DiscardedEdits); the window offers Undo.
    edits_discarded = Signal(object)
    # A person's data was disposed of from the form: the record is gone, lists must know.
    record_disposed = Signal(str)
    # What a save changed (an app.changes.Changed), after ``saved``.
    written = Signal(object)
    # True while a save is on its way to the register; False when it is back.
    saving_changed = Signal(bool)
    # A save came back: True stored, False refused (the form says why).
    save_finished = Signal(bool)

    def __init__(self, workspace: Workspace, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind
        self.spec: KindSpec = spec_for(kind)
        self.hints: LayoutHints = hints_for(kind)
        self.context = EditorContext(workspace, self.open_record.emit)
        self._record: Any = None  # as loaded or saved; None for a new record
        self._base: Any = self.spec.record()  # what the editors show after load/revert
        self._dirty = False
        self._loading = False
        self._missing = False
        self.worker: DatabaseWorker | None = None  # the window's; None saves at once
        self._saving = False
        self._save_ok = False
        self._focus_before_save: QWidget | None = None

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QLabel(self.tr("* required"), self)
        legend.setEnabled(False)
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.reminder_line = ReminderLine(self)
        self.person_bar = PersonDataBar(workspace, self)
        self.person_bar.disposed.connect(self.record_disposed)

        self.details = QWidget()
        self.details.setObjectName("details")
        built = build_details(self.details, self.spec, self.hints, self.context, self._edited)
        self.rows: dict[str, FieldRow] = built.rows
        self.groups: dict[str, QGroupBox] = built.groups
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(self.details)
        self._width = WidthFitter(self.scroll_area, built.grids)

        self.linked = LinkedRecordsPanel(workspace, self)
        self.attachments = AttachmentsPanel(workspace, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.scroll_area, self.tr("Details"))
        self.tabs.addTab(self.linked, self.tr("Linked records"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.person_bar, 0, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(legend, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.reminder_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.linked.open_record.connect(self.open_record)
        self.linked.new_record.connect(self.new_linked_record)
        self.linked.counted.connect(lambda n: self._show_count(1, self.tr("Linked records"), n))
        self.attachments.changed.connect(lambda n: self._show_count(2, self.tr("Attachments"), n))
        # Puts the currency beside the amounts again (money kinds only).
        self._show_currency: Callable[[], None] | None = wire_currency(self.rows)
        # A town's name: the gazetteer offers its country, coordinates and population.
        self.place_suggestion = PlaceSuggestionLine(self) if kind == "town" else None
        first = next(iter(self.rows.values()), None)
        if first is not None:
            # The shell's "New" puts the cursor in the first field.
            self.setFocusProxy(first.editor.focus_widget())
        self.load(None)

    def is_narrow(self) -> bool:
        """True when the fields stand one to a line because the form is too narrow for two."""
        return self._width.narrow()

    # ------------------------------------------------------------ the contract

    def editor(self, name: str) -> FieldEditor:
        """The editor of field ``name`` (for the shell's focus handling and for tests)."""
        return self.rows[name].editor

    def load(self, record_id: int | None, preset: dict[str, Any] | None = None) -> None:
        """Show the stored record ``record_id``, or a new one (with ``preset`` values)."""
        self.wait_for_save()  # a save on its way finishes before the form shows another
        self._missing = False
        self.context.forget()
        if self.place_suggestion is not None:
            self.place_suggestion.reset()
        if record_id is None:
            base = self.spec.record()
            if preset:
                base = dataclasses.replace(base, **preset)
            record = None
        else:
            try:
                record = self.workspace.get(self.kind, record_id)
            except RecordNotFound as error:
                self._show_missing(str(error))
                return
            base = record
        self._record = record
        self._base = base
        self.details.setEnabled(True)
        self._show_values(base)

    def current_record(self) -> Any:
        """The record as loaded or last saved; None for a new record."""
        return self._record

    def is_dirty(self) -> bool:
        """True when the form holds edits not saved yet."""
        return self._dirty

    def revert(self) -> None:
        """Drop unsaved changes: the editors show the record as loaded or saved."""
        self._show_values(self._base)

    def maybe_discard(self) -> bool:
        """May the user leave this record? Asks Save / Discard / Cancel when there are changes."""
        self.wait_for_save()  # a refused save leaves the edits, and the question follows
        if not self._dirty:
            return True
        answer = ask_unsaved(self, self._title())
        if answer == QMessageBox.StandardButton.Save:
            return self.save(wait=True)
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def discard(self) -> DiscardedEdits | None:
        """Drop the unsaved edits, announcing them (``edits_discarded``) so Undo can restore them."""
        if not self._dirty:
            return None
        edits = self._unsaved_edits()
        self.revert()
        if edits.values or edits.texts:
            self.edits_discarded.emit(edits)
        return edits

    def shows(self, record_id: int | None) -> bool:
        """True when the form holds the stored record ``record_id`` (None: a new record)."""
        current = self._record.id if self._record is not None else None
        return current == record_id and not self._missing

    def restore_edits(self, edits: DiscardedEdits) -> None:
        """Put discarded edits back into the editors; the form is unsaved again."""
        first = put_back({name: row.editor for name, row in self.rows.items()}, edits)
        show_currency = self._show_currency
        if show_currency is not None:
            show_currency()
        self._set_dirty(True)
        if first is not None:
            self.tabs.setCurrentWidget(self.scroll_area)
            reveal(self.scroll_area, self.details, first)
            first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def holds(self, edits: DiscardedEdits) -> bool:
        """True when the form's unsaved edits are exactly ``edits`` (nothing typed since)."""
        if not self._dirty:
            return False
        now = self._unsaved_edits()
        return (now.values, now.texts) == (edits.values, edits.texts)

    def _unsaved_edits(self) -> DiscardedEdits:
        editors = {name: row.editor for name, row in self.rows.items()}
        values, texts = read_edits(editors, self._base)
        record_id = self._record.id if self._record is not None else None
        return DiscardedEdits(self.kind, record_id, self._title(), values, texts)

    def show_first_field(self) -> None:
        """Put the cursor in the form's first field, on the Details tab."""
        self.tabs.setCurrentWidget(self.scroll_area)
        first = next(iter(self.rows.values()), None)
        if first is None:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        reveal(self.scroll_area, self.details, first.editor)
        first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self, *, wait: bool = False) -> bool:
        """Validate and store the record; False when it is refused here and now.

        With the window's database worker the save runs there and the form
        stays on screen, its fields read-only, until ``save_finished`` says how
        it went; True means the save was handed over. ``wait=True`` (leaving a
        record with unsaved edits) waits for the outcome and returns it. A save
        asked for while one is on its way is not queued a second time.
        """
        if self._saving:
            return self.wait_for_save() if wait else False
        if self._missing:
            return False
        if self._record is not None and not self._dirty:
            return True
        self._clear_errors()
        values: dict[str, Any] = {}
        problems: list[FieldError] = []
        for name, row in self.rows.items():
            try:
                values[name] = row.editor.value()
            except InvalidInput as error:
                problems.append(FieldError(name, error.message))
        if problems:
            # Say at once what else the service would refuse, so one round shows everything.
            for name, value in values.items():
                problem = check_value(self.rows[name].spec, value)
                if problem:
                    problems.append(FieldError(name, problem))
            self._show_errors(problems)
            return False
        record = dataclasses.replace(self._record or self._base, **values)
        self.context.forget()  # names may have changed elsewhere since the form was loaded
        workspace, kind = self.workspace, self.kind
        if self.worker is None:
            try:
                stored = save_and_read_back(workspace, kind, record)
            except ServiceError as error:
                self._save_refused(error)
                return False
            self._save_stored(stored)
            return True
        self._set_saving(True)
        self._save_ok = False
        self.worker.run_write(
            lambda: save_and_read_back(workspace, kind, record),
            self._save_stored,
            self._save_failed,
            owner=self,
        )
        return self.wait_for_save() if wait else True

    def set_worker(self, worker: DatabaseWorker | None) -> None:
        """Save, and read the pickers' lists, on the window's database worker (None: here)."""
        self.worker = worker
        self.context.set_worker(worker)

    def is_saving(self) -> bool:
        """True while a save is on its way to the register."""
        return self._saving

    def wait_for_save(self) -> bool:
        """Wait for the save on its way (the window keeps painting); True when it was stored."""
        worker = self.worker
        if self._saving and worker is not None:
            loop = QEventLoop(self)
            self.save_finished.connect(loop.quit)
            worker.idle.connect(loop.quit)
            while self._saving and worker.pending_writes():
                loop.exec()
            self.save_finished.disconnect(loop.quit)
            worker.idle.disconnect(loop.quit)
            if self._saving:
                # The window let go of the answer (another register was opened): the save
                # itself was carried out, but this form will not hear how it went.
                self._set_saving(False)
        return self._save_ok

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        if saving:
            # Read-only while the save runs: what is typed now would not be saved.
            self._focus_before_save = QApplication.focusWidget()
            self.details.setEnabled(False)
        else:
            self.details.setEnabled(not self._missing)
            focus = self._focus_before_save
            self._focus_before_save = None
            if focus is not None and self.details.isAncestorOf(focus) and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saving_changed.emit(saving)

    def _save_stored(self, back: ReadBack) -> None:
        stored = back.written.result
        self._record = stored
        self._base = stored
        self._save_ok = True
        self._show_values(stored, back)
        if self._saving:
            self._set_saving(False)
        self.saved.emit(stored)
        self.written.emit(back.written.changed)
        self.save_finished.emit(True)

    def _save_failed(self, error: BaseException) -> None:
        """The save came back refused; what is typed stays, so saving again works."""
        self._save_ok = False
        self._set_saving(False)
        try:
            if isinstance(error, ServiceError):
                self._save_refused(error)
            else:
                # As if the save had failed on this thread: the window's exception hook
                # finds the sentence for it (a lost server, a full disk) and logs the rest.
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.save_finished.emit(False)

    def _save_refused(self, error: ServiceError) -> None:
        if isinstance(error, ValidationError):
            self._show_errors(error.errors)
        elif isinstance(error, ConflictError):
            self._conflict(error)
        else:
            self._show_banner(str(error))

    # ------------------------------------------------------------ showing

    def _title(self, label: str | None = None) -> str:
        singular = self.spec.display_singular()
        if self._record is None:
            return self.spec.display_new()
        if label is None:
            label = self.workspace.labels(self.kind, [self._record.id]).get(self._record.id, "")
        return f"{singular}: {label}" if label else singular

    def _show_values(self, record: Any, back: ReadBack | None = None) -> None:
        """Show ``record``; ``back`` holds what the save already read for it on the worker."""
        self._loading = True
        try:
            for name, row in self.rows.items():
                row.editor.refresh()
                row.editor.set_value(getattr(record, name))
            show_currency = self._show_currency
            if show_currency is not None:
                show_currency()
        finally:
            self._loading = False
        self._clear_errors()
        ref = RecordRef(self.kind, self._record.id) if self._record is not None else None
        if back is None:
            self.heading.setText(self._title())
            self.reminder_line.show_for(self.workspace, self.kind, ref.id if ref else None)
        else:
            self.heading.setText(self._title(back.label))
            self.reminder_line.show_lines(back.reminders)
        self.person_bar.show_for(self.kind, ref.id if ref else None)
        self.linked.set_record(ref, self._record)
        if back is None or self.attachments.ref != ref:
            # A save of the same record leaves its attachments as they were.
            self.attachments.set_record(ref)
        self._set_dirty(False)

    def _show_missing(self, message: str) -> None:
        """The record was deleted elsewhere: say so and offer nothing to edit."""
        self._missing = True
        self._record = None
        self._base = self.spec.record()
        self._show_values(self._base)
        self.heading.setText(self.spec.display_singular())
        self.details.setEnabled(False)
        self._show_banner(message)

    def _show_count(self, tab: int, text: str, count: int) -> None:
        self.tabs.setTabText(tab, f"{text} ({count})" if count else text)

    def _edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------ errors

    def field_error(self, name: str) -> str:
        """The error shown under field ``name`` ("" when none)."""
        row = self.rows[name]
        return row.error.text() if not row.error.isHidden() else ""

    def banner_text(self) -> str:
        """The text of the banner above the form ("" when hidden)."""
        return self.banner.text() if not self.banner.isHidden() else ""

    def show_notice(self, text: str) -> None:
        """Say something above the fields without touching what is typed (a colleague's save)."""
        self._show_banner(text)

    def _clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error(None)
        self.banner.setVisible(False)
        self.banner.clear()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _show_errors(self, errors: list[FieldError]) -> None:
        general, first = place_errors(self.rows, errors)
        if first is not None:
            general.insert(0, self.tr("Nothing was saved: correct the fields marked in red."))
        self._show_banner("\n".join(general))
        if first is not None:
            self.tabs.setCurrentWidget(self.scroll_area)
            reveal(self.scroll_area, self.details, first.editor)
            first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _conflict(self, error: ConflictError) -> None:
        if not ask_reload(self, error):
            self._show_banner(str(error))
            return
        workspace, kind, record_id = self.workspace, self.kind, error.record_id
        if self.worker is None:
            try:
                self._reloaded(read_stored(workspace, kind, record_id))
            except RecordNotFound as gone:
                self._gone_meanwhile(gone)
            return
        # Read on the worker like the save; what is typed stays until the record is back.
        self.worker.run_read(
            lambda: read_stored(workspace, kind, record_id),
            self._reloaded,
            lambda failed: (
                self._gone_meanwhile(failed)
                if isinstance(failed, RecordNotFound)
                else sys.excepthook(type(failed), failed, failed.__traceback__)
            ),
            owner=self,
        )

    def _reloaded(self, back: ReadBack) -> None:
        self._record = self._base = back.written.result
        self._show_values(self._record, back)

    def _gone_meanwhile(self, gone: RecordNotFound) -> None:
        # Deleted by the other person: keep what is typed as a new record to save again.
        self._record = None
        self._base = dataclasses.replace(self._base, id=None, version=0)
        self.heading.setText(self._title())
        self.linked.set_record(None, None)
        self.attachments.set_record(None)
        self._show_banner(
            str(gone) + " " + self.tr("Saving now stores what you typed as a new record.")
        )
