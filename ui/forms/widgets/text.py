"""One-line texts (names, e-mail, web addresses) and multi-line texts (purpose, notes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from app.services.fields import FieldSpec
from ui.forms.widgets.base import FieldEditor


class LineEditor(FieldEditor):
    """text, email and url fields: a line edit; empty means "not given"."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit(self)
        if spec.max_length:
            self.edit.setMaxLength(spec.max_length)
            if spec.max_length <= 20:
                # A short code (a section number) needs no full-width field.
                digit = self.edit.fontMetrics().horizontalAdvance("0")
                self.edit.setMaximumWidth(digit * (spec.max_length + 2) + 16)
        if spec.type == "email":
            # A Swedish officer's address: the form is theirs, not a sample from the web.
            self.edit.setPlaceholderText(self.tr("name@kommun.se"))
        elif spec.type == "url":
            self.edit.setPlaceholderText("https://")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())

    def value(self) -> Any:
        """The text ("" for a required field left empty, else None)."""
        text = self.edit.text().strip()
        if not text:
            # Required names are "" in their records; optional texts are None.
            return "" if self.spec.required else None
        return text

    def set_value(self, value: Any) -> None:
        """Show ``value``, its start in view."""
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)

    def focus_widget(self) -> QWidget:
        """The line edit."""
        return self.edit


class LongTextEditor(FieldEditor):
    """longtext fields: several lines; Tab moves on to the next field."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.set_lines(lines)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)
        self._loading = False

    def set_lines(self, lines: int) -> None:
        """Show about ``lines`` lines of text before the field scrolls."""
        metrics = QFontMetrics(self.edit.font())
        frame = 2 * self.edit.frameWidth() + 10
        self.edit.setFixedHeight(metrics.lineSpacing() * lines + frame)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        """The text, or None when it is only blank."""
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        """Show ``value`` without marking the form as edited."""
        self._loading = True
        try:
            self.edit.setPlainText("" if value is None else str(value))
        finally:
            self._loading = False

    def focus_widget(self) -> QWidget:
        """The text box."""
        return self.edit

    def is_tall(self) -> bool:
        """True: the text takes several lines."""
        return True
