"""The list of one record kind as a Qt table: searched, filtered and sorted in the model.

The rows come from ``Workspace.table`` as display tuples; the model keeps
them and two lists of row numbers: every row in sort order, and the rows that
pass the search and filters. A keystroke only rebuilds the second list, a click
on a header only the first, so 30 000 rows stay quick where a proxy model over a
Python model would take seconds (PLATFORM.md).

A long list arrives first as every id with its first screen's rows
(``listing.Table.rest`` set): it is shown at once, with the other rows blank,
and the whole table is read on the window's database worker and put in place
without losing the selection. Searching and sorting need every row's text, so
they are exact once the whole table is there.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from app.services.list_shapes import Table, fold
from ui.lists.cells import NUMERIC_TYPES, display_text, is_empty, sort_key

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

AnyIndex = QModelIndex | QPersistentModelIndex
RowFilter = Callable[[tuple[Any, ...]], bool]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ENDED_ROLE = Qt.ItemDataRole.UserRole + 3

# data() runs for every visible cell and role on each repaint; plain ints compare
# faster than enum members.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
# What a row not read yet already knows: its id and whether it has ended.
# What the model knows of the table it shows: swapped whole when the rest of a long
# list arrives, so that the view is told of the change between the old and new.
_TABLE_STATE = ("_table", "_row_of_id", "_sort_keys", "_order", "_visible", "_position")
# Up to this many rows are found in the shown rows one by one rather than through a map.
FEW_LOOKUPS = 16
# The longest the rest of a long list waits for its first rows to be painted.
PAINT_WAIT_SECONDS = 0.2
_KNOWN_UNREAD = frozenset({int(ID_ROLE), int(ENDED_ROLE), _FOREGROUND, _ALIGNMENT})


class RecordTableModel(QAbstractTableModel):
    """Rows of a ``listing.Table``; search, filters and sorting happen here."""

    def __init__(self, parent: Any = None, worker: DatabaseWorker | None = None) -> None:
        super().__init__(parent)
        # Reads the rest of a long list; without one the rest is read at once, here.
        self._worker = worker
        self._table: Table | None = None
        self._order: list[int] = []  # every row of the table, in sort order
        self._visible: list[int] = []  # the rows shown, in sort order
        self._position: dict[int, int] | None = None  # table row -> shown row, built on demand
        self._row_of_id: dict[int, int] = {}
        self._words: list[str] = []
        self._show_ended = True
        self._row_filter: RowFilter | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}
        self._currency_column: int | None = None

    # ------------------------------------------------------------ the data

    def set_table(self, table: Table) -> None:
        """Show ``table``, keeping the current search, filters and sort column."""
        self.beginResetModel()
        self._currency_column = next(
            (i for i, f in enumerate(table.columns) if f.type == "currency"), None
        )
        if self._sort_column >= len(table.columns):
            self._sort_column = -1
        self._order_and_filter(table)
        self.endResetModel()
        if table.rest is not None:
            self._read_rest(table)

    def _read_rest(self, head: Table) -> None:
        """Read the whole of a table that came with only its first rows."""
        rest = head.rest
        assert rest is not None
        if self._worker is None:
            self._put_whole(head, rest())
            return

        painted = threading.Event()

        def read() -> Table | None:
            # The whole table's reading is Python work that would share the interpreter
            # with the painting of the first rows: it starts once they are painted (the
            # event loop's next turn), or after a moment whatever happens.
            painted.wait(PAINT_WAIT_SECONDS)
            # Not read when the list was read again meanwhile (a filter changed while
            # the rest was queued): the newer read brings its own rest.
            return rest() if self._table is head else None

        # Handed over now, so that whoever waits for the worker waits for the rest too.
        self._worker.run_read(
            read, lambda whole: self._put_whole(head, whole), self._rest_failed, owner=self
        )
        QTimer.singleShot(0, self, painted.set)

    def _rest_failed(self, error: BaseException) -> None:
        # The first rows stay; the window's exception hook finds the sentence for the
        # failure (a refusal, a lost server) as for the list's own read.
        sys.excepthook(type(error), error, error.__traceback__)

    def _put_whole(self, head: Table, whole: Table | None) -> None:
        """``whole`` in place of ``head``, keeping search, filters, sort and the selection."""
        if whole is None or self._table is not head or whole.columns != head.columns:
            return  # a newer read is shown meanwhile
        old_ids = self.shown_ids()
        old_state = self._state()
        self._order_and_filter(whole)
        new_state = self._state()
        if len(self._visible) != len(old_ids):
            # A search typed while only the first rows were here: the view starts again.
            self._set_state(old_state)
            self.beginResetModel()
            self._set_state(new_state)
            self.endResetModel()
            return
        # As many rows as before: they may move, and the selection follows its record.
        self._set_state(old_state)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(old_ids[index.row()], index.column()) for index in persistent]
        self._set_state(new_state)
        moved = []
        for record_id, column in remembered:
            row = self.row_of(record_id)
            moved.append(self.index(row, column) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if self._visible:
            last = self.index(len(self._visible) - 1, len(whole.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)  # the blank rows are filled

    def _state(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _TABLE_STATE)

    def _set_state(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_TABLE_STATE, state, strict=True):
            setattr(self, name, value)

    def _order_and_filter(self, table: Table) -> None:
        self._table = table
        self._row_of_id = dict(zip(table.ids, range(len(table.ids)), strict=True))
        self._sort_keys = {}
        self._order = self._sorted_rows()
        self._visible = self._filtered(self._order)
        self._position = None

    def is_complete(self) -> bool:
        """True when every row's values are here (not only a long list's first rows)."""
        return self._table is None or not self._table.unread

    def replace_rows(self, part: Table) -> bool:
        """Put the rows of ``part`` (fresh from the database) in place, adding new ones.

        After a save only the saved record is read again, instead of the whole
        list: with 30 000 towns that is a millisecond instead of half a second.
        Returns False when ``part`` does not fit this table (then reload it all).
        """
        table = self._table
        if table is None or part.kind != table.kind or part.columns != table.columns:
            return False
        self.beginResetModel()
        order_changed = False
        for index, record_id in enumerate(part.ids):
            row = self._row_of_id.get(record_id)
            if row is None:
                order_changed = True
                row = len(table.ids)
                table.ids.append(record_id)
                table.values.append(part.values[index])
                table.ended.append(part.ended[index])
                table.search_keys.append(part.search_keys[index])
                self._row_of_id[record_id] = row
                for keys in self._sort_keys.values():
                    keys.append(None)
            else:
                table.values[row] = part.values[index]
                table.ended[row] = part.ended[index]
                table.search_keys[row] = part.search_keys[index]
                table.unread.discard(row)
            for column, keys in self._sort_keys.items():
                value = table.values[row][column]
                key = None if is_empty(value) else sort_key(value)
                if column == self._sort_column and keys[row] != key:
                    order_changed = True
                keys[row] = key
        if order_changed or self._sort_column < 0:
            # Unsorted lists keep table order, so only a new row moves anything there.
            self._order = self._sorted_rows()
        self._visible = self._filtered(self._order)
        self._position = None
        self.endResetModel()
        return True

    def table(self) -> Table | None:
        """The table shown (None before the first load)."""
        return self._table

    def total_rows(self) -> int:
        """How many rows the table holds, shown or not."""
        return len(self._table.ids) if self._table else 0

    # ------------------------------------------------------------ narrowing

    def set_search(self, text: str) -> None:
        """Show only rows whose text contains every typed word (case and accents ignored)."""
        words = fold(text).split()
        if words == self._words:
            return
        old, self._words = self._words, words
        narrowing = len(words) >= len(old) and all(a in b for a, b in zip(old, words, strict=False))
        if narrowing and self._table is not None:
            # Typing on only narrows: test the rows shown now, not the whole table.
            keys = self._table.search_keys
            rows = self._visible
            for word in words:
                rows = [i for i in rows if word in keys[i]]
            self.beginResetModel()
            self._visible = rows
            self._position = None
            self.endResetModel()
            return
        self._refilter()

    def search_words(self) -> list[str]:
        """The words the list is searched for."""
        return list(self._words)

    def set_show_ended(self, show: bool) -> None:
        """Show ended rows (greyed) or hide them."""
        if show == self._show_ended:
            return
        self._show_ended = show
        self._refilter()

    def show_ended(self) -> bool:
        """True when ended records are shown."""
        return self._show_ended

    def set_row_filter(self, row_filter: RowFilter | None) -> None:
        """An extra test on a row's display values (the period filter on year columns)."""
        self._row_filter = row_filter
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered(self._order)
        self._position = None
        self.endResetModel()

    def _filtered(self, order: list[int]) -> list[int]:
        table = self._table
        if table is None:
            return []
        rows = order
        if not self._show_ended and any(table.ended):
            ended = table.ended
            rows = [i for i in rows if not ended[i]]
        keys = table.search_keys
        for word in self._words:
            rows = [i for i in rows if word in keys[i]]
        if self._row_filter is not None:
            test, values = self._row_filter, table.values
            rows = [i for i in rows if test(values[i])]
        return rows if rows is not order else list(order)

    # ------------------------------------------------------------ sorting

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``: stable, and empty values last in both directions."""
        if self._table is None or not 0 <= column < len(self._table.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        remembered = [(self._visible[index.row()], index.column()) for index in old_persistent]
        self._sort_column = column
        self._sort_order = order
        self._order = self._sorted_rows()
        self._visible = self._filtered(self._order)
        self._position = None
        if old_persistent:
            positions = self._shown_rows_of({row for row, _ in remembered})
            new_persistent = [
                self.index(positions[row], col) if row in positions else QModelIndex()
                for row, col in remembered
            ]
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        """The column the list is sorted by."""
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        """The order of the sorting."""
        return self._sort_order

    def _sorted_rows(self) -> list[int]:
        table = self._table
        if table is None:
            return []
        rows = list(range(len(table.ids)))
        column = self._sort_column
        if column < 0:
            return rows
        keys = self._keys(column)
        filled = [i for i in rows if keys[i] is not None]
        empty = [i for i in rows if keys[i] is None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        # reverse=True keeps equal rows in their original order, so both directions are stable.
        filled.sort(key=keys.__getitem__, reverse=descending)
        return filled + empty

    def _keys(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            assert self._table is not None
            # Inline rather than is_empty(): once per row of 26 000, before the first paint.
            cells = [values[column] for values in self._table.values]
            keys = [None if cell is None or cell == "" else sort_key(cell) for cell in cells]
            self._sort_keys[column] = keys
        return keys

    # ------------------------------------------------------------ rows and ids

    def _positions(self) -> dict[int, int]:
        if self._position is None:
            self._position = {row: shown for shown, row in enumerate(self._visible)}
        return self._position

    def id_at(self, row: int) -> int:
        """The record id of shown row ``row``."""
        assert self._table is not None
        return self._table.ids[self._visible[row]]

    def row_of(self, record_id: int) -> int | None:
        """The shown row of record ``record_id``, or None when it is not shown."""
        table_row = self._row_of_id.get(record_id)
        if table_row is None:
            return None
        return self._shown_rows_of({table_row}).get(table_row)

    def _shown_rows_of(self, table_rows: set[int]) -> dict[int, int]:
        """The shown row of each of ``table_rows`` that is shown.

        A few rows (the selection after a sort or a read) are looked up in the
        shown rows one by one, in C; only many build the map of all 26 000.
        """
        if self._position is None and len(table_rows) <= FEW_LOOKUPS:
            found = {}
            for table_row in table_rows:
                with contextlib.suppress(ValueError):  # not shown
                    found[table_row] = self._visible.index(table_row)
            return found
        positions = self._positions()
        return {row: positions[row] for row in table_rows if row in positions}

    def shown_ids(self) -> list[int]:
        """The ids of the shown rows, top to bottom."""
        if self._table is None:
            return []
        ids = self._table.ids
        return [ids[i] for i in self._visible]

    def column_of(self, field_name: str) -> int | None:
        """The column showing field ``field_name``, or None."""
        if self._table is None:
            return None
        for column, spec in enumerate(self._table.columns):
            if spec.name == field_name:
                return column
        return None

    # ------------------------------------------------------------ Qt's interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """How many rows the filters show."""
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of columns of the kind's list."""
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Rows can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, alignment, sort key or id by role (ended records greyed)."""
        table = self._table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._visible) and 0 <= column < len(table.columns)):
            return None
        table_row = self._visible[row]
        if table.unread and table_row in table.unread and role not in _KNOWN_UNREAD:
            return None  # a long list's row not read yet: blank for a moment
        if role == _DISPLAY:
            return self._display(table, table_row, column)
        spec = table.columns[column]
        value = table.values[table_row][column]
        if role == _TOOLTIP and spec.type == "longtext" and value:
            return str(value)
        if role == _ALIGNMENT:
            return _RIGHT if spec.type in NUMERIC_TYPES else _LEFT
        if role == _FOREGROUND and table.ended[table_row]:
            palette = QApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == SORT_ROLE:
            return None if is_empty(value) else value
        if role == ID_ROLE:
            return table.ids[table_row]
        if role == ENDED_ROLE:
            return table.ended[table_row]
        return None

    def _display(self, table: Table, table_row: int, column: int) -> str:
        spec = table.columns[column]
        currency = None
        if spec.type == "money" and self._currency_column is not None:
            currency = table.values[table_row][self._currency_column]
        return display_text(table.kind, spec, table.values[table_row][column], currency)

    def shown_texts(self, column: int, rows: int) -> list[str]:
        """The texts of ``column`` in the first ``rows`` shown rows (blank where not read yet).

        What the column's cells show, without a model index per cell: the columns
        are fitted to these before the list is first painted.
        """
        table = self._table
        if table is None or not 0 <= column < len(table.columns):
            return []
        unread = table.unread
        return [
            "" if table_row in unread else self._display(table, table_row, column)
            for table_row in self._visible[:rows]
        ]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """The column headings."""
        table = self._table
        if orientation == Qt.Orientation.Horizontal:
            if table is None or not 0 <= section < len(table.columns):
                return None
            spec = table.columns[section]
            if role == _DISPLAY:
                return spec.display_label()
            if role == _ALIGNMENT and spec.type in NUMERIC_TYPES:
                return _RIGHT
            return None
        # Rows have no header of their own (the list hides it): nothing to draw.
        return None
