"""The evaluation of every twinning in force during a term of office, with the evidence beside it.

For the chosen term the table shows each twinning's status at the municipal
level (the coordinator's judgement first, the computed one beside it only where
it differs) and at the civil level, the recorded contact in the term, the
program's one suggestion (ending a twinning silent all term), her
recommendation and the council's verdict. Double-clicking a row opens its
evaluation, created on first use; "Council's verdict…" records the verdict and,
once confirmed, ends the twinning a decision ends.

Reads and writes go to the window's database worker: while a write is on its
way the buttons that would start another are off, and the sheet is read
again once it is back. A refused write says why in one sentence and keeps
what was chosen or typed for the next try.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.derived.status_wording import rule_sentence
from app.services.errors import ServiceError, ValidationError
from app.workflow.terms import (
    EvaluationRow,
    end_twinning,
    evaluation_sheet,
    nothing_recorded,
    record_verdict,
    silent_register_text,
    start_evaluation,
    term_period,
)
from ui.page_work import PageWork
from ui.pages import RegisterPage
from ui.sentence_label import sentence_label, whole_line_label
from ui.todo.dialogs import EndTwinningDialog
from ui.todo.evaluation_model import (
    CIVIL,
    CONTACTS,
    EVIDENCE,
    FLAG,
    MUNICIPAL,
    RECOMMENDATION,
    TWINNING,
    VERDICT,
    EvaluationTableModel,
)
from ui.todo.verdict_dialog import VerdictDialog

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker

# The sheet's columns, named here too for whoever looks at the page's table.
__all__ = [
    "CIVIL",
    "CONTACTS",
    "EVIDENCE",
    "FLAG",
    "MUNICIPAL",
    "RECOMMENDATION",
    "TWINNING",
    "VERDICT",
    "EvaluationTableModel",
    "TermEvaluationView",
]


class TermEvaluationView(RegisterPage):
    """Choose a term; see and evaluate every twinning in it."""

    open_record = Signal(str, int)  # "evaluation" or "twinning", id
    records_changed = Signal(str)  # an evaluation was created, a twinning ended

    PAGE_NAME = "term_evaluation_view"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker, which reads and writes (None: here)."""
        # Reads and writes on the worker; a write's going out and coming back sets the buttons.
        self._work = PageWork(self, worker, self._warn, lambda: self._update_buttons())
        # The decisions a verdict or an end may rest on, read with the sheet: the dialogs
        # open at once, asking the register nothing.
        self._decisions: dict[int, str] = {}
        # What was answered for a write the register refused, by twinning: asked again with it.
        self._end_drafts: dict[int, tuple[date, str, int | None]] = {}
        self._verdict_drafts: dict[int, tuple[str, int]] = {}
        super().__init__(workspace, parent, today=today)

    def build(self) -> None:
        """Lay out the page and read it for the first time."""
        # Replaceable in tests: the dialog that asks how a twinning ends.
        self.ask_end: Callable[[EvaluationRow], tuple[date, str, int | None] | None] = self._ask_end

        self.term_combo = QComboBox(self)
        self.term_combo.setObjectName("term")
        # The terms come from the worker after the first paint: the width follows them.
        self.term_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.term_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.summary = QLabel(self)
        self.summary.setObjectName("evaluation_summary")
        # The rule and period the statuses rest on, and why nothing is suggested when so.
        self.rule = sentence_label("", self, name="evaluation_rule")
        self.model = EvaluationTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("evaluation_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(EVIDENCE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.evaluate_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(
            lambda _new, _old: self._update_buttons()
        )
        # The chosen twinning's grounds in full: the table's cells cut them.
        self.detail = whole_line_label(self, "evaluation_detail")

        self.evaluate_button = QPushButton(self.tr("Evaluate…"), self)
        self.evaluate_button.setObjectName("evaluate")
        self.evaluate_button.clicked.connect(lambda: self.evaluate_row(self.current_row()))
        self.open_button = QPushButton(self.tr("Open twinning"), self)
        self.open_button.setObjectName("open_twinning")
        self.open_button.clicked.connect(self._open_twinning)
        self.end_button = QPushButton(self.tr("End twinning…"), self)
        self.end_button.setObjectName("end_twinning")
        self.end_button.clicked.connect(self.end_current)
        self.verdict_button = QPushButton(self.tr("Council's verdict…"), self)
        self.verdict_button.setObjectName("verdict")
        self.verdict_button.clicked.connect(self.verdict_current)
        # Replaceable in tests: the dialog asking for the verdict, and the confirmation of an end.
        self.ask_verdict: Callable[[EvaluationRow], tuple[str, int] | None] = self._ask_verdict
        self.confirm_end: Callable[[EvaluationRow], bool] = self._confirm_end

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Term of office"), self))
        top.addWidget(self.term_combo)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons_in_order = (
            self.evaluate_button,
            self.verdict_button,
            self.open_button,
            self.end_button,
        )
        for button in buttons_in_order:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.reload_terms()

    # ------------------------------------------------------------ reading

    def _read(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run ``work`` on the worker (here without one) and ``show`` its answer if still wanted."""
        self._work.read(work, show)

    def is_reading(self) -> bool:
        """True while a read of the page is on its way from the worker."""
        return self._work.is_reading()

    def is_filled(self) -> bool:
        """True once the sheet asked for last is shown (the screenshots wait for it)."""
        return not self._work.is_reading()

    def reload_terms(self) -> None:
        """Fill the term chooser, newest first; the running term is chosen."""
        workspace = self.workspace
        self._read(lambda: workspace.get_many("term"), self._show_terms)

    def _show_terms(self, stored: list[Any]) -> None:
        chosen = self.term_id()
        today = self.today()
        terms = sorted(stored, key=lambda t: t.start_year or 0, reverse=True)
        self.term_combo.blockSignals(True)
        self.term_combo.clear()
        for term in terms:
            self.term_combo.addItem(f"{term.start_year}–{term.end_year}", term.id)
        if chosen is None:
            running = next(
                (
                    t.id
                    for t in terms
                    if t.start_date and t.end_date and t.start_date <= today <= t.end_date
                ),
                None,
            )
            chosen = running if running is not None else (terms[0].id if terms else None)
        if chosen is not None:
            self.term_combo.setCurrentIndex(max(0, self.term_combo.findData(chosen)))
        self.term_combo.blockSignals(False)
        self.refresh()

    def term_id(self) -> int | None:
        """The id of the chosen term of office, or None."""
        value = self.term_combo.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Read the evaluations of the chosen term again."""
        term = self.term_id()
        if term is None:
            self._work.drop_answers()  # an answer for a term no longer there
            self.model.set_rows([])
            self.summary.setText(self.tr("Add a term of office to evaluate the twinnings in it."))
            self.rule.clear()
            self._update_buttons()
            return
        workspace, today = self.workspace, self.today()

        def read() -> tuple[Any, Any, Any, dict[int, str]]:
            return (
                evaluation_sheet(workspace.database, term, today),
                workspace.get("term", term),
                workspace.settings().rules,
                dict(workspace.labels("decision")),
            )

        self._read(read, self._show_sheet)

    def _show_sheet(self, answer: tuple[Any, Any, Any, dict[int, str]]) -> None:
        rows, found, rules, self._decisions = answer
        rule = rule_sentence(rules, term_period(found, self.today()))
        if nothing_recorded(rows):
            rule += " " + silent_register_text()
        self.rule.setText(rule)
        row = self.current_row()
        chosen = self.model.rows[row].twinning_id if 0 <= row < len(self.model.rows) else None
        self.model.set_rows(rows)
        # The twinning she chose stays chosen when the sheet is read again (after a write).
        again = next((i for i, new in enumerate(rows) if new.twinning_id == chosen), None)
        if again is not None:
            self.table.selectRow(again)
        self.table.resizeColumnsToContents()
        evaluated = sum(1 for row in rows if row.evaluation is not None)
        flagged = sum(1 for row in rows if row.flagged)
        self.summary.setText(
            self.tr("%1 of %2 evaluated; ending suggested for %3")
            .replace("%1", str(evaluated))
            .replace("%2", str(len(rows)))
            .replace("%3", str(flagged))
        )
        self._update_buttons()

    def select_first(self) -> bool:
        """Choose the first twinning of the term (the main window's page interface)."""
        if self.model.rowCount() == 0:
            return False
        self.table.selectRow(0)
        return True

    def current_row(self) -> int:
        """The row chosen, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # ------------------------------------------------------------ actions

    def evaluate_row(self, row: int) -> None:
        """Open the evaluation of the row's twinning, creating it on first use."""
        term = self.term_id()
        if self._work.is_writing() or term is None or not 0 <= row < len(self.model.rows):
            return
        entry = self.model.rows[row]
        created = entry.evaluation is None
        database = self.workspace.database

        def started(evaluation: Any) -> None:
            if created:
                self.records_changed.emit("evaluation")
                self.refresh()
            if evaluation.id is not None:
                self.open_record.emit("evaluation", evaluation.id)

        self._write(lambda: start_evaluation(database, term, entry.twinning_id), started)

    def _open_twinning(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.model.rows):
            self.open_record.emit("twinning", self.model.rows[row].twinning_id)

    def end_current(self) -> None:
        """End the twinning of the chosen row, after asking the date, reason and decision."""
        row = self.current_row()
        if self._work.is_writing() or not 0 <= row < len(self.model.rows):
            return
        self._end(self.model.rows[row])

    def _end(self, entry: EvaluationRow, problem: str | None = None) -> None:
        """Ask how ``entry`` ends (``problem``: why the last answer was refused) and end it."""
        answer = self.ask_end(entry) if problem is None else self._ask_end(entry, problem)
        if answer is None:
            return
        twinning_id = entry.twinning_id
        end_date, reason, decision_id = answer
        database = self.workspace.database

        def ended(_twinning: Any) -> None:
            self._end_drafts.pop(twinning_id, None)
            self.records_changed.emit("twinning")
            self.refresh()

        def refused(error: ServiceError) -> None:
            # What she typed is asked again with the reason it was refused, to be corrected;
            # a twinning changed or deleted meanwhile shows in the sheet read again.
            self._end_drafts[twinning_id] = answer
            if isinstance(error, ValidationError):
                # Once the worker's answer is handled: the dialog waits for her, not the worker.
                QTimer.singleShot(0, self, lambda: self._end(entry, str(error)))

        self._write(
            lambda: end_twinning(database, twinning_id, end_date, reason, decision_id),
            ended,
            refused,
        )

    def verdict_current(self) -> None:
        """Record the council's verdict on the chosen twinning; an end is confirmed first."""
        row, term = self.current_row(), self.term_id()
        if self._work.is_writing() or term is None or not 0 <= row < len(self.model.rows):
            return
        entry = self.model.rows[row]
        answer = self.ask_verdict(entry)
        if answer is None:
            return
        verdict, decision_id = answer
        confirmed = verdict == "end" and entry.stored_status != "ended" and self.confirm_end(entry)
        twinning_id = entry.twinning_id
        database = self.workspace.database

        def recorded(_evaluation: Any) -> None:
            self._verdict_drafts.pop(twinning_id, None)
            self.records_changed.emit("evaluation")
            if confirmed:
                self.records_changed.emit("twinning")
            self.refresh()

        def refused(_error: ServiceError) -> None:
            self._verdict_drafts[twinning_id] = answer

        self._write(
            lambda: record_verdict(
                database, term, twinning_id, verdict, decision_id, end_confirmed=confirmed
            ),
            recorded,
            refused,
        )

    def _write(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        refused: Callable[[ServiceError], None] | None = None,
    ) -> None:
        """Run the write ``work`` on the worker (here without one); ``done`` gets what it wrote.

        A refusal is said in one sentence and the sheet is read again (a colleague
        may have changed what was refused); ``refused`` keeps what was answered.
        """

        def failed(error: ServiceError) -> None:
            self.refresh()
            if refused is not None:
                refused(error)

        self._work.write(work, done, failed)

    def is_writing(self) -> bool:
        """True while a write of the page is on its way to the register."""
        return self._work.is_writing()

    def _ask_verdict(self, entry: EvaluationRow) -> tuple[str, int] | None:
        current: tuple[str | None, int | None] = self._verdict_drafts.get(
            entry.twinning_id,
            (entry.verdict, entry.evaluation.decision_id if entry.evaluation else None),
        )
        dialog = VerdictDialog(entry.twinning, self._decisions, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        decision_id = dialog.decision_id()
        return (dialog.verdict(), decision_id) if decision_id is not None else None

    def _confirm_end(self, entry: EvaluationRow) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("End the twinning"),
            self.tr(
                "The council decided to end %1. End it now, on the decision's date? Its history "
                "and the decision stay linked to it."
            ).replace("%1", entry.twinning),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_end(
        self, entry: EvaluationRow, problem: str | None = None
    ) -> tuple[date, str, int | None] | None:
        dialog = EndTwinningDialog(
            entry.twinning,
            self._decisions,
            self.today(),
            self,
            draft=self._end_drafts.get(entry.twinning_id),
        )
        if problem is not None:
            dialog.show_error(problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.end_date(), dialog.reason(), dialog.decision_id()

    def _update_buttons(self) -> None:
        row = self.current_row()
        chosen = 0 <= row < len(self.model.rows)
        # One write at a time: a second Enter or click while one is on its way starts nothing.
        writable = chosen and not self._work.is_writing()
        self.evaluate_button.setEnabled(writable)
        self.verdict_button.setEnabled(writable)
        self.open_button.setEnabled(chosen)
        ended = chosen and self.model.rows[row].stored_status == "ended"
        self.end_button.setEnabled(writable and not ended)
        self.detail.setText(self.model.whole(row))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Term evaluation"), text)
