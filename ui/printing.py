"""Printing a report's PDF through Qt's own print dialog.

Qt cannot draw a PDF itself without QtPdf (not in PySide6-Essentials), so each
page is drawn to a picture by :mod:`app.reports.page_images` at the printer's
resolution (at most 300 dpi: finer than a board paper needs) and painted on
the printer full-page, as the PDF lays it out. The painting runs off the GUI
thread (QPainter may paint a QPrinter on any thread) behind a progress dialog
with Cancel; the chosen page range and copies are the printer's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.reports.document import Cancelled
from app.reports.page_images import page_count, page_images

MAX_PRINT_DPI = 300


def paint_pdf(
    path: Path,
    printer: QPrinter,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint every page of the PDF ``path`` (in the printer's page range) on ``printer``.

    Returns the number of pages painted. Raises OSError when the printer
    cannot be started and Cancelled when ``is_cancelled()`` answers True.
    """
    total = page_count(path)
    first = printer.fromPage() or 1
    last = printer.toPage() or total
    printer.setFullPage(True)  # the PDF has its own margins; print it as laid out
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "Printing",
                "The printer could not be started. Check that it is ready and try again.",
            )
        )
    painted = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for image in page_images(path, dpi, is_cancelled=is_cancelled):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if not first <= image.number <= last:
                continue
            if painted:
                printer.newPage()
            picture = QImage(
                image.rgb, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
            )
            # Fit the page on the paper, keeping its shape (A4 on Letter gets a white edge).
            scale = min(paper.width() / image.width, paper.height() / image.height)
            width, height = image.width * scale, image.height * scale
            painter.drawImage(
                QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height),
                picture,
            )
            painted += 1
            if progress is not None:
                progress(painted, last - first + 1)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
    finally:
        painter.end()
    return painted


def ask_printer(parent: QWidget, pages: int) -> QPrinter | None:
    """Qt's print dialog for a document of ``pages`` pages; the printer chosen, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(1, max(pages, 1))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    dialog.setMinMax(1, max(pages, 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PdfPrinting(QObject):
    """Print a written PDF: the print dialog, then the pages painted off the GUI thread."""

    finished = Signal(int)  # pages printed
    failed = Signal(object)  # the error (Cancelled after Cancel)

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_printing")
        self.path = path
        self.parent_widget = parent
        self.task: object = None
        self.pages_printed: int | None = None
        """Set once the last page is on the printer."""

    def start(self) -> bool:
        """Ask for the printer and start printing; False when she cancelled the dialog."""
        from ui.background import BackgroundWork, Progress

        try:
            pages = page_count(self.path)
        except Exception as error:  # an unreadable file is said, not thrown
            QMessageBox.warning(self.parent_widget, self.tr("Print"), str(error))
            return False
        printer = ask_printer(self.parent_widget, pages)
        if printer is None:
            return False
        path = self.path

        def work(progress: Progress, cancelled: Callable[[], bool]) -> int:
            def pages_done(done: int, total: int) -> None:
                progress(None, done / total if total else 0.0)

            return paint_pdf(path, printer, progress=pages_done, is_cancelled=cancelled)

        task = BackgroundWork(self.parent_widget, self.tr("Printing…"), work, name="print_progress")
        task.done.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        self._printer = printer  # kept alive until the painting is over
        task.start()
        return True

    def _done(self, pages: int) -> None:
        self.pages_printed = pages
        self.finished.emit(pages)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            QMessageBox.warning(self.parent_widget, self.tr("Print"), str(error))
        self.failed.emit(error)


def print_pdf(parent: QWidget, path: Path) -> PdfPrinting | None:
    """Ask for a printer and print the PDF ``path`` on it; None when she cancelled."""
    job = PdfPrinting(parent, path)
    if not job.start():
        job.deleteLater()
        return None
    return job
