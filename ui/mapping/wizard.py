"""The mapping wizard: a page per section of the Vänersborg survey, saved as she writes.

Every change of page stores the content (optimistic locking as elsewhere); closing
the wizard stores it too, so a report can be left and reopened from the list of
reports at any time. A final report opens read-only. The report's file is built
off the GUI thread behind a progress dialog with Cancel.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from app.mapping import (
    MappingContent,
    MappingData,
    NotReadyForFinal,
    SavedReport,
    gather,
    mark_final,
    report_data,
    report_document,
    save_content,
    write_document,
)
from app.reports.document import Cancelled
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui.db_worker import DatabaseWorker
from ui.errors import say_refusal
from ui.mapping.opening import Opening, read_opening
from ui.mapping.output_page import OutputPage
from ui.mapping.page_base import MappingPage
from ui.mapping.pages_data import ActivitiesPage, AgreementsPage, AnalysisPage, TownsPage
from ui.mapping.pages_outlook import OutlookPage, RecommendationsPage
from ui.mapping.pages_own import OwnSectionsPage
from ui.mapping.pages_scope import ScopePage
from ui.mapping.pages_text import AppendixPage, CommissionPage, HistoryPage, SourcesPage
from ui.mapping.rich_box import RichTextBox
from ui.mapping.text_shelf import RegisterShelf
from ui.page_work import PageWork

(
    PAGE_COMMISSION,
    PAGE_SCOPE,
    PAGE_HISTORY,
    PAGE_TOWNS,
    PAGE_AGREEMENTS,
    PAGE_ACTIVITIES,
    PAGE_OUTLOOK,
    PAGE_ANALYSIS,
    PAGE_RECOMMENDATIONS,
    PAGE_SOURCES,
    PAGE_APPENDIX,
    PAGE_OWN_SECTIONS,
    PAGE_OUTPUT,
) = range(13)


_FINAL = "final"  # the key of a final report's figures: its snapshot, whatever the pages show


def _figures_key(content: MappingContent) -> str:
    """What the register's figures depend on: the scope, the member year, the table's names,
    the appendix."""
    data = content.to_json()
    return json.dumps(
        [data["scope"]["twinning_ids"], data["scope"]["network_ids"], data["scope"]["period_from"],
         data["scope"]["period_to"], data["towns"]["member_year"], data["towns"]["names"],
         data["appendix"]],
        sort_keys=True,
    )  # fmt: skip


class MappingWizard(QWizard):
    """Writing one mapping report, section by section."""

    saved = Signal(object)  # the SavedReport after each save
    exported = Signal(object)  # the Path of a file written

    def __init__(
        self,
        workspace: Workspace,
        report: SavedReport,
        parent: QWidget | None = None,
        *,
        opening: Opening | None = None,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``opening`` is what the pages list, read on the window's worker beforehand; without
        it the wizard reads it here. ``worker`` takes the wizard's later reads and writes."""
        super().__init__(parent)
        self.setObjectName("mapping_wizard")
        self.workspace = workspace
        if opening is None:
            opening = read_opening(workspace, report)
        self.opening = opening
        self.worker = worker
        self.report = report
        self.read_only = report.is_final
        self.task: Any = None
        # The figures came with the opening, for the content as it was saved.
        self._data: MappingData | None = opening.data
        self._data_key: str | None = _FINAL if report.is_final else _figures_key(report.content)
        # The figures read on the worker for the content as it stood: only the latest is kept.
        self._figures = PageWork(self, worker, self._not_read, lambda: None)
        self._figures_asked: str | None = None  # the key of the figures on their way
        self._page_reads = PageWork(self, worker, self._page_not_read, lambda: None)
        self._figures_waiting: list[Callable[[], None]] = []
        # The report as the worker last stored it (written there, one save after another).
        self._stored = [report]
        self._saves_out = 0
        self._finalising = False
        self.setWindowTitle(self.tr("Mapping report – %1").replace("%1", report.title))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.resize(1000, 680)
        self.commission_page = CommissionPage(self)
        self.scope_page = ScopePage(self)
        self.history_page = HistoryPage(self)
        self.towns_page = TownsPage(self)
        self.agreements_page = AgreementsPage(self)
        self.activities_page = ActivitiesPage(self)
        self.outlook_page = OutlookPage(self)
        self.analysis_page = AnalysisPage(self)
        self.recommendations_page = RecommendationsPage(self)
        self.sources_page = SourcesPage(self)
        self.appendix_page = AppendixPage(self)
        self.own_sections_page = OwnSectionsPage(self)
        self.output_page = OutputPage(self)
        self.pages: list[MappingPage] = [
            self.commission_page,
            self.scope_page,
            self.history_page,
            self.towns_page,
            self.agreements_page,
            self.activities_page,
            self.outlook_page,
            self.analysis_page,
            self.recommendations_page,
            self.sources_page,
            self.appendix_page,
            self.own_sections_page,
            self.output_page,
        ]
        for number, page in enumerate(self.pages):
            # Everything is saved as she goes: she may close the wizard on any page.
            page.setFinalPage(True)
            self.setPage(number, page)
        self.text_blocks = RegisterShelf(workspace, opening.blocks, worker, self)
        for box in self.findChildren(RichTextBox):
            box.set_shelf(self.text_blocks)
        for page in self.pages:
            page.load(report.content)
            page.set_read_only(self.read_only)
        self._show_changes()
        self.currentIdChanged.connect(self._page_changed)

    # ------------------------------------------------------------ content and figures

    def collect(self) -> MappingContent:
        """The content as the pages show it now."""
        content = self.report.content
        for page in self.pages:
            content = page.store(content)
        return content

    def _wanted_key(self) -> str:
        return _FINAL if self.read_only else _figures_key(self.collect())

    def _read_figures(self) -> Callable[[], MappingData]:
        """The read of the figures for the content as it stands now, to run anywhere."""
        database, report = self.workspace.database, self.report
        if self.read_only:
            return lambda: report_data(database, report)
        content = self.collect()
        return lambda: gather(database, content)

    def data(self) -> MappingData:
        """The register's figures for the content as it stands (the snapshot when final).

        Read here when they are not at hand; the pages wait for them with
        :meth:`when_figures` instead, so that the read runs on the worker.
        """
        key = self._wanted_key()
        if self._data is None or key != self._data_key:
            self._data = self._read_figures()()
            self._data_key = key
        return self._data

    def figures_ready(self) -> bool:
        """True when :meth:`data` answers for the content as it stands without a read."""
        return self._data is not None and self._data_key == self._wanted_key()

    def when_figures(self, then: Callable[[], None]) -> None:
        """Read the figures for the content as it stands on the worker, then call ``then``.

        Without a worker they are read here and now. A second page waiting for the
        same figures waits for the same read.
        """
        if self.worker is None or self.figures_ready():
            self.data()
            then()
            return
        key = self._wanted_key()
        self._figures_waiting.append(then)
        if self._figures_asked == key:
            return
        self._figures_asked = key
        self._figures.read(self._read_figures(), lambda data: self._figures_came(key, data))

    def read_register(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Run the read ``work`` for a page on the worker (here without one); ``show`` its answer."""
        self._page_reads.read(work, show)

    def _figures_came(self, key: str, data: MappingData) -> None:
        self._data, self._data_key = data, key
        self._figures_asked = None
        waiting, self._figures_waiting = self._figures_waiting, []
        for then in waiting:
            then()  # a page whose content changed meanwhile asks again

    def _page_not_read(self, sentence: str) -> None:
        for page in self.pages:  # a button that waited for the read takes clicks again
            page.set_read_only(self.read_only)
        QMessageBox.warning(self, self.tr("Mapping report"), sentence)

    def _not_read(self, sentence: str) -> None:
        self._figures_asked = None
        self._figures_waiting = []
        for page in self.pages:
            page.stop_waiting()
        QMessageBox.warning(self, self.tr("Mapping report"), sentence)

    def content_changed(self) -> None:
        """A choice that changes the figures was made on the current page."""
        self._data_key = None

    def save_now(self) -> bool:
        """Store what the pages show; False (after saying why) when it could not be stored.

        With the window's worker the content is taken now and stored there: the
        wizard goes on at once (Next and Back do not wait), ``self.report`` holds the
        content handed over and takes its new version when the answer comes; saves
        follow one another in the order given. True then means handed over.
        """
        if self.read_only:
            return True
        content = self.collect()
        if content == self.report.content:
            return True
        if self.worker is not None:
            self._save_on_worker(content)
            return True
        try:
            self.report = save_content(self.workspace.database, self.report, content)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        self._show_saved()
        return True

    def _save_on_worker(self, content: MappingContent) -> None:
        assert self.worker is not None
        database, stored = self.workspace.database, self._stored
        self.report = replace(self.report, content=content)
        self._saves_out += 1

        def work() -> SavedReport:
            # Runs on the worker after the saves handed over before: each starts from the
            # version the one before stored.
            stored[0] = save_content(database, stored[0], content)
            return stored[0]

        self.worker.run_write(work, self._saved_on_worker, self._save_failed, owner=self)

    def _saved_on_worker(self, saved: SavedReport) -> None:
        self._saves_out -= 1
        # What she wrote meanwhile stays; a later save on its way stores it.
        self.report = replace(saved, content=self.report.content)
        self._show_saved()

    def _save_failed(self, error: BaseException) -> None:
        self._saves_out -= 1
        # The content not stored is asked for again at the next change of page.
        self.report = self._stored[0]
        say_refusal(error, lambda text: QMessageBox.warning(self, self.tr("Not saved"), text))

    def is_saving(self) -> bool:
        """True while a save handed to the worker has not come back."""
        return self._saves_out > 0 or self._finalising

    def _show_saved(self) -> None:
        self.setWindowTitle(self.tr("Mapping report – %1").replace("%1", self.report.title))
        self.saved.emit(self.report)

    def _page_changed(self, _page_id: int) -> None:
        self.save_now()

    def _show_changes(self) -> None:
        found = self.opening.changes
        if found is None:
            return
        previous, changes = found
        when = (previous.finalised_at or previous.created_at).date().isoformat()
        self.commission_page.show_changes(
            f"{previous.title} ({when})", [change.text for change in changes]
        )

    # ------------------------------------------------------------ final and output

    def finalise(self, then: Callable[[], None] | None = None) -> bool:
        """Mark the report final; every page turns read-only, then ``then`` is called.

        False when it was refused. With the window's worker the last save and the
        marking run there (True: handed over; the pages take no input meanwhile).
        """
        if self._finalising:
            return False
        if self.worker is not None:
            self._finalise_on_worker(then)
            return True
        if not self.save_now():
            return False
        try:
            report = mark_final(self.workspace.database, self.report)
        except ServiceError as error:
            self._not_final(error)
            return False
        self._became_final(report, then)
        return True

    def _finalise_on_worker(self, then: Callable[[], None] | None) -> None:
        assert self.worker is not None
        database, stored = self.workspace.database, self._stored
        content = self.collect()
        self._finalising = True
        for page in self.pages:
            page.set_read_only(True)

        def work() -> SavedReport:
            if content != stored[0].content:
                stored[0] = save_content(database, stored[0], content)
            stored[0] = mark_final(database, stored[0])
            return stored[0]

        def refused(error: BaseException) -> None:
            self._finalising = False
            self.report = replace(self._stored[0], content=content)
            for page in self.pages:
                page.set_read_only(False)
            if not isinstance(error, ServiceError):
                sys.excepthook(type(error), error, error.__traceback__)
                return
            self._not_final(error)

        def done(report: SavedReport) -> None:
            self._finalising = False
            self._became_final(report, then)

        self.worker.run_write(work, done, refused, owner=self)

    def _not_final(self, error: ServiceError) -> None:
        if not isinstance(error, NotReadyForFinal):
            QMessageBox.warning(self, self.tr("Not marked final"), str(error))
            return
        # Exactly what is missing, in the message and on the last page.
        self.output_page.show_missing(error.missing)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Not marked final"), str(error), parent=self
        )
        box.setObjectName("not_final_box")
        box.setDetailedText("\n".join(item.text for item in error.missing))
        box.setInformativeText("\n".join(item.text for item in error.missing[:12]))
        box.exec()

    def _became_final(self, report: SavedReport, then: Callable[[], None] | None) -> None:
        self.report = report
        self.read_only = True
        self._data = None
        for page in self.pages:
            page.set_read_only(True)
        self._show_saved()
        if then is not None:
            then()

    def export(self, target: Path, *, on_done: Callable[[Path], None] | None = None) -> None:
        """Build the report and write ``target`` (.pdf or .xlsx) off the GUI thread."""
        from ui.background import BackgroundWork, Progress

        if self.task is not None and self.task.is_running():
            return
        if not self.save_now():
            return
        workspace, report = self.workspace, self.report

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Path:
            document = report_document(workspace.database, report)
            if cancelled():
                raise Cancelled()

            def pages_done(done: int, total: int) -> None:
                # The renderers count pages or rows; the dialog keeps its own label.
                progress(None, done / total if total > 0 else 0.0)

            return write_document(document, target, progress=pages_done, is_cancelled=cancelled)

        task = BackgroundWork(
            self, self.tr("Writing the mapping report…"), work, name="mapping_progress"
        )
        task.done.connect(lambda path: self._exported(path, on_done))
        task.failed.connect(self._export_failed)
        self.task = task
        task.start()

    def _exported(self, path: Path, on_done: Callable[[Path], None] | None) -> None:
        self.task = None
        self.exported.emit(path)
        if on_done is not None:
            on_done(path)

    def _export_failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, Cancelled):
            return
        if isinstance(error, ServiceError | OSError | ValueError):
            QMessageBox.warning(self, self.tr("Not written"), str(error))
            return
        raise error  # the program's error hook shows it with the log file's name

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        """Save the texts and stop the work under way before the wizard closes."""
        self.save_now()
        for task in (self.task, self.output_page.preview_task):
            if task is not None and task.is_running():
                task.cancel()
                task.wait()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the texts when the window is closed."""
        self.save_now()
        super().closeEvent(event)
