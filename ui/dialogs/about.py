"""Help ▸ About: the version, the open database and where the program keeps its files."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import app
from app import paths
from app.workspace import Workspace
from ui.sentence_label import sentence_label


class AboutDialog(QDialog):
    """Help ▸ About: the program's version and what it is for."""

    def __init__(self, workspace: Workspace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Vänort"))
        title = QLabel(f"<b>Vänort</b> {app.__version__}", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        blurb = sentence_label(
            self.tr(
                "The register of the municipality's twin towns, agreements, trips and decisions."
            ),
            self,
        )
        form = QFormLayout()
        self.version_label = self._value(app.__version__)
        form.addRow(self.tr("Version"), self.version_label)
        if workspace is not None:
            where = str(workspace.path) if workspace.path else workspace.display_name
        else:
            where = self.tr("none open")
        self.database_label = self._value(where)
        form.addRow(self.tr("Database"), self.database_label)
        self.data_label = self._value(str(paths.data_dir()))
        form.addRow(self.tr("Data folder"), self.data_label)
        self.log_label = self._value(str(paths.log_file()))
        form.addRow(self.tr("Log file"), self.log_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        open_folder = QPushButton(self.tr("Open the data folder"), self)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
        )
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label
