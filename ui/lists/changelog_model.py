"""The change log as a table: newest first, searched and sorted in the model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.formatting import format_date
from app.i18n import QT_TRANSLATE_NOOP
from app.places.folding import swedish_sort_key
from app.services.changelog import kind_name
from app.services.kinds import KINDS
from app.services.list_shapes import fold
from app.services.records import ChangeLogEntry

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

# Marked for lupdate here, translated where shown.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("ChangeLog", "created"),
    "update": QT_TRANSLATE_NOOP("ChangeLog", "changed"),
    "delete": QT_TRANSLATE_NOOP("ChangeLog", "deleted"),
    "restore": QT_TRANSLATE_NOOP("ChangeLog", "restored"),
    "import": QT_TRANSLATE_NOOP("ChangeLog", "imported"),
    "merge": QT_TRANSLATE_NOOP("ChangeLog", "merged"),
    "dispose": QT_TRANSLATE_NOOP("ChangeLog", "disposed of"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("ChangeLog", "When"),
    QT_TRANSLATE_NOOP("ChangeLog", "Who"),
    QT_TRANSLATE_NOOP("ChangeLog", "What"),
    QT_TRANSLATE_NOOP("ChangeLog", "Kind"),
    QT_TRANSLATE_NOOP("ChangeLog", "Record"),
    QT_TRANSLATE_NOOP("ChangeLog", "Fields"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeLog", text)


def local_time(moment: datetime) -> datetime:
    """The stored UTC time as the computer's local time (a naive value is UTC)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().replace(tzinfo=None)


def kind_label(kind: str) -> str:
    """A kind's name for the log ("Twin town", "Mapping report"), in the current language."""
    return kind_name(kind)


def field_label(kind: str, name: str) -> str:
    """A changed field's label, or its code if the kind no longer has it."""
    spec = KINDS.get(kind)
    if spec is not None:
        for field in spec.fields:
            if field.name == name:
                return field.display_label()
    return name


class ChangeLogModel(QAbstractTableModel):
    """Entries of the change log; the search narrows them without a new query."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ChangeLogEntry] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: list[str] = []
        self._order: list[int] = []
        self._visible: list[int] = []
        self._words: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_entries(self, entries: list[ChangeLogEntry]) -> None:
        """Show ``entries`` (newest first as read), keeping the search and sort."""
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = [self._row_texts(e) for e in self._entries]
        self._keys = [
            self._search_key(e, texts) for e, texts in zip(self._entries, self._texts, strict=True)
        ]
        self._order = self._sorted()
        self._visible = self._filtered()
        self.endResetModel()

    def _row_texts(self, entry: ChangeLogEntry) -> tuple[str, ...]:
        fields = ", ".join(field_label(entry.target_kind, name) for name in entry.changes)
        return (
            format_date(local_time(entry.at)),
            entry.user,
            _tr(ACTIONS.get(entry.action, entry.action)),
            kind_label(entry.target_kind),
            entry.summary or "",
            fields,
        )

    @staticmethod
    def _search_key(entry: ChangeLogEntry, texts: tuple[str, ...]) -> str:
        parts = list(texts)
        for old, new in entry.changes.values():
            parts.append(old or "")
            parts.append(new or "")
        return fold(" ".join(parts))

    def set_search(self, text: str) -> None:
        """Show entries whose texts or values contain every typed word."""
        words = fold(text).split()
        if words == self._words:
            return
        self._words = words
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        rows = list(self._order)
        for word in self._words:
            rows = [i for i in rows if word in self._keys[i]]
        return rows

    def _sorted(self) -> list[int]:
        rows = list(range(len(self._entries)))
        column = self._sort_column
        if column < 0:
            return rows
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == 0:
            keys: list[Any] = [e.at for e in self._entries]
        else:
            keys = [swedish_sort_key(t[column]) for t in self._texts]
        filled = [i for i in rows if self._texts[i][column]]
        empty = [i for i in rows if not self._texts[i][column]]
        filled.sort(key=keys.__getitem__, reverse=descending)
        return filled + empty

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the change log by ``column``."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        remembered = [(self._visible[i.row()], i.column()) for i in old]
        self._sort_column, self._sort_order = column, order
        self._order = self._sorted()
        self._visible = self._filtered()
        where = {row: shown for shown, row in enumerate(self._visible)}
        new = [
            self.index(where[row], col) if row in where else QModelIndex()
            for row, col in remembered
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def entry_at(self, row: int) -> ChangeLogEntry:
        """The entry shown in row ``row``."""
        return self._entries[self._visible[row]]

    def total_rows(self) -> int:
        """How many entries were read, shown or not."""
        return len(self._entries)

    # ------------------------------------------------------------ Qt's interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """How many entries the filter shows."""
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Entries can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text by role."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._visible) and 0 <= column < len(COLUMNS)):
            return None
        entry_row = self._visible[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[entry_row][column]
        if role == ENTRY_ROLE:
            return self._entries[entry_row].id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column headings."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._visible):
            return section + 1
        return None
