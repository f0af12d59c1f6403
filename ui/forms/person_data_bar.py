"""On a person's form: the extract of everything held about them (registerutdrag)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.people.extract import write_person_extract
from app.services.errors import ServiceError
from ui.dialogs.busy import wait_cursor


class PersonDataBar(QWidget):
    """Hidden unless a stored person is shown: the extract, and disposal of the person's data."""

    disposed = Signal(str)  # the sentence saying on what grounds the data was disposed of

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id: int | None = None
        self.extract_button = QPushButton(self.tr("Extract of personal data…"), self)
        self.extract_button.setToolTip(
            self.tr("Everything the register holds about this person, as PDF, Excel or Word")
        )
        self.extract_button.clicked.connect(self.write_extract)
        self.dispose_button = QPushButton(self.tr("Dispose of…"), self)
        self.dispose_button.setToolTip(
            self.tr("Dispose of the person's data by decision or by its date (gallring)")
        )
        self.dispose_button.clicked.connect(self.dispose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.extract_button)
        layout.addWidget(self.dispose_button)
        self.setVisible(False)

    def show_for(self, kind: str, record_id: int | None) -> None:
        """Show the bar for a stored person; hide it for anything else."""
        self.person_id = record_id if kind == "person" else None
        self.setVisible(self.person_id is not None)

    def write_extract(self) -> None:
        """Ask where, write the extract, and say that it holds personal data."""
        if self.person_id is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the extract of personal data"),
            "registerutdrag.pdf",
            self.tr("PDF (*.pdf);;Excel (*.xlsx);;Word (*.docx)"),
        )
        if not chosen:
            return
        try:
            with wait_cursor():
                written = write_person_extract(self.workspace.database, self.person_id, chosen)
        except (ServiceError, OSError) as error:
            QMessageBox.warning(self, self.tr("Extract of personal data"), str(error))
            return
        QMessageBox.information(
            self,
            self.tr("Extract of personal data"),
            self.tr(
                "The extract is saved as %1. It holds personal data: keep it safe and delete "
                "it once it has been sent."
            ).replace("%1", str(written)),
        )

    def dispose(self) -> None:
        """Ask for the grounds, show what goes, and dispose; the form is then left empty."""
        from ui.forms.disposal_dialog import DisposalDialog

        if self.person_id is None:
            return
        dialog = DisposalDialog(self.workspace, self.person_id, self)
        if dialog.exec() == DisposalDialog.DialogCode.Accepted and dialog.done_plan is not None:
            self.person_id = None
            self.setVisible(False)
            self.disposed.emit(dialog.done_plan.grounds)
