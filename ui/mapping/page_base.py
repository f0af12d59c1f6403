"""What every page of the mapping wizard does: show its section, hand it back, go read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWizardPage,
)

from app.mapping import MappingContent

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


class MappingPage(QWizardPage):
    """A page of the wizard: one section of the survey."""

    def __init__(self, host: MappingHost) -> None:
        super().__init__()
        self.host = host

    def load(self, content: MappingContent) -> None:
        """Show the section of ``content`` in the page's fields."""

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with this page's section as the fields show it now."""
        return content

    def refresh(self) -> None:
        """Show the register's figures again (after the scope or the year changed)."""

    def initializePage(self) -> None:
        """Fill the page from the register when the wizard reaches it."""
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A final report is shown, not edited: every field of the page stops taking input."""
        for box in self.findChildren(QPlainTextEdit):
            box.setReadOnly(read_only)
        for line in self.findChildren(QLineEdit):
            if not isinstance(line.parent(), QAbstractSpinBox | QComboBox):
                line.setReadOnly(read_only)
        for widget in (
            *self.findChildren(QAbstractSpinBox),
            *self.findChildren(QDateEdit),
            *self.findChildren(QComboBox),
        ):
            widget.setEnabled(not read_only)
        for button in self.findChildren(QAbstractButton):
            if button.property("edits") is True:
                button.setEnabled(not read_only)
        for listing in self.findChildren(QListWidget):
            if listing.property("checkable") is True:
                listing.setEnabled(not read_only)
