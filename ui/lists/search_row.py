"""The left side of a list page: a column under a search field with the list's count beside it.

The record pages and the change log start their lists alike; the filters and the
table below the search differ and are added by each page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ListSide:
    """The widgets of a list's side, for the page to add its filters and table to."""

    widget: QWidget
    layout: QVBoxLayout
    top: QHBoxLayout  # the search field's row: a page may add a button after the count
    search_field: QLineEdit
    count_label: QLabel


def list_side(splitter: QSplitter, placeholder: str, searched: Callable[[str], None]) -> ListSide:
    """A column in ``splitter`` that starts with a search field (``searched`` gets its text)."""
    widget = QWidget(splitter)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 4, 0)
    layout.setSpacing(4)
    top = QHBoxLayout()
    search_field = QLineEdit(widget)
    search_field.setObjectName("search")
    search_field.setClearButtonEnabled(True)
    search_field.setPlaceholderText(placeholder)
    search_field.textChanged.connect(searched)
    top.addWidget(search_field, 1)
    count_label = QLabel(widget)
    count_label.setObjectName("count")
    top.addWidget(count_label)
    layout.addLayout(top)
    return ListSide(widget, layout, top, search_field, count_label)
