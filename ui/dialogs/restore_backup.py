"""File ▸ Restore from a backup: the backups with their dates and reasons, and a confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.formatting import format_date
from app.workspace_files import Backup
from ui.sentence_label import sentence_label


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first; ``chosen()`` is the one confirmed."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._backups = backups
        self._confirmed: Backup | None = None
        intro = sentence_label(
            self.tr(
                "Choose the backup to go back to. Everything saved after it is replaced; "
                "the database as it is now is backed up first, so this can be undone here too."
            ),
            self,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        for backup in backups:
            item = QListWidgetItem(f"{format_date(backup.taken_at)}  –  {backup.reason_text()}")
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore())
        self.empty = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._backups):
            return
        backup = self._backups[row]
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the database with the backup of %1? Changes saved after it will "
                "be replaced."
            ).replace("%1", format_date(backup.taken_at)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._confirmed = backup
            self.accept()

    def chosen(self) -> Backup | None:
        """The backup the user confirmed, or None."""
        return self._confirmed
