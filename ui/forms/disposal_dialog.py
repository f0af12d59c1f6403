"""Disposal (gallring) of a person's data from their form: grounds, what goes, then done."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.people.disposal import DisposalPlan, dispose, plan_disposal
from app.services.errors import ServiceError
from ui.errors import say_refusal

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker


@dataclass(frozen=True)
class DisposalRead:
    """What the dialog shows when it opens: the decisions, and what goes with and without
    the free text (so ticking the box asks the register nothing)."""

    decisions: list[tuple[int, str]]
    plan: DisposalPlan
    plan_with_free_text: DisposalPlan


def read_for_disposal(workspace: Any, person_id: int) -> DisposalRead:
    """Everything the dialog reads before it shows, in one piece of work for the worker."""
    decisions = sorted(workspace.labels("decision").items(), reverse=True)
    with_free_text = plan_disposal(workspace.database, person_id, free_text=True)
    # Without the free text the plan is the same but for its mentions in free text: read
    # once (the change log's rows can be many), not twice.
    without = dataclasses.replace(with_free_text, free_text=[])
    return DisposalRead(decisions, without, with_free_text)


class DisposalDialog(QDialog):
    """Asks by which decision (or by the person's own date), lists what goes, and disposes."""

    def __init__(
        self,
        workspace: Any,
        person_id: int,
        parent: QWidget | None = None,
        *,
        read: DisposalRead | None = None,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``read``: what the window's worker read for the dialog (read here without it);
        ``worker``: the window's, which disposes (here and now without it)."""
        super().__init__(parent)
        self.setObjectName("disposal_dialog")
        self.workspace = workspace
        self.person_id = person_id
        self.worker = worker
        self._disposing = False  # the disposal is on its way to the register
        self._read = read if read is not None else read_for_disposal(workspace, person_id)
        self.done_plan: DisposalPlan | None = None
        self.setWindowTitle(self.tr("Dispose of personal data"))
        self.by_decision = QRadioButton(self.tr("By &decision:"), self)
        self.decision = QComboBox(self)
        for decision_id, label in self._read.decisions:
            self.decision.addItem(label, decision_id)
        self.by_rule = QRadioButton(self.tr("By the person's own &date for disposal"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_decision)
        group.addButton(self.by_rule)
        self.by_decision.setChecked(self.decision.count() > 0)
        self.by_rule.setChecked(self.decision.count() == 0)
        self.free_text = QCheckBox(
            self.tr("Also take the name out of other records' &free text"), self
        )
        self.plan_label = QLabel(self)
        self.plan_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Dispose"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            self.by_decision, self.decision, self.by_rule, self.free_text,
            self.plan_label, self.error_label, buttons,
        ):  # fmt: skip
            layout.addWidget(widget)
        self.free_text.toggled.connect(self._show_plan)
        self._show_plan()

    def _show_plan(self) -> None:
        read = self._read
        plan = read.plan_with_free_text if self.free_text.isChecked() else read.plan
        lines = [
            self.tr("Disposing of %1 removes:").replace("%1", plan.name),
            self.tr("links from other records: %1").replace("%1", str(len(plan.links))),
            self.tr("change-log entries made anonymous: %1").replace("%1", str(plan.log_entries)),
            self.tr("attached files: %1").replace("%1", str(len(plan.files))),
        ]
        if self.free_text.isChecked():
            lines.insert(
                2, self.tr("mentions in free text: %1").replace("%1", str(len(plan.free_text)))
            )
        self.plan_label.setText("\n".join(lines))

    def is_disposing(self) -> bool:
        """True while the disposal is on its way to the register (the buttons wait for it)."""
        return self._disposing

    def accept(self) -> None:
        """Dispose; a refusal (the date not come, no decision) is said and the dialog stays.

        With the window's worker the disposal runs there: OK and Cancel wait until it
        is back, so a second OK disposes nothing twice and Cancel cannot hide a done one.
        """
        if self._disposing:
            return
        decision_id = self.decision.currentData() if self.by_decision.isChecked() else None
        database, person_id = self.workspace.database, self.person_id
        free_text = self.free_text.isChecked()

        def work() -> DisposalPlan:
            return dispose(database, person_id, decision_id=decision_id, free_text=free_text)

        worker = self.worker
        if worker is None:
            try:
                plan = work()
            except ServiceError as error:
                self.error_label.setText(str(error))
                return
            self._disposed(plan)
            return
        self._set_disposing(True)
        self.error_label.clear()
        worker.run_write(work, self._disposed, self._refused, owner=self)

    def reject(self) -> None:
        """Cancel, unless the disposal is on its way (it is carried out all the same)."""
        if not self._disposing:
            super().reject()

    def _set_disposing(self, disposing: bool) -> None:
        self._disposing = disposing
        for widget in (self.ok_button, self.cancel_button, self.by_decision, self.decision,
                       self.by_rule, self.free_text):  # fmt: skip
            widget.setEnabled(not disposing)

    def _disposed(self, plan: DisposalPlan) -> None:
        self._set_disposing(False)
        self.done_plan = plan
        super().accept()

    def _refused(self, error: BaseException) -> None:
        """The disposal came back refused: its sentence, and her choices left as they were."""
        self._set_disposing(False)
        say_refusal(error, self.error_label.setText)
