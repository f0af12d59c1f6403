"""The list of a kind's records as a table: whole rows chosen, columns sized and remembered.

The columns start sized to their contents within the list's width, again
whenever the list is resized, until the coordinator sizes one herself; then
her widths, order and sort are kept for next time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.list_shapes import HEAD_ROWS
from ui import qt_settings
from ui.lists.column_widths import fit_columns
from ui.lists.table_model import RecordTableModel


class RecordTable(QTableView):
    """A read-only table of records, one chosen at a time, its columns remembered per kind."""

    def __init__(self, model: RecordTableModel, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._model = model
        self._auto_columns = False  # the columns follow the list's width (no stored sizes)
        self._fitting = False
        # The contents' widths of the rows shown, by column: measured once per read.
        self._measured: dict[int, int] = {}
        self.setObjectName("records")
        self.setModel(model)
        model.modelReset.connect(self._measured.clear)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the list for the form instead of walking from cell to cell.
        self.setTabKeyNavigation(False)
        self.viewport().installEventFilter(self)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.sectionResized.connect(self._column_resized)

    def restore_columns(self, default_column: int | None) -> None:
        """Widths, order and sort as left last time, or fitted and sorted by ``default_column``."""
        header = self.horizontalHeader()
        state = qt_settings.load_state(f"columns/{self._kind}")
        if state is None or not header.restoreState(state):
            self._auto_columns = True
            self._fit_columns()
            if default_column is not None:
                header.setSortIndicator(default_column, Qt.SortOrder.AscendingOrder)
        # Turning sorting on sorts by the indicator, restored or default.
        self.setSortingEnabled(True)

    def save_columns(self) -> None:
        """Remember the columns' widths, order and sort for next time."""
        qt_settings.save_state(f"columns/{self._kind}", self.horizontalHeader().saveState())

    def _fit_columns(self) -> None:
        self._fitting = True
        try:
            fit_columns(self, self._first_texts, self._measured)
        finally:
            self._fitting = False

    def _first_texts(self, column: int) -> list[str]:
        return self._model.shown_texts(column, HEAD_ROWS)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        last = max(
            (header.visualIndex(c) for c in range(header.count()) if not header.isSectionHidden(c)),
            default=-1,
        )
        # The last column stretches with the list by itself; any other was sized by hand.
        if not self._fitting and self.isVisible() and header.visualIndex(column) != last:
            self._auto_columns = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resized list fits its columns again while they follow its width."""
        if watched is self.viewport() and event.type() == QEvent.Type.Resize and self._auto_columns:
            self._fit_columns()
        return super().eventFilter(watched, event)
