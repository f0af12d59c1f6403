"""What every page of the mapping wizard does: show its section, hand it back, go read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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

    needs_figures = False
    """True on the pages that show the register's figures: entering them waits for the figures,
    read on the window's database worker, and says so meanwhile."""

    def __init__(self, host: MappingHost) -> None:
        super().__init__()
        self.host = host
        self._subtitle: str | None = None  # the page's own subtitle while it says it is reading

    def load(self, content: MappingContent) -> None:
        """Show the section of ``content`` in the page's fields."""

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with this page's section as the fields show it now."""
        return content

    def refresh(self) -> None:
        """Show the register's figures again (after the scope or the year changed)."""

    def initializePage(self) -> None:
        """Fill the page from the register when the wizard reaches it."""
        if self.needs_figures:
            self.when_figures(self.refresh)
        else:
            self.refresh()

    def when_figures(self, show: Callable[[], None]) -> None:
        """Call ``show`` once the figures for the content as it stands are at hand.

        They are read on the worker (a server's round trips would freeze the window);
        meanwhile the page says it is reading the register.
        """
        if self.host.figures_ready():
            self._say_reading(False)
            show()
            return
        self._say_reading(True)
        self.host.when_figures(lambda: self.when_figures(show))

    def stop_waiting(self) -> None:
        """The figures will not come (the read was refused): the page stops saying it reads."""
        self._say_reading(False)

    def is_reading(self) -> bool:
        """True while the page waits for the register's figures."""
        return self._subtitle is not None

    def _say_reading(self, reading: bool) -> None:
        if reading and self._subtitle is None:
            self._subtitle = self.subTitle()
            # Named context: tr() on a subclass would look under the subclass's name.
            self.setSubTitle(QCoreApplication.translate("MappingPage", "Reading the register…"))
        elif not reading and self._subtitle is not None:
            self.setSubTitle(self._subtitle)
            self._subtitle = None

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
