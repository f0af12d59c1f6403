"""12 Preview and output: what the report holds, then PDF, Excel, print, and marking it final."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.mapping import MappingContent, heading
from ui.mapping.page_base import MappingPage

if TYPE_CHECKING:
    from ui.mapping.wizard import MappingWizard


class OutputPage(MappingPage):
    """The last page: an outline of the report, and the ways out of the program."""

    def __init__(self, host: MappingWizard) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Preview and output"))
        self.setSubTitle(
            self.tr(
                "The report as it stands: what is drafted from the register and what you still "
                "have to write. The PDF has a title page, contents and page numbers."
            )
        )
        self.outline = QListWidget()
        self.outline.setObjectName("outline")
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.xlsx_button = QPushButton(self.tr("Save the tables as &Excel…"))
        self.xlsx_button.setObjectName("save_xlsx")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_report")
        self.print_button.setToolTip(self.tr("Opens the PDF in the system's viewer to print it."))
        self.final_button = QPushButton(self.tr("Mark as &final…"))
        self.final_button.setObjectName("mark_final")
        self.status_label = QLabel()
        self.status_label.setObjectName("output_status")
        self.status_label.setWordWrap(True)
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))
        self.print_button.clicked.connect(self.print_report)
        self.final_button.clicked.connect(self.mark_final)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.final_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.outline, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)

    def refresh(self) -> None:
        content = self.host.collect()
        self.outline.clear()
        for key, state in _states(content):
            self.outline.addItem(f"{heading(key)}: {self._state_text(state)}")
        self._show_final()

    def _state_text(self, state: str) -> str:
        return {
            "written": self.tr("written"),
            "drafted": self.tr("drafted from the register"),
            "missing": self.tr("not written yet (a placeholder is printed)"),
        }[state]

    def _show_final(self) -> None:
        report = self.host.report
        self.final_button.setEnabled(not report.is_final)
        if report.is_final and report.finalised_at is not None:
            self.status_label.setText(
                self.tr(
                    "Final since %1: it prints as it was, with the figures of that day."
                ).replace("%1", report.finalised_at.date().isoformat())
            )

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.final_button.setEnabled(not read_only)

    # ------------------------------------------------------------ output

    def save_as(self, suffix: str) -> None:
        """Ask where, then write the PDF or workbook off the GUI thread."""
        if suffix == ".pdf":
            wanted = self.tr("PDF files (*.pdf)")
        else:
            wanted = self.tr("Excel workbooks (*.xlsx)")
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self.host.report.title)
        suggested = str(Path.home() / f"{safe.strip() or 'kartlaggning'}{suffix}")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping report"), suggested, wanted
        )
        if not target:
            return
        if not target.lower().endswith(suffix):
            target += suffix
        self.host.export(Path(target), on_done=self._written)

    def print_report(self) -> None:
        """Write the PDF to a temporary folder and open it in the viewer, which prints it."""
        folder = Path(tempfile.mkdtemp(prefix="vanort-print-"))
        target = folder / "kartlaggning.pdf"
        self.host.export(target, on_done=self._open_for_print)

    def _written(self, path: Path) -> None:
        self.status_label.setText(self.tr("Written: %1").replace("%1", str(path)))

    def _open_for_print(self, path: Path) -> None:
        from ui.forms.opener import open_file

        self._written(path)
        if not open_file(path):
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("No program could open %1; open it yourself to print it.").replace(
                    "%1", str(path)
                ),
            )

    def mark_final(self) -> None:
        """After a yes, freeze the report with today's figures; it is read-only from then on."""
        answer = QMessageBox.question(
            self,
            self.tr("Mark as final"),
            self.tr(
                "A final report keeps the figures of today and can no longer be changed. A later "
                "mapping can start from it. Mark it as final?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.host.finalise():
            self._show_final()


def _states(content: MappingContent) -> list[tuple[str, str]]:
    """For each section: written by her, drafted from the register, or still missing."""
    c = content
    written = {
        "commission": any(
            v.strip()
            for v in (c.commission.commissioned_by, c.commission.purpose, c.commission.text)
        ),
        "scope": bool(c.scope.method.strip()),
        "history": bool(c.history.text.strip()),
        "outlook": bool(c.outlook.text.strip()),
        "analysis": bool(c.analysis.text.strip()),
        "recommendations": any(
            i.heading.strip() or i.text.strip() for i in c.recommendations.items
        ),
    }
    states: list[tuple[str, str]] = []
    for key in (
        "commission",
        "scope",
        "history",
        "towns",
        "agreements",
        "activities",
        "outlook",
        "analysis",
        "recommendations",
        "sources",
        "appendix",
    ):
        if key in written:
            states.append((key, "written" if written[key] else "missing"))
        else:
            states.append((key, "drafted"))
    return states
