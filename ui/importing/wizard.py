"""The import wizard: file, kind of record, columns, preview, and the import itself.

Pages, in order:

1. the file, its sheet and heading row (and, for CSV, the detected character
   encoding and column separator, which the user may override);
2. what the rows are (towns, twinnings, organisations …);
3. which column fills which field (suggested from the headings, or the
   columns remembered for a file with the same headings), or one value for a
   field on every row (a list of Swedish towns with no country column);
4. the preview: every problem by row and column, each country the file writes
   in a way no list reads with a box for its country, the groups of similar
   town names with a check box each, and "skip the rows with problems";
5. the import, on a worker thread behind a progress dialog with Cancel, and
   its summary.

Each page is a module of its own in :mod:`ui.importing.pages`.

Reading and checking a large file, and the import, run off the GUI thread
(:mod:`ui.background`). ``imported`` is emitted with the summary after
a successful import, so the window can refresh its lists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.importing.columns import ColumnChoice
from app.importing.fields import IMPORT_KINDS, ImportKind
from app.importing.importer import FileContext, ImportSummary, ParsedFile, Plan
from app.importing.sources import TableSource
from app.workspace import Workspace
from ui.background import BackgroundWork, Progress
from ui.importing.pages.columns import ColumnsPage
from ui.importing.pages.kind import KindPage
from ui.importing.pages.preview import PreviewPage, ProblemModel
from ui.importing.pages.result import ResultPage
from ui.importing.pages.source import SourcePage

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

__all__ = [
    "PAGE_COLUMNS",
    "PAGE_KIND",
    "PAGE_PREVIEW",
    "PAGE_RESULT",
    "PAGE_SOURCE",
    "ImportWizard",
    "ProblemModel",
]

PAGE_SOURCE, PAGE_KIND, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESULT = range(5)


class ImportWizard(QWizard):
    """Import records from an Excel workbook or a CSV file into ``workspace``."""

    imported = Signal(object)  # the ImportSummary of a finished import

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
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import from spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.workspace = workspace
        self.source: TableSource | None = None
        self.file_context: FileContext | None = None  # what the register knows of the file
        self.kind: ImportKind = IMPORT_KINDS["twinnings"]
        self.chosen_columns: ColumnChoice = {}
        # A value for a field on every row, and the countries she named for unread spellings.
        self.fixed: dict[str, str] = {}
        self.country_answers: dict[str, str] = {}
        self.parsed: ParsedFile | None = None
        self.plan: Plan | None = None
        self.summary: ImportSummary | None = None
        self.task: BackgroundWork | None = None
        self.source_page = SourcePage(self)
        self.kind_page = KindPage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_SOURCE, self.source_page)
        self.setPage(PAGE_KIND, self.kind_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.resize(760, 560)

    def run_in_background(
        self,
        title: str,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> BackgroundWork:
        """Run ``work(progress, cancelled)`` on a worker thread behind a progress dialog.

        ``progress`` takes the :class:`ImportProgress` steps of ``app.importing``.
        """

        def reported(progress: Progress, cancelled: Callable[[], bool]) -> Any:
            # The dialog wants a label and a fraction; the import speaks in stages.
            return work(lambda step: progress(step.text(), step.fraction), cancelled)

        task = BackgroundWork(self, title, reported)
        task.done.connect(on_done)
        task.failed.connect(on_failed)
        task.done.connect(self._forget_task)
        task.failed.connect(self._forget_task)
        self.task = task
        task.start()
        return task

    def _forget_task(self, _: object) -> None:
        self.task = None

    def reject(self) -> None:
        """Closing while something runs stops it first (the import rolls back)."""
        task = self.task
        if task is not None and task.is_running():
            task.cancel()
            task.wait()
        super().reject()
