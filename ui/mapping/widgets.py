"""Small pieces the mapping wizard's pages share: text boxes, read-only tables, cell text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.reports.cell_text import format_cell
from app.reports.document import Amount, CellValue


def text_box(
    name: str, placeholder: str, parent: QWidget | None = None, *, lines: int = 5
) -> QPlainTextEdit:
    """A plain-text box for her prose; ``placeholder`` shows while it is empty."""
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def read_only_table(name: str, parent: QWidget | None = None) -> QTableWidget:
    """A table that shows figures from the register; they are changed in the register itself."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell_text(value: CellValue | Decimal) -> str:
    """A value as the report prints it ("16 800 DKK", "uppgift saknas")."""
    if isinstance(value, Decimal):
        return format_cell(Amount(value))
    if isinstance(value, date):
        return value.isoformat()
    return format_cell(value)


def fill_table(
    table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[CellValue]]
) -> None:
    """Replace the table's contents with ``rows`` under ``headers``."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(cell_text(value)))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def table_texts(table: QTableWidget) -> list[list[str]]:
    """Every row's cell texts (for tests and for copying)."""
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows
