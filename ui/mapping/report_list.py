"""The list of mapping reports: title, status and dates; new, start from the last, open, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import vocabulary
from app.mapping import (
    ReportSummary,
    create_report,
    delete_report,
    list_reports,
    load_report,
    start_from_last,
)
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui.mapping.wizard import MappingWizard
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


def _local(moment: object) -> str:
    from datetime import UTC, datetime

    if not isinstance(moment, datetime):
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class MappingReportsDialog(QDialog):
    """Every saved mapping report; the wizard opens on the one she picks."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker (the home town is marked there)."""
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("mapping_reports")
        self.setWindowTitle(self.tr("Mapping reports"))
        self.workspace = workspace
        self.wizard: MappingWizard | None = None
        self.reports: list[ReportSummary] = []
        self.table = QTableWidget()
        self.table.setObjectName("reports_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = sentence_label(
            self.tr(
                "No mapping report yet. A new one is drafted from the register: the history, the "
                "table of the twin towns, agreements and activities; you write the rest."
            )
        )
        self.new_button = QPushButton(self.tr("&New mapping"))
        self.new_button.setObjectName("new_mapping")
        self.follow_button = QPushButton(self.tr("&Start from the last final report"))
        self.follow_button.setObjectName("start_from_last")
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open_mapping")
        self.delete_button = QPushButton(self.tr("&Delete draft"))
        self.delete_button.setObjectName("delete_mapping")
        self.close_button = QPushButton(self.tr("Close"))
        self.new_button.clicked.connect(self.new_report)
        self.follow_button.clicked.connect(self.follow_up)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.follow_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(760, 380)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after a save, a new report or a deletion)."""
        self.reports = list_reports(self.workspace.database)
        headers = [
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Created"),
            self.tr("Changed"),
            self.tr("Final since"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            values = [
                report.title,
                vocabulary.label(report.status),
                _local(report.created_at),
                _local(report.updated_at),
                _local(report.finalised_at),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, report.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.reports:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self.reports)
        self.follow_button.setEnabled(any(r.status == "final" for r in self.reports))
        self._update_buttons()

    def _selected(self) -> ReportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.reports[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.open_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None and chosen.status != "final")

    def new_report(self) -> None:
        """A new draft from the register, opened in the wizard.

        A large register with no home town asks for it first (else the draft would
        cover every twinning); cancelling the question drafts nothing.
        """
        from app.mapping.home_needed import home_needed
        from ui.mapping.home_question import HomeTownQuestion

        need = home_needed(self.workspace.database)
        if need is not None and HomeTownQuestion(
            self.workspace, need, self, worker=self.worker
        ).exec() != (QDialog.DialogCode.Accepted):
            return
        try:
            report = create_report(self.workspace.database)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("New mapping"), str(error))
            return
        self.refresh()
        self.open_report(report.id)

    def follow_up(self) -> None:
        """A new draft continuing the last final report: her texts kept, what changed listed."""
        try:
            report = start_from_last(self.workspace.database)
        except ServiceError as error:
            QMessageBox.information(self, self.tr("New mapping"), str(error))
            return
        self.refresh()
        self.open_report(report.id)

    def open_selected(self) -> None:
        """Open the chosen report in the wizard."""
        chosen = self._selected()
        if chosen is not None:
            self.open_report(chosen.id)

    def open_report(self, report_id: int) -> MappingWizard | None:
        """Open the wizard on one report (the list follows its saves)."""
        try:
            report = load_report(self.workspace.database, report_id)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Open"), str(error))
            self.refresh()
            return None
        if self.wizard is not None:
            self.wizard.close()
        wizard = MappingWizard(self.workspace, report, self)
        wizard.saved.connect(lambda _report: self.refresh())
        wizard.finished.connect(lambda _result: self.refresh())
        self.wizard = wizard
        wizard.show()
        return wizard

    def delete_selected(self) -> None:
        """Delete the chosen draft after asking (a final report stays)."""
        chosen = self._selected()
        if chosen is None or chosen.status == "final":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft %1? Its texts are lost.").replace("%1", chosen.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_report(self.workspace.database, load_report(self.workspace.database, chosen.id))
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Delete draft"), str(error))
        self.refresh()
