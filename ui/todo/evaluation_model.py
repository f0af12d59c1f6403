"""The evaluation sheet as a table: one twinning a row, the reasons behind each cell as tooltips."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from app.derived.status_wording import status_line
from app.vocabulary import label
from app.workflow.terms import EvaluationRow, evidence_summary, suggestion_text

Index = QModelIndex | QPersistentModelIndex
(
    TWINNING,
    MUNICIPAL,
    CIVIL,
    CONTACTS,
    EVIDENCE,
    FLAG,
    RECOMMENDATION,
    VERDICT,
) = range(8)


class EvaluationTableModel(QAbstractTableModel):
    """The rows of an evaluation sheet, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[EvaluationRow] = []
        self._headers = [
            self.tr("Twinning"),
            self.tr("Municipal level"),
            self.tr("Civil level"),
            self.tr("Contacts"),
            self.tr("Evidence"),
            self.tr("The program suggests"),
            self.tr("Recommendation"),
            self.tr("Council's verdict"),
        ]

    def set_rows(self, rows: list[EvaluationRow]) -> None:
        """Show ``rows``, one twinning each."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many twinnings are shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of columns."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column headings."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, with the reasons behind it as tooltips."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == EVIDENCE:
            return evidence_summary(row.evidence)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MUNICIPAL, CIVIL):
            return status_line(row.status).ground
        if role == Qt.ItemDataRole.ToolTipRole and column == FLAG:
            return suggestion_text(row)
        if role == Qt.ItemDataRole.FontRole and column == FLAG and row.flagged:
            font = QFont()
            font.setItalic(True)  # a suggestion, not a judgement
            return font
        return None

    def whole(self, row_number: int) -> str:
        """The row's grounds in full, a sentence a line: the status's, the evidence, the suggestion.

        The page shows them below the table for the row chosen, where the cut cells
        and the tooltips would hide them from the keyboard.
        """
        if not 0 <= row_number < len(self.rows):
            return ""
        row = self.rows[row_number]
        lines = [
            self.tr("%1: %2")
            .replace("%1", row.twinning)
            .replace("%2", status_line(row.status).ground),
            self.tr("Evidence: %1").replace("%1", evidence_summary(row.evidence)),
        ]
        suggestion = suggestion_text(row)
        if suggestion:
            lines.append(suggestion)
        return "\n".join(lines)

    def _text(self, row: EvaluationRow, column: int) -> str:
        if column == TWINNING:
            return row.twinning
        if column == MUNICIPAL:
            line = status_line(row.status)
            if line.municipal_computed is not None:
                return (
                    self.tr("%1 (computed: %2)")
                    .replace("%1", label(line.municipal))
                    .replace("%2", label(line.municipal_computed))
                )
            return label(line.municipal)
        if column == CIVIL:
            return label(row.status.civil)
        if column == CONTACTS:
            return str(row.contacts)
        if column == EVIDENCE:
            return evidence_summary(row.evidence)
        if column == FLAG:
            return self.tr("end") if row.flagged else ""
        if column == RECOMMENDATION:
            if row.recommendation:
                return label(row.recommendation)
            return self.tr("evaluation begun") if row.evaluation is not None else ""
        if column == VERDICT:
            return label(row.verdict) if row.verdict else ""
        return ""
