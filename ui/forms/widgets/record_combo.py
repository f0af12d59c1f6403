"""The searchable list of one kind's records that a record picker shows.

A form opens at once: the picker shows the chosen record's name, read with the
record, and the whole list to choose from is read when the user comes to the
picker (on the window's database worker when there is one). Should the user
type or open the list before it has arrived, it is read there and then, so
choosing by keyboard works as it always has.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from ui.forms.widgets.combo import Entry, SearchableCombo
from ui.forms.widgets.record_names import EditorContext


def _same_name(listed: Entry, now: Entry) -> bool:
    """True when ``listed`` shows the name ``now`` (with the number two alike names get)."""
    return listed.text in (now.text, f"{now.text} [{now.data}]")


class RecordCombo(SearchableCombo):
    """A SearchableCombo of the records of ``kind`` (None: of no kind yet, and empty)."""

    def __init__(
        self,
        context: EditorContext,
        kind: str | None,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        blank: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.blank = blank
        self._whole: list[Entry] = []  # the whole list as last read; empty before
        self._extra: Entry | None = None  # the chosen record when the list does not have it
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().installEventFilter(self)
        self.set_entries([], blank=blank)

    # ------------------------------------------------------------ what is shown

    def set_kind(self, kind: str) -> None:
        """Offer the records of ``kind`` (the kind chosen first in a decision's links)."""
        if kind != self.kind:
            self.kind = kind
            self._show_list(self.context.known_entries(kind) or [], None)
        self.refresh()

    def refresh(self) -> None:
        """After a load: a list read since is shown; an older one stays until a new arrives."""
        if self.kind is not None and self.context.is_fresh(self.kind):
            self._show_list(self.context.entries(self.kind), None)

    def show_record(self, record_id: int | None) -> None:
        """Show the record ``record_id`` chosen, with its name as it is now.

        The name is read alone (one record, not the list) when the list lacks
        it or was read before the form was loaded: the record may have been
        renamed since.
        """
        kind = self.kind
        if record_id is not None and kind is not None:
            row = self.row_of(record_id)
            listed = self._model.entry(row) if row >= 0 else None
            if listed is None or not self.context.is_fresh(kind):
                now = self.context.shown_entry(kind, record_id)
                if now is not None and (listed is None or not _same_name(listed, now)):
                    self._show_list(self._whole, now)
        self.select_data(record_id)

    def row_of(self, data: Any) -> int:
        """The row of the entry holding ``data``; -1 when there is none."""
        return self._model.row_of(data)

    def _show_list(
        self, whole: list[Entry], extra: Entry | None, *, keep_text: bool = False
    ) -> None:
        self._whole, self._extra = whole, extra
        line = self.lineEdit()
        text, cursor = line.text(), line.cursorPosition()
        start, length = line.selectionStart(), line.selectionLength()
        # Text that names no entry yet is being typed: it stays as it is, selection and all;
        # the name of the chosen record keeps its selection (a key may be about to replace it).
        typing = keep_text and bool(self.text()) and not self._names_shown_entry()
        self.set_entries(whole if extra is None else [*whole, extra], blank=self.blank)
        if typing or (keep_text and line.text() == text):
            blocked = self.blockSignals(True)
            if line.text() != text:
                line.setText(text)
            line.setCursorPosition(cursor)
            if length > 0:
                line.setSelection(start, length)
            self.blockSignals(blocked)

    def _arrived(self, entries: list[Entry]) -> None:
        self._show_list(entries, None, keep_text=True)

    # ------------------------------------------------------------ reading the whole list

    def want_list(self) -> None:
        """The user came to the picker: have the whole list read (on the worker if any)."""
        if self.kind is not None and not self.context.is_fresh(self.kind):
            self.context.request(self.kind, self._arrived, self)
        elif self.kind is not None and self.context.known_entries(self.kind) is not self._whole:
            self._arrived(self.context.entries(self.kind))

    def need_list(self) -> None:
        """The user types or opens the list: the whole list is needed now.

        A list read before the last load is good enough to go on with while a
        new one comes from the worker; with none at all, it is read here.
        """
        if self.kind is None:
            return
        if self.context.is_fresh(self.kind) or (self._whole and self.context.worker):
            self.want_list()
            return
        self._arrived(self.context.entries(self.kind))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The user came to the picker (its line edit hands its focus to the combo)."""
        self.want_list()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key typed with the picker focused: the list is needed before the key is read."""
        self.need_list()
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys sent to the line edit itself need the list as well."""
        if watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress:
            self.need_list()
        return super().eventFilter(watched, event)

    def showPopup(self) -> None:
        """Open the whole list, read first when it is not there."""
        self.need_list()
        super().showPopup()

    # ------------------------------------------------------------ what is chosen

    def _names_shown_entry(self) -> bool:
        current = self._model.entry(self.currentIndex())
        return current is not None and current.text.strip() == self.text()

    def chosen(self) -> Any:
        """The value of the entry the text names (the list read first if the text is typed)."""
        if self.text() and not self._names_shown_entry():
            self.need_list()
        return super().chosen()

    def names_an_entry(self) -> bool:
        """False when text is typed that is not one of the entries."""
        if self.text() and not self._names_shown_entry():
            self.need_list()
        return super().names_an_entry()
