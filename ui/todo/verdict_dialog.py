"""The council's verdict on a twinning after the term's evaluation: continue or end, and its decision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.vocabulary import label
from ui.sentence_label import sentence_label
from ui.todo.dialogs import decision_choice, error_line, ok_cancel


class VerdictDialog(QDialog):
    """Choose the verdict and the decision it was given in; both are needed."""

    def __init__(
        self,
        twinning: str,
        decisions: dict[int, str],
        current: tuple[str | None, int | None] = (None, None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The council's verdict on %1").replace("%1", twinning))
        layout = QVBoxLayout(self)
        note = sentence_label(
            self.tr(
                "A verdict to end the twinning ends it on the decision's date, once you confirm; "
                "the decision stays linked to it."
            ),
            self,
        )
        layout.addWidget(note)
        form = QFormLayout()
        self.verdict_combo = QComboBox(self)
        self.verdict_combo.setObjectName("verdict")
        for code in ("continue", "end"):
            self.verdict_combo.addItem(label(code), code)
        self.decision_combo = decision_choice(
            self, "verdict_decision", self.tr("(choose the decision)"), decisions
        )
        verdict, chosen = current
        if verdict is not None:
            self.verdict_combo.setCurrentIndex(max(0, self.verdict_combo.findData(verdict)))
        if chosen is not None:
            self.decision_combo.setCurrentIndex(max(0, self.decision_combo.findData(chosen)))
        form.addRow(self.tr("Verdict"), self.verdict_combo)
        form.addRow(self.tr("Decision"), self.decision_combo)
        layout.addLayout(form)
        self.error_label = error_line(self, layout)
        ok_cancel(self, layout, self._check)

    def _check(self) -> None:
        if self.decision_id() is None:
            self.error_label.setText(self.tr("Choose the decision in which the verdict was given."))
            self.error_label.show()
            self.decision_combo.setFocus()
            return
        self.accept()

    def verdict(self) -> str:
        """The verdict chosen."""
        return str(self.verdict_combo.currentData())

    def decision_id(self) -> int | None:
        """The decision behind the verdict, or None."""
        value = self.decision_combo.currentData()
        return int(value) if value is not None else None
