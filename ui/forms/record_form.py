"""One form for every record kind: load, change, validate, save, revert.

What the form shows is ``ui.forms.form_view.FormView``. Saving goes through
``workspace.save_reporting`` on the window's database worker (at once when the
form has none); its field errors are shown under their fields.

Choosing a record reads it on the worker as well, with everything shown beside
its fields (``ui.forms.saving.read_stored``): until the answer comes the form
says which kind of record is coming and takes no typing; of several records
chosen quickly only the last one is shown (``loaded`` follows it).
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Signal
from PySide6.QtWidgets import (
    QMessageBox,
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
from ui.focus import focus_inside, give_focus_back
from ui.forms.discarded_edits import DiscardedEdits
from ui.forms.form_view import FormView
from ui.forms.questions import ask_reload, ask_unsaved
from ui.forms.saving import ReadBack, read_stored, save_and_read_back
from ui.forms.widgets import InvalidInput
from ui.forms.widgets.record_names import LinkNames, links_any, read_link_names

if TYPE_CHECKING:  # for the type checker only: importing a form loads no database code
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker

log = logging.getLogger(__name__)


class _Coming:
    """A record asked for on the worker; ``dropped`` once another was asked for after it.

    The worker thread only reads ``dropped`` (a plain attribute, no Qt object):
    a read dropped before it started is skipped, so moving quickly through a
    list costs the round trips of the first and the last record only.
    """

    def __init__(self, record_id: int | None) -> None:
        self.record_id = record_id  # None: a new record, its preset links' names coming
        self.dropped = False


class RecordForm(FormView):
    """Edit one record of ``kind``: load, change, validate, save, revert."""

    saved = Signal(object)
    # The user discarded unsaved edits (a DiscardedEdits); the window offers Undo.
    edits_discarded = Signal(object)
    # What a save changed (an app.changes.Changed), after ``saved``.
    written = Signal(object)
    # True while a save is on its way to the register; False when it is back.
    saving_changed = Signal(bool)
    # A save came back: True stored, False refused (the form says why).
    save_finished = Signal(bool)
    # load() is done: the form shows the record asked for last (None: a new record, or
    # one that was deleted meanwhile or could not be read; the form says which).
    loaded = Signal(object)

    def __init__(self, workspace: Workspace, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(workspace, kind, parent)
        self.worker: DatabaseWorker | None = None  # the window's; None reads and saves at once
        self._saving = False
        self._save_ok = False
        self._focus_before_save: QWidget | None = None
        # The record asked for on the worker, until its answer is shown.
        self._coming: _Coming | None = None
        # What was asked of the form while a record was coming, done once it is shown.
        self._focus_first_when_loaded = False
        self._edits_when_loaded: DiscardedEdits | None = None
        self._notice_when_loaded: str | None = None
        self._focus_before_load: QWidget | None = None  # a field the cursor was in
        self.load(None)

    # ------------------------------------------------------------ the contract

    def load(self, record_id: int | None, preset: dict[str, Any] | None = None) -> None:
        """Show the stored record ``record_id``, or a new one (with ``preset`` values).

        With the window's database worker the record is read there and shown
        when it comes (``loaded``); meanwhile the form takes no typing. A new
        record preset to link to others (a list filtered by a town, "New … for
        this town") waits the same way for the names its pickers show. A new
        empty record, and a form without a worker, show at once.
        """
        self.wait_for_save()  # a save on its way finishes before the form shows another
        self._drop_coming()
        self._missing = False
        self.context.forget()
        if self.place_suggestion is not None:
            self.place_suggestion.reset()
        if record_id is None:
            base = self.spec.record()
            if preset:
                base = dataclasses.replace(base, **preset)
            if self.worker is not None and links_any(self.kind, base):
                # Preset to link to a town (the list filtered by it, or "New … for this
                # town"): the pickers name it, read on the worker like a stored record's.
                self._load_new(base)
                return
            self._show_new(base)
            self._done_loading()
            return
        if self.worker is None:
            try:
                back = read_stored(self.workspace, self.kind, record_id)
            except RecordNotFound as error:
                self._show_missing(str(error))
                self._done_loading()
                return
            self._show_stored(back)
            return
        coming = self._coming = _Coming(record_id)
        self._wait()
        workspace, kind = self.workspace, self.kind
        assert self.worker is not None
        self.worker.run_read(
            lambda: None if coming.dropped else read_stored(workspace, kind, record_id),
            lambda back: self._arrived(coming, back),
            lambda error: self._not_arrived(coming, error),
            owner=self,
        )

    def _wait(self) -> None:
        """The form waits for what is coming from the worker: read-only, its heading says so."""
        self._focus_before_load = focus_inside(self.details)
        # Read-only until the record is here: what was typed now would be overwritten.
        self.details.setEnabled(False)
        self._clear_errors()
        self.heading.setText(self.tr("%1: loading…").replace("%1", self.spec.display_singular()))

    def _load_new(self, base: Any) -> None:
        """Show the new record ``base`` once the names of what it links to have come."""
        coming = self._coming = _Coming(None)
        self._wait()
        workspace, kind = self.workspace, self.kind
        assert self.worker is not None
        self.worker.run_read(
            lambda: None if coming.dropped else read_link_names(workspace, kind, base),
            lambda names: self._new_arrived(coming, base, names),
            lambda error: self._not_arrived(coming, error),
            owner=self,
        )

    def _new_arrived(self, coming: _Coming, base: Any, names: LinkNames | None) -> None:
        if coming is not self._coming or names is None:
            return  # another record was asked for meanwhile
        self._coming = None
        self.context.keep_names(names)  # the pickers show them without a read
        self._show_new(base)
        self._done_loading()

    def _show_new(self, base: Any) -> None:
        """Show the new record ``base`` (empty, or with preset values), editable."""
        self._record = None
        self._base = base
        self.details.setEnabled(True)
        self._show_values(base)

    def is_loading(self) -> bool:
        """True while a record chosen is on its way from the worker (the form takes no typing)."""
        return self._coming is not None

    def wait_for_load(self) -> bool:
        """Wait for the record on its way (the window keeps painting); True when it is shown."""
        worker = self.worker
        if self._coming is not None and worker is not None:
            loop = QEventLoop(self)
            self.loaded.connect(loop.quit)
            worker.idle.connect(loop.quit)
            while self._coming is not None and worker.pending():
                loop.exec()
            self.loaded.disconnect(loop.quit)
            worker.idle.disconnect(loop.quit)
        return self._coming is None and self._record is not None and not self._missing

    def _drop_coming(self) -> None:
        """Another record is asked for: the answer for the one on its way is not shown."""
        if self._coming is not None:
            self._coming.dropped = True
            self._coming = None
        self._focus_first_when_loaded = False
        self._edits_when_loaded = None
        self._notice_when_loaded = None
        self._focus_before_load = None

    def _arrived(self, coming: _Coming, back: ReadBack | None) -> None:
        if coming is not self._coming or back is None:
            return  # another record was chosen meanwhile
        self._coming = None
        self._show_stored(back)

    def _not_arrived(self, coming: _Coming, error: BaseException) -> None:
        if coming is not self._coming:
            log.debug("a record no longer wanted could not be read: %s", error)
            return
        self._coming = None
        if isinstance(error, RecordNotFound):
            self._show_missing(str(error))
            self._done_loading()
            return
        self._show_missing(self.tr("The record could not be read."))
        self._done_loading()
        # As if the read had failed on this thread: the window's exception hook finds
        # the sentence for it (a lost server) and logs the rest.
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_stored(self, back: ReadBack) -> None:
        """Show the record read (with its label, reminders, names and files), editable."""
        self._record = self._base = back.written.result
        self.details.setEnabled(True)
        self._show_values(self._record, back)
        self._done_loading()

    def _done_loading(self) -> None:
        """The answer is shown: do what was asked for meanwhile, then say so (``loaded``)."""
        # A new record counts as shown too: its preset links came from the worker.
        shown = not self._missing
        edits, self._edits_when_loaded = self._edits_when_loaded, None
        notice, self._notice_when_loaded = self._notice_when_loaded, None
        focus_first, self._focus_first_when_loaded = self._focus_first_when_loaded, False
        if shown and notice is not None:
            self._show_banner(notice)
        focus, self._focus_before_load = self._focus_before_load, None
        record_id = self._record.id if self._record is not None else None
        if shown and edits is not None and edits.record_id == record_id:
            self.restore_edits(edits)
        elif shown and focus_first:
            self.show_first_field()
        elif shown:
            give_focus_back(focus, self.details)  # back where the cursor was
        self.loaded.emit(self._record if not self._missing else None)

    def current_record(self) -> Any:
        """The record as loaded or last saved; None for a new record, or while one is coming."""
        return None if self._coming is not None else self._record

    def current_label(self) -> str:
        """The label of the record as loaded or last saved (read with it on the worker); "" for none."""
        return "" if self.current_record() is None else self._label

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
        """True when the form holds the stored record ``record_id`` (None: a new record).

        A record on its way from the worker counts as held: it is shown as soon as it comes.
        """
        if self._coming is not None:
            return self._coming.record_id == record_id
        current = self._record.id if self._record is not None else None
        return current == record_id and not self._missing

    def restore_edits(self, edits: DiscardedEdits) -> None:
        """Put discarded edits back into the editors; the form is unsaved again.

        While the record is on its way they are put back once it is shown.
        """
        if self._coming is not None:
            self._edits_when_loaded = edits
            return
        super().restore_edits(edits)

    def show_first_field(self) -> None:
        """Put the cursor in the form's first field, on the Details tab.

        While the record is on its way the cursor goes there once it is shown.
        """
        if self._coming is not None:
            self._focus_first_when_loaded = True
            self.tabs.setCurrentWidget(self.scroll_area)
            return
        super().show_first_field()

    def show_notice(self, text: str) -> None:
        """Say something above the fields without touching what is typed (a colleague's save).

        While the record is on its way it is said once the record is shown.
        """
        if self._coming is not None:
            self._notice_when_loaded = text
            return
        super().show_notice(text)

    # ------------------------------------------------------------ saving

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
        if self._missing or self._coming is not None:
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
        """Load, save, and read the pickers' and panels' lists on the window's database worker.

        None: all of it here and now.
        """
        self.worker = worker
        self.person_bar.worker = worker
        self.context.set_worker(worker)
        self.linked.set_worker(worker)
        self.attachments.worker = worker

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
            self._focus_before_save = focus_inside(self.details)
            self.details.setEnabled(False)
        else:
            self.details.setEnabled(not self._missing)
            focus, self._focus_before_save = self._focus_before_save, None
            give_focus_back(focus, self.details)
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

    def _conflict(self, error: ConflictError) -> None:
        if not ask_reload(self, error):
            self._show_banner(str(error))
            return
        workspace, kind, record_id = self.workspace, self.kind, error.record_id
        if self.worker is None:
            try:
                back = read_stored(workspace, kind, record_id)
            except RecordNotFound as gone:
                self._gone_meanwhile(gone)
                return
            self._reloaded(back)
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
        if not self.shows(back.written.result.id) or self._coming is not None:
            return  # she chose another record meanwhile: that one is shown
        self._record = self._base = back.written.result
        self._show_values(self._record, back)

    def _gone_meanwhile(self, gone: RecordNotFound) -> None:
        # Deleted by the other person: keep what is typed as a new record to save again.
        if self._coming is not None or self._record is None or self._record.id != gone.record_id:
            return  # she chose another record meanwhile: that one is shown
        self._record = None
        self._base = dataclasses.replace(self._base, id=None, version=0)
        self.heading.setText(self._title())
        self.linked.set_record(None, None)
        self.attachments.set_record(None)
        self._show_banner(
            str(gone) + " " + self.tr("Saving now stores what you typed as a new record.")
        )
