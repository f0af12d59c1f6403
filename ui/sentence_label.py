"""The label that shows the coordinator a sentence: an explanation, a refusal, a summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def sentence_label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A label that wraps its sentences at the width it is given, instead of widening the window.

    ``name`` is its object name, for labels the code fills later or tests read.
    """
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def whole_line_label(parent: QWidget, name: str) -> QLabel:
    """The label below a list that shows its current line whole, with its reason.

    Plain text (names may hold "<"), wrapped, at least three lines high so the list
    above does not jump as lines of different lengths are chosen.
    """
    label = sentence_label("", parent, name=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * 3)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
