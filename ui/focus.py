"""The keyboard's place while a dialog or form waits for the register, given back afterwards.

A dialog or form goes read-only while a save or read is on its way, which takes
the keyboard away; when the answer comes the keyboard goes back where it was.
What it was in may be gone by then: a message box's button (the box is deleted
once answered), a row of a list read again. Asking a deleted widget anything
raises, and the answer would then never be shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid


def focus_inside(container: QWidget) -> QWidget | None:
    """The widget that has the keyboard, when it lies inside ``container``; else None."""
    focus = QApplication.focusWidget()
    return focus if focus is not None and container.isAncestorOf(focus) else None


def give_focus_back(widget: QWidget | None, container: QWidget) -> bool:
    """Put the keyboard back in ``widget`` if it still exists, lies in ``container`` and shows.

    True when it did.
    """
    if widget is None or not isValid(widget):
        return False
    if not container.isAncestorOf(widget) or not widget.isVisible():
        return False
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return True
