"""The town page's compact lists: one per group of linked records, each row opening its record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.towns.linked import LinkedRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole
"""Each row keeps (kind, id) of the record it opens."""

VISIBLE_ROWS = 6
"""A list grows up to this many rows and scrolls beyond."""


def row_text(record: LinkedRecord) -> str:
    """ "2014-05-17  Vargöns musikkår … (kultur)": when, what, and its detail in brackets."""
    parts = [record.when, record.text] if record.when else [record.text]
    text = "  ".join(parts)
    return f"{text} ({record.detail})" if record.detail else text


class RecordList(QListWidget):
    """A short list of linked records; Enter, a double click or Space opens the chosen one."""

    open_record = Signal(str, int)

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._empty_text = empty_text
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self._activated)
        self.installEventFilter(self)

    def show_records(self, records: Sequence[LinkedRecord], empty_text: str = "") -> None:
        """Fill the list; an empty one says so (``empty_text`` or its own) in a greyed row."""
        self.clear()
        for record in records:
            item = QListWidgetItem(row_text(record))
            item.setData(RECORD_ROLE, (record.kind, record.record_id))
            item.setToolTip(row_text(record))
            self.addItem(item)
        if not records:
            item = QListWidgetItem(empty_text or self._empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        else:
            # Current but not selected: the keyboard starts there, no row looks chosen.
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        rows = min(max(self.count(), 1), VISIBLE_ROWS)
        height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        self.setFixedHeight(rows * height + 2 * self.frameWidth() + 4)

    def records(self) -> list[tuple[str, int]]:
        """(kind, id) of each row, in order (none for the empty row)."""
        found = []
        for row in range(self.count()):
            data = self.item(row).data(RECORD_ROLE)
            if data:
                found.append((str(data[0]), int(data[1])))
        return found

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(RECORD_ROLE)
        if data:
            self.open_record.emit(str(data[0]), int(data[1]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a list opens the chosen record."""
        if (
            watched is self
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and self.currentItem() is not None
        ):
            self._activated(self.currentItem())
            return True
        return super().eventFilter(watched, event)
