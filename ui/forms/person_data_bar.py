"""On a person's form: the extract of everything held about them (registerutdrag)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.people.extract import write_person_extract
from app.services.errors import ServiceError
from ui.dialogs.busy import wait_cursor
from ui.errors import say_refusal

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


class PersonDataBar(QWidget):
    """Hidden unless a stored person is shown: the extract, and disposal of the person's data."""

    disposed = Signal(str)  # the sentence saying on what grounds the data was disposed of

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.person_id: int | None = None
        self.worker: DatabaseWorker | None = None  # the form's; None reads here and now
        self._disposal_coming = False  # what the dialog shows is on its way
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
        person_id, database, worker = self.person_id, self.workspace.database, self.worker
        if worker is None:
            try:
                with wait_cursor():
                    written = write_person_extract(database, person_id, chosen)
            except (ServiceError, OSError) as error:
                self._extract_failed(error)
                return
            self._extract_written(written)
            return
        # Read on the window's worker (a server's round trips stall nothing); the button
        # waits, so a second click writes no second file meanwhile.
        self.extract_button.setEnabled(False)
        worker.run_read(
            lambda: write_person_extract(database, person_id, chosen),
            self._extract_written,
            self._extract_failed,
            owner=self,
        )

    def _extract_written(self, written: Path) -> None:
        self.extract_button.setEnabled(True)
        QMessageBox.information(
            self,
            self.tr("Extract of personal data"),
            self.tr(
                "The extract is saved as %1. It holds personal data: keep it safe and delete "
                "it once it has been sent."
            ).replace("%1", str(written)),
        )

    def _extract_failed(self, error: BaseException) -> None:
        self.extract_button.setEnabled(True)
        if isinstance(error, (ServiceError, OSError)):
            QMessageBox.warning(self, self.tr("Extract of personal data"), str(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def dispose(self) -> None:
        """Ask for the grounds, show what goes, and dispose; the form is then left empty."""
        from ui.forms.disposal_dialog import read_for_disposal

        person_id = self.person_id
        if person_id is None or self._disposal_coming:
            return  # a second click before the dialog opened opens no second one
        workspace, worker = self.workspace, self.worker
        if worker is None:
            self._ask_disposal(person_id, read_for_disposal(workspace, person_id))
            return
        self._disposal_coming = True
        self.dispose_button.setEnabled(False)

        def came(read: Any) -> None:
            self._disposal_done_reading()
            if self.person_id == person_id:
                self._ask_disposal(person_id, read)

        def failed(error: BaseException) -> None:
            self._disposal_done_reading()
            # Gone meanwhile: one sentence says so.
            say_refusal(
                error,
                lambda text: QMessageBox.warning(self, self.tr("Dispose of personal data"), text),
            )

        worker.run_read(lambda: read_for_disposal(workspace, person_id), came, failed, owner=self)

    def _disposal_done_reading(self) -> None:
        self._disposal_coming = False
        self.dispose_button.setEnabled(True)

    def _ask_disposal(self, person_id: int, read: Any) -> None:
        from ui.forms.disposal_dialog import DisposalDialog

        dialog = DisposalDialog(self.workspace, person_id, self, read=read, worker=self.worker)
        if dialog.exec() == DisposalDialog.DialogCode.Accepted and dialog.done_plan is not None:
            self.person_id = None
            self.setVisible(False)
            self.disposed.emit(dialog.done_plan.grounds)
