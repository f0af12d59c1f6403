"""The label that shows the coordinator a sentence: an explanation, a refusal, a summary."""

from __future__ import annotations

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
