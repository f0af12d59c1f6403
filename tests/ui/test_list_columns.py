"""A list's columns start as wide as their first rows' text, measured without the delegate."""

from __future__ import annotations

from typing import Any

from helpers import english_interface  # noqa: F401 (autouse fixture)
from PySide6.QtWidgets import QStyleOptionViewItem

from app.services.listing import Filters
from app.services.records import Town
from ui.lists.column_widths import content_width
from ui.lists.record_table import RecordTable
from ui.lists.table_model import RecordTableModel

TOWNS = [
    ("Siglufjörður", "IS", 1200),
    ("Eiði", "FO", 670),
    ("Łódź", "PL", 658444),
    ("Põltsamaa", "EE", 3860),
    ("Ålands landskommuner", "AX", None),
    ("Nuuk", "GL", 19000),
]


def _delegate_width(table: RecordTable, column: int, rows: int) -> int:
    """The widest of the delegate's own size hints over ``rows`` cells (what Qt would fit to)."""
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    option.fontMetrics = table.fontMetrics()
    delegate = table.itemDelegate()
    model = table.model()
    widest = max(delegate.sizeHint(option, model.index(row, column)).width() for row in range(rows))
    return widest + 1 if table.showGrid() else widest


def test_text_widths_match_what_the_delegate_asks_for(qtbot: Any, workspace: Any) -> None:
    """Every column's measured width is the delegate's size hint for its widest cell."""
    for name, country, population in TOWNS:
        workspace.save(Town(name=name, country=country, population=population))
    model = RecordTableModel()
    table = RecordTable(model, "town")
    qtbot.addWidget(table)
    model.set_table(workspace.table("town"))
    assert model.rowCount() == len(TOWNS)
    for column in range(model.columnCount()):
        texts = model.shown_texts(column, len(TOWNS))
        assert texts == [model.index(row, column).data() or "" for row in range(len(TOWNS))]
        assert content_width(table, texts) == _delegate_width(table, column, len(TOWNS))


def test_rows_not_read_yet_are_measured_as_blank(qtbot: Any, workspace: Any) -> None:
    """A long list's first rows give the widths; the blank rows below them add nothing."""
    for name, country, population in TOWNS:
        workspace.save(Town(name=name, country=country, population=population))
    model = RecordTableModel()
    head = workspace.table("town", Filters(head=2))
    head.rest = None  # the rest stays away: only the first two rows are known
    model.set_table(head)
    name_column = model.column_of("name")
    assert name_column is not None
    texts = model.shown_texts(name_column, len(TOWNS))
    assert len(texts) == len(TOWNS)
    assert sorted(text for text in texts if text) == ["Eiði", "Nuuk"]
