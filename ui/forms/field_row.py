"""A field of the record form: its label, its editor and the error line under it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from app.services.errors import FieldError
from app.services.fields import FieldSpec
from ui.forms.widgets import FieldEditor

ERROR_STYLE = "color: #b00020;"
BANNER_STYLE = (
    "QLabel { background: #fdecea; color: #7a1010; border: 1px solid #e6a4a4;"
    " border-radius: 3px; padding: 6px; }"
)


class FieldRow:
    """A field's label, editor and the error line under it (a field_grid.PlacedRow)."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor, parent: QWidget) -> None:
        self.spec = spec
        self.editor = editor
        text = spec.display_label() + (" *" if spec.required else "")
        self.label = QLabel("" if editor.spans_label() else text, parent)
        self.label.setBuddy(editor.focus_widget())
        if spec.required:
            self.label.setToolTip(QCoreApplication.translate("RecordForm", "Required"))
        self.error = QLabel(parent)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setObjectName(f"error_{spec.name}")

    def show_error(self, message: str | None) -> None:
        """Show ``message`` under the field, or hide the line when it is empty."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    @property
    def editor_widget(self) -> QWidget:
        """The editor as the grid places it."""
        return self.editor

    def tall(self) -> bool:
        """True for an editor taller than one line (a long text)."""
        return self.editor.is_tall()

    def fit_narrow(self, narrow: bool) -> None:
        """Let the editor take a narrow form's whole width."""
        self.editor.fit_narrow(narrow)


def place_errors(
    rows: Mapping[str, FieldRow], errors: Sequence[FieldError]
) -> tuple[list[str], FieldRow | None]:
    """Show each error under its field; the others (no such field) and the first field marked."""
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for error in errors:
        if error.field in rows:
            by_field.setdefault(error.field, []).append(error.message)
        else:
            general.append(error.message)
    for name, messages in by_field.items():
        rows[name].show_error("\n".join(messages))
    first = next((row for row in rows.values() if row.spec.name in by_field), None)
    return general, first


def reveal(area: QScrollArea, details: QWidget, editor: QWidget) -> None:
    """Scroll ``editor``'s line of ``details`` into view, from the left so its label shows too.

    ensureWidgetVisible would scroll sideways to a wide editor and hide the labels.
    """
    top = editor.mapTo(details, editor.rect().topLeft()).y()
    area.ensureVisible(0, top + editor.height() // 2, 0, editor.height())
