"""Driving form widgets as a user does: picking from lists, answering questions.

Typing (any letters, PLATFORM.md) is the shell's ``helpers.type_text``; it is
re-exported here so the form tests import from one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from helpers import english_interface, type_text
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

__all__ = [
    "answer_question",
    "choose_item",
    "english_interface",
    "pick",
    "type_text",
]


def pick(qtbot: Any, combo: QComboBox, typed: str, expected: str) -> None:
    """Type part of a name into a searchable combo and choose ``expected`` from its popup.

    Down arrow and Enter in the completion popup, as a user would; fails if
    ``expected`` is not among the suggestions.
    """
    line = combo.lineEdit()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(qtbot, line, typed)
    completer = combo.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = popup.model()
    delegate = popup.itemDelegate()
    # What the popup shows: the delegate's text for each suggestion.
    shown = [
        delegate.displayText(model.index(row, 0).data(), QLocale())
        for row in range(model.rowCount())
    ]
    assert expected in shown, f"{expected!r} not offered for {typed!r}: {shown}"
    for _ in range(shown.index(expected) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == expected)


def choose_item(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Choose the entry ``text`` of a plain drop-down with the arrow keys."""
    target = combo.findText(text)
    assert target >= 0, f"{text!r} is not in the list"
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def answer_question(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """Make the next ``QMessageBox.question`` calls answer ``answer``; returns their texts."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


MakeForm = Callable[[str], Any]
"""Makes a shown record form of a kind (the ``make_form`` fixture of the form tests)."""


def form_maker(qtbot: Any, workspace: Any) -> MakeForm:
    """A maker of record forms of ``workspace``, each shown at 750×700 and closed after the test."""
    from ui.forms import RecordForm

    def make(kind: str) -> Any:
        form = RecordForm(workspace, kind)
        qtbot.addWidget(form)
        form.resize(750, 700)
        form.show()
        return form

    return make


def home_and_twin(workspace: Any) -> dict[str, Any]:
    """Vänersborg (home) and Põltsamaa twinned, as the form tests start from."""
    from app.services import records as r

    home = workspace.save(r.Town(name="Vänersborg", country="SE", is_home=True))
    twin = workspace.save(r.Town(name="Põltsamaa", country="EE"))
    workspace.save(r.Twinning(town_a_id=home.id, town_b_id=twin.id, status="active"))
    return {"home": home, "twin": twin}
