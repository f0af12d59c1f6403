"""The list of mapping reports: title, status and dates; new, start from the last, open, delete.

Every read and write of the list goes through the window's database worker
(on a server each statement is a round trip that would freeze the window):
the buttons that write are off while a write is on its way, the list is read
again after it, and the wizard opens when its report and lists have come.
Without a worker (the list on its own) the work runs at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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
from app.workspace import Workspace
from ui.errors import say_refusal
from ui.mapping.opening import Opening, read_opening
from ui.mapping.wizard import MappingWizard
from ui.page_work import PageWork
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

    wizard_opened = Signal(object)  # the MappingWizard, once its report has come

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker, which takes every read and write."""
        super().__init__(parent)
        self.setObjectName("mapping_reports")
        self.setWindowTitle(self.tr("Mapping reports"))
        self.workspace = workspace
        self.worker = worker
        self.wizard: MappingWizard | None = None
        self.reports: list[ReportSummary] = []
        # The title of a refusal's box, and what follows it, for the action under way.
        self._refusal: tuple[str, bool, Any] = ("", False, None)
        # The list's reads and the writes; a report opened or a question asked on its own,
        # so that a list read again meanwhile does not drop it.
        self.work = PageWork(self, worker, self._say, self._update_buttons)
        self.fetch = PageWork(self, worker, self._say, self._update_buttons)
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
        self.empty_label.setVisible(False)
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
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after a save, a new report or a deletion)."""
        database = self.workspace.database
        self.work.read(lambda: list_reports(database), self._show, self._list_not_read)

    def _list_not_read(self, error: BaseException) -> None:
        # Said under the list's own title, never under an action's, and not followed by
        # what that action does next (a refused read would only be asked for again).
        say_refusal(error, lambda text: QMessageBox.warning(self, self.tr("Mapping reports"), text))

    def is_busy(self) -> bool:
        """True while the list, a report to open or a write is on its way."""
        return self.work.is_reading() or self.work.is_writing() or self.fetch.is_reading()

    def _show(self, reports: list[ReportSummary]) -> None:
        self.reports = reports
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
        self._update_buttons()

    def _selected(self) -> ReportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.reports):
            return None
        return self.reports[rows[0].row()]

    def _update_buttons(self) -> None:
        # While a write or a report to open is on its way, nothing else starts.
        waiting = self.work.is_writing() or self.fetch.is_reading()
        chosen = self._selected()
        self.new_button.setEnabled(not waiting)
        self.follow_button.setEnabled(
            not waiting and any(r.status == "final" for r in self.reports)
        )
        self.open_button.setEnabled(not waiting and chosen is not None)
        self.delete_button.setEnabled(
            not waiting and chosen is not None and chosen.status != "final"
        )

    def _expect(self, title: str, *, information: bool = False, then: Any = None) -> None:
        """A refusal of the action starting now is said in a box titled ``title``."""
        self._refusal = (title, information, then)

    def _say(self, sentence: str) -> None:
        title, information, then = self._refusal
        self._update_buttons()
        if information:
            QMessageBox.information(self, title, sentence)
        else:
            QMessageBox.warning(self, title, sentence)
        if then is not None:
            then()

    def new_report(self) -> None:
        """A new draft from the register, opened in the wizard.

        A large register with no home town asks for it first (else the draft would
        cover every twinning); cancelling the question drafts nothing.
        """
        from app.mapping.home_needed import home_needed

        if self.work.is_writing() or self.fetch.is_reading():
            return
        database = self.workspace.database
        self._expect(self.tr("New mapping"))
        self.fetch.read(lambda: home_needed(database), self._home_known)
        self._update_buttons()

    def _home_known(self, need: Any) -> None:
        from ui.mapping.home_question import HomeTownQuestion

        self._update_buttons()
        if need is not None and HomeTownQuestion(
            self.workspace, need, self, worker=self.worker
        ).exec() != (QDialog.DialogCode.Accepted):
            return
        workspace = self.workspace
        self._expect(self.tr("New mapping"))
        self.work.write(
            lambda: read_opening(workspace, create_report(workspace.database)), self._made
        )

    def follow_up(self) -> None:
        """A new draft continuing the last final report: her texts kept, what changed listed."""
        if self.work.is_writing() or self.fetch.is_reading():
            return
        workspace = self.workspace
        self._expect(self.tr("New mapping"), information=True)
        self.work.write(
            lambda: read_opening(workspace, start_from_last(workspace.database)), self._made
        )

    def _made(self, opening: Opening) -> None:
        self.refresh()
        self._open_wizard(opening)

    def open_selected(self) -> None:
        """Open the chosen report in the wizard."""
        chosen = self._selected()
        if chosen is not None and not self.fetch.is_reading():
            self.open_report(chosen.id)

    def open_report(self, report_id: int) -> None:
        """Open the wizard on one report once it has come (the list follows its saves)."""
        workspace = self.workspace
        self._expect(self.tr("Open"), then=self.refresh)
        self.fetch.read(lambda: read_opening(workspace, report_id), self._opened)
        self._update_buttons()

    def _opened(self, opening: Opening) -> None:
        self._update_buttons()
        if self.isVisible():  # closed meanwhile: she no longer waits for it
            self._open_wizard(opening)

    def _open_wizard(self, opening: Opening) -> MappingWizard:
        if self.wizard is not None:
            self.wizard.close()
        wizard = MappingWizard(
            self.workspace, opening.report, self, opening=opening, worker=self.worker
        )
        wizard.saved.connect(lambda _report: self.refresh())
        wizard.finished.connect(lambda _result: self.refresh())
        self.wizard = wizard
        wizard.show()
        self.wizard_opened.emit(wizard)
        return wizard

    def delete_selected(self) -> None:
        """Delete the chosen draft after asking (a final report stays)."""
        chosen = self._selected()
        if chosen is None or chosen.status == "final" or self.work.is_writing():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft %1? Its texts are lost.").replace("%1", chosen.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, report_id = self.workspace.database, chosen.id
        self._expect(self.tr("Delete draft"))
        self.work.write(
            lambda: delete_report(database, load_report(database, report_id)),
            lambda _result: self.refresh(),
            lambda _error: self.refresh(),
        )
