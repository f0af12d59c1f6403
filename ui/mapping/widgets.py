"""Small pieces the mapping wizard's pages share: text boxes, read-only tables, cell text."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.reports.cell_text import format_cell
from app.reports.document import Amount, CellValue
from ui.mapping.rich_box import RichTextBox


class Choosable(Protocol):
    """A record she may tick into the report: a twinning, network, reference fact or file."""

    @property
    def id(self) -> int:
        """Its id in the register."""
        ...

    def label(self) -> str:
        """What the list shows for it."""
        ...


def fill_checklist(
    listing: QListWidget, choices: Iterable[Choosable], ticked: Callable[[int], bool]
) -> None:
    """Show ``choices`` in ``listing``, each with a tick box, ticked where ``ticked(id)`` says."""
    listing.clear()
    for choice in choices:
        item = QListWidgetItem(choice.label())
        item.setData(Qt.ItemDataRole.UserRole, choice.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked(choice.id) else Qt.CheckState.Unchecked)
        listing.addItem(item)


def ticked_ids(listing: QListWidget) -> tuple[int, ...]:
    """The ids of the entries ticked in ``listing``, in its order."""
    ids = []
    for row in range(listing.count()):
        item = listing.item(row)
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
    return tuple(ids)


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


def named_line(name: str) -> QLineEdit:
    """A one-line field with an object name (tests and the read-only switch find it)."""
    line = QLineEdit()
    line.setObjectName(name)
    return line


def edit_button(text: str, name: str) -> QPushButton:
    """A button that changes the report: disabled when the report is final."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("edits", True)
    return button


def rich_text_box(name: str, placeholder: str, *, lines: int = 5) -> QPlainTextEdit:
    """A box for her formatted prose (bold, italic, lists, quotations), with its buttons."""
    return RichTextBox(name, placeholder, lines=lines)


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
    table: QTableWidget,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    *,
    wrap: Sequence[int] = (),
) -> None:
    """Replace the table's contents with ``rows`` under ``headers``.

    The columns in ``wrap`` share the width the others leave and wrap their
    text, so the table is never wider than the page it stands on.
    """
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(cell_text(value)))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    if wrap:
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in wrap
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)


def table_texts(table: QTableWidget) -> list[list[str]]:
    """Every row's cell texts (for tests and for copying)."""
    rows = []
    for r in range(table.rowCount()):
        cells = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows
