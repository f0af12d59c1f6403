"""The mapping wizard: a page per section of the Vänersborg survey, saved as she writes.

Every change of page stores the content (optimistic locking as elsewhere); closing
the wizard stores it too, so a report can be left and reopened from the list of
reports at any time. A final report opens read-only. The report's file is built
off the GUI thread behind a progress dialog with Cancel.
"""

from __future__ import annotations

import json
from collections.abc import Callable
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
from app.mapping.text_blocks import TextBlock, list_text_blocks, save_text_block
from app.reports.document import Cancelled
from app.services.errors import ServiceError
from app.workspace import Workspace
from ui.db_worker import DatabaseWorker
from ui.mapping.opening import Opening, read_opening
from ui.mapping.output_page import OutputPage
from ui.mapping.page_base import MappingPage
from ui.mapping.pages_data import ActivitiesPage, AgreementsPage, AnalysisPage, TownsPage
from ui.mapping.pages_outlook import OutlookPage, RecommendationsPage
from ui.mapping.pages_own import OwnSectionsPage
from ui.mapping.pages_scope import ScopePage
from ui.mapping.pages_text import AppendixPage, CommissionPage, HistoryPage, SourcesPage
from ui.mapping.rich_box import RichTextBox

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


class RegisterShelf:
    """The text blocks kept in the open register."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def blocks(self) -> list[TextBlock]:
        """Every saved block, by name."""
        return list_text_blocks(self.workspace.database)

    def save(self, name: str, text: str) -> TextBlock:
        """Keep ``text`` under ``name``."""
        return save_text_block(self.workspace.database, name, text)


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
        self._data_key: str | None = None if report.is_final else _figures_key(report.content)
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
        self.text_blocks = RegisterShelf(workspace)
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

    def data(self) -> MappingData:
        """The register's figures for the content as it stands (the snapshot when final)."""
        if self.read_only:
            if self._data is None:
                self._data = report_data(self.workspace.database, self.report)
            return self._data
        content = self.collect()
        key = _figures_key(content)
        if self._data is None or key != self._data_key:
            self._data = gather(self.workspace.database, content)
            self._data_key = key
        return self._data

    def content_changed(self) -> None:
        """A choice that changes the figures was made on the current page."""
        self._data_key = None

    def save_now(self) -> bool:
        """Store what the pages show; False (after saying why) when it could not be stored."""
        if self.read_only:
            return True
        content = self.collect()
        if content == self.report.content:
            return True
        try:
            self.report = save_content(self.workspace.database, self.report, content)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        self.setWindowTitle(self.tr("Mapping report – %1").replace("%1", self.report.title))
        self.saved.emit(self.report)
        return True

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

    def finalise(self) -> bool:
        """Mark the report final; every page turns read-only. False when it was refused."""
        if not self.save_now():
            return False
        try:
            self.report = mark_final(self.workspace.database, self.report)
        except NotReadyForFinal as error:
            # Exactly what is missing, in the message and on the last page.
            self.output_page.show_missing(error.missing)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Not marked final"), str(error), parent=self
            )
            box.setObjectName("not_final_box")
            box.setDetailedText("\n".join(item.text for item in error.missing))
            box.setInformativeText("\n".join(item.text for item in error.missing[:12]))
            box.exec()
            return False
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Not marked final"), str(error))
            return False
        self.read_only = True
        self._data = None
        for page in self.pages:
            page.set_read_only(True)
        self.saved.emit(self.report)
        return True

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
