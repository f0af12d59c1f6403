"""What every field editor of a form offers, whatever the field's type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.services.fields import FieldSpec


class InvalidInput(ValueError):
    """The text in an editor cannot be read as a value; ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FieldEditor(QWidget):
    """One field's editing widget.

    ``value()`` gives the typed value or raises InvalidInput; ``set_value``
    shows a stored value; ``changed`` fires on every user edit.
    """

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def value(self) -> Any:
        """The value as the record stores it; InvalidInput when the text cannot be one."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` from the record."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read choices that come from the register (record names); called on load."""

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self

    def spans_label(self) -> bool:
        """True when the editor names itself (a check box) and needs no label beside it."""
        return False

    def is_tall(self) -> bool:
        """True for editors that read best across the whole width with their label above."""
        return False

    def fit_narrow(self, narrow: bool) -> None:
        """Arrange the editor for a narrow form (fewer columns of check boxes) or a wide one."""
