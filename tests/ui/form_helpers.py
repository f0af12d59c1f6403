"""Driving form widgets as a user does: typing (any letters), picking from lists.

``qtbot.keyClicks`` aborts the process on a non-ASCII character (PLATFORM.md),
so such characters are sent as key events carrying the text instead.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key; "Põltsamaa" works as well as "Nuuk"."""
    run = ""
    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
    if run:
        qtbot.keyClicks(widget, run)


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


def click_in_message_box(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """Make message boxes opened with ``exec()`` be answered by the button ``button_text``."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return 0
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown
