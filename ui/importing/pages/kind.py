"""Page 2 of the import wizard: what the rows are (towns, twinnings, organisations …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.importing import importer
from app.importing.fields import IMPORT_KINDS
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.importing.host import ImportHost


class KindPage(QWizardPage):
    """Page 2: what the rows are (towns, twinnings, organisations …)."""

    def __init__(self, wizard: ImportHost) -> None:
        super().__init__()  # the wizard takes the page as its child in setPage
        self._wizard = wizard
        self.setTitle(self.tr("What do the rows hold?"))
        self.setSubTitle(self.tr("Each row of the file becomes one record of this kind."))
        self.kind_list = QListWidget(self)
        self.kind_list.setObjectName("kinds")
        for kind in IMPORT_KINDS.values():
            item = QListWidgetItem(kind.display_name(), self.kind_list)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
        self.hint = sentence_label("", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind_list)
        layout.addWidget(self.hint)
        self.kind_list.currentRowChanged.connect(self._changed)

    def initializePage(self) -> None:
        """Show the kinds, with the one remembered for these headings (or the last) chosen."""
        source = self._wizard.source
        remembered: str | None = None
        context = self._wizard.file_context
        if source is not None and context is not None:
            # Read with the file on the first page: nothing is asked of the register here.
            choice = importer.offered_columns(context.remembered, source)
            if choice.remembered:
                remembered = choice.kind.name
        name = remembered or self._wizard.kind.name
        self.select(name)
        self.hint.setText(
            self.tr("Chosen as last time for a file with the same column headings.")
            if remembered
            else ""
        )

    def select(self, kind_name: str) -> None:
        """Choose the kind called ``kind_name`` ("twinnings")."""
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(Qt.ItemDataRole.UserRole) == kind_name:
                self.kind_list.setCurrentRow(row)
                return

    def _changed(self, row: int) -> None:
        if row >= 0:
            self._wizard.kind = IMPORT_KINDS[
                self.kind_list.item(row).data(Qt.ItemDataRole.UserRole)
            ]
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Whether a kind is chosen."""
        return self.kind_list.currentRow() >= 0
