"""The last page: the report's real pages, what is still missing, and the ways out.

The preview is the PDF itself: written off the GUI thread and drawn page by
page (pypdfium2), so she sees exactly what will be printed, "UTKAST" and all.
Beside it stands the list of what must still be written before the report may
be marked final; Print goes through Qt's print dialog.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.mapping import Missing, missing_before_final, report_document, write_document
from app.reports.document import Cancelled
from app.reports.page_images import PageImage, page_images
from ui.mapping.page_base import MappingPage
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost

PREVIEW_DPI = 60
"""Enough to read the headings and see the layout; a 20-page report draws in about a second."""


class OutputPage(MappingPage):
    """The last page: the pages as they print, what is missing, save, print, mark final."""

    preview_ready = Signal()

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Preview and output"))
        self.setSubTitle(
            self.tr(
                "The report's pages as they will be printed. A draft says UTKAST across each "
                "page; it can be marked final once nothing is missing."
            )
        )
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QScrollArea()
        self.preview.setObjectName("preview")
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(self.pages_widget)
        # A whole page's width in view (A4 at the preview's resolution, and the scroll bar).
        page_width = round(210 / 25.4 * PREVIEW_DPI)
        self.preview.setMinimumWidth(page_width + 40)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("preview_status")
        self.missing_label = sentence_label(name="missing_label")
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing_list")
        self.missing_list.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setObjectName("save_pdf")
        self.xlsx_button = QPushButton(self.tr("Save the tables as &Excel…"))
        self.xlsx_button.setObjectName("save_xlsx")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_report")
        self.final_button = QPushButton(self.tr("Mark as &final…"))
        self.final_button.setObjectName("mark_final")
        self.status_label = sentence_label(name="output_status")
        self.pdf_button.clicked.connect(lambda: self.save_as(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_as(".xlsx"))
        self.print_button.clicked.connect(self.print_report)
        self.final_button.clicked.connect(self.mark_final)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.missing_label)
        side_layout.addWidget(self.missing_list, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.preview, 1)
        left_layout.addWidget(self.preview_status)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.final_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.preview_task: Any = None
        self.preview_pdf: Path | None = None
        self.page_labels: list[QLabel] = []
        self.missing: list[Missing] = []
        self.printing: Any = None

    # ------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Show the final state and draw the preview again."""
        self._show_final()
        self.start_preview()

    def start_preview(self) -> None:
        """Write the report as it stands and draw its pages, off the GUI thread."""
        from ui.background import BackgroundWork, Progress

        if self.preview_task is not None:
            self.preview_task.cancel()
        if not self.host.save_now():
            return
        workspace, report = self.host.workspace, self.host.report
        folder = Path(tempfile.mkdtemp(prefix="vanort-preview-"))

        def work(
            progress: Progress, cancelled: Callable[[], bool]
        ) -> tuple[Path, list[PageImage], list[Missing]]:
            target = folder / "kartlaggning.pdf"
            write_document(
                report_document(workspace.database, report), target, is_cancelled=cancelled
            )
            images = list(page_images(target, PREVIEW_DPI, is_cancelled=cancelled))
            if cancelled():
                raise Cancelled()
            missing = [] if report.is_final else missing_before_final(workspace.database, report)
            return target, images, missing

        self.preview_status.setText(self.tr("Drawing the pages…"))
        task = BackgroundWork(self, self.tr("Preview"), work, dialog=False, name="preview_task")
        task.done.connect(lambda result, task=task: self._preview_done(task, result))
        task.failed.connect(lambda error, task=task: self._preview_failed(task, error))
        self.preview_task = task
        task.start()

    def _preview_done(
        self, task: object, result: tuple[Path, list[PageImage], list[Missing]]
    ) -> None:
        if task is not self.preview_task:
            return  # an older preview, overtaken by a newer one
        self.preview_task = None
        if self.preview_pdf is not None:
            # The pages shown before are replaced: their file goes with them.
            shutil.rmtree(self.preview_pdf.parent, ignore_errors=True)
        self.preview_pdf, images, missing = result
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for image in images:
            picture = QImage(
                image.rgb, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            ).copy()  # the bytes belong to the result; the picture keeps its own
            label = QLabel()
            label.setObjectName(f"preview_page_{image.number}")
            label.setPixmap(QPixmap.fromImage(picture))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.preview_status.setText(
            self.tr("%n page(s), as they will be printed.", "", len(images))
        )
        self.show_missing(missing)
        self.preview_ready.emit()

    def _preview_failed(self, task: object, error: BaseException) -> None:
        if task is not self.preview_task:
            return
        self.preview_task = None
        if not isinstance(error, Cancelled):
            self.preview_status.setText(
                self.tr("The preview could not be drawn: %1").replace("%1", str(error))
            )

    def show_missing(self, missing: list[Missing]) -> None:
        """List exactly what must still be written before the report may be marked final."""
        self.missing = missing
        self.missing_list.clear()
        if self.host.report.is_final:
            self.missing_label.setText(self.tr("The report is final."))
            self.missing_list.setVisible(False)
            return
        if not missing:
            self.missing_label.setText(
                self.tr("Nothing is missing: the report can be marked final.")
            )
            self.missing_list.setVisible(False)
            return
        self.missing_label.setText(
            self.tr("Still to be written before the report can be marked final:")
        )
        for item in missing:
            self.missing_list.addItem(item.text)
        self.missing_list.setVisible(True)

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
        """A final report cannot be made final again."""
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
        """Write the PDF as it stands, then print it through the print dialog."""
        folder = Path(tempfile.mkdtemp(prefix="vanort-print-"))
        self.host.export(folder / "kartlaggning.pdf", on_done=self._print_written)

    def _print_written(self, path: Path) -> None:
        from ui.printing import PdfPrinting

        self.printing = PdfPrinting(self, path)
        self.printing.finished.connect(self._printed)
        self.printing.start()

    def _printed(self, pages: int) -> None:
        self.status_label.setText(self.tr("Sent to the printer: %n page(s).", "", pages))

    def _written(self, path: Path) -> None:
        self.status_label.setText(self.tr("Written: %1").replace("%1", str(path)))

    def mark_final(self) -> None:
        """After a yes, freeze the report with today's figures; refused while anything is missing."""
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
        self.host.finalise(then=self._became_final)

    def _became_final(self) -> None:
        self._show_final()
        self.start_preview()
