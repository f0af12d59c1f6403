"""The dialog of an unexpected error: a short explanation and where the details are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.sentence_label import sentence_label


class ErrorDialog(QDialog):
    """Says that something went wrong, that the program keeps running, and names the log."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.log_path = log_path
        icon = QLabel(self)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.explanation = sentence_label(
            self.tr(
                "Something unexpected went wrong. What you were doing was cancelled and "
                "nothing of it was saved; everything saved before is safe, and you can "
                "keep working."
            ),
            self,
        )
        where = sentence_label(
            self.tr(
                "The details were written to the log file. If it happens again, send "
                "this file to whoever supports Vänort:"
            ),
            self,
        )
        self.path_label = QLabel(str(log_path), self)
        self.path_label.setObjectName("log_path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        open_folder = QPushButton(self.tr("Open the log folder"), self)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(self._open_folder)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(self.explanation)
        text.addWidget(where)
        text.addWidget(self.path_label)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
