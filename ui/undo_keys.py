"""Ctrl+Z and Ctrl+Shift+Z reach the window's Undo wherever the keyboard focus is.

A text field claims the Undo keys for its own typing even when it has
nothing to undo, so after deleting a record and clicking into a field,
Ctrl+Z did nothing although the status bar promised it. This filter lets
a field keep the keys only while it has typing of its own to undo or redo;
otherwise the window's Undo and Redo actions get them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _own_history(widget: QWidget, redo: bool) -> bool | None:
    """Whether ``widget`` has typing of its own to undo (or redo); None if it is no text field."""
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        if line is None:
            return None
        widget = line
    elif isinstance(widget, QAbstractSpinBox):
        inner = widget.findChild(QLineEdit)
        if inner is None:
            return None
        widget = inner
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class WindowUndoKeys(QObject):
    """Hands Undo/Redo key presses in ``window``'s text fields to the window when the field has none."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            # The focus widget gets the "may I have this shortcut?" event, not the window,
            # so only a filter on the application sees it for every field.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Y go to the window's history where the widget has no undo of its own."""
        # Every event of the program passes here: the type test first, as it costs least
        # (asking an event's type() makes an enum member each time).
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.ShortcutOverride:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            redo = False
        elif event.matches(QKeySequence.StandardKey.Redo):
            redo = True
        else:
            return False
        if _own_history(watched, redo) is not False:
            return False
        # Not accepted and not delivered: the shortcut goes to the window's action.
        event.ignore()
        return True
