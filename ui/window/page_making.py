"""Each page of the window made the first time it is shown, and wired to the window.

The start page, the change log, the to-do list, the term review and one list
page per record kind; a record page's writes, deletes and discards go to the
window, which refreshes what they changed and keeps the undo steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QStatusBar, QTableView, QWidget

from ui.db_worker import DatabaseWorker
from ui.navigation import CHANGE_LOG, OVERVIEW, TERM_REVIEW, TODO
from ui.pages import Page
from ui.window.counts import NavigationCounts
from ui.window.undo_steps import RecordSteps

if TYPE_CHECKING:
    from app.changes import Changed
    from app.workspace import Workspace
    from ui.forms.record_form import RecordForm
    from ui.lists.list_page import FormFactory

MESSAGE_MS = 8000
"""How long a page's short note stays in the status bar."""


def default_form_factory(workspace: Workspace, kind: str, parent: QWidget | None) -> RecordForm:
    """The record form of ``kind`` (imported late: the forms are a package of their own)."""
    from ui.forms.record_form import RecordForm

    return RecordForm(workspace, kind, parent)


class PageHost(Protocol):
    """The window as the pages it makes see it."""

    @property
    def workspace(self) -> Workspace:
        """The open register."""

    @property
    def db_worker(self) -> DatabaseWorker:
        """The window's database worker."""

    @property
    def form_factory(self) -> FormFactory:
        """Makes the form of a kind."""

    @property
    def counts(self) -> NavigationCounts:
        """The counts beside the kinds."""

    @property
    def steps(self) -> RecordSteps:
        """The undo steps of the record pages."""

    def show_page(self, key: str) -> Page:
        """Show the page of ``key``."""

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show the record on its kind's page."""

    def open_town(self, town_id: int) -> None:
        """Show a twin town's page."""

    def new_linked_record(self, kind: str, preset: object) -> None:
        """Start a new record of ``kind`` with ``preset`` values."""

    def wrote(self, changed: Changed) -> None:
        """A write came back: recount and mark lists to read again."""

    def records_changed(self, kind: str) -> None:
        """Records of ``kind`` changed (a page that knows no ids)."""

    def saving_changed(self, saving: bool) -> None:
        """A form's save went out (True) or came back (False)."""

    def setWindowModified(self, modified: bool) -> None:
        """Mark the window's title as holding unsaved edits."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""


def make_page(host: PageHost, key: str) -> Page:
    """The page of ``key`` (a kind, or the start page, change log, to-do list, term review)."""
    workspace = host.workspace

    def note(text: str) -> None:
        host.statusBar().showMessage(text, MESSAGE_MS)

    page: Page
    if key == OVERVIEW:
        page = _overview_page(host)
    elif key == CHANGE_LOG:
        # Its reading code loads the models: imported with the first visit, not at start.
        from ui.lists.changelog_page import ChangeLogPage

        page = ChangeLogPage(workspace, worker=host.db_worker)
    elif key == TODO:
        from ui.todo import TodoView

        todo = TodoView(workspace, worker=host.db_worker)
        todo.count_changed.connect(host.counts.show_todo_count)
        todo.records_changed.connect(host.records_changed)
        todo.message.connect(note)
        if not todo.is_reading():
            host.counts.show_todo_count(todo.count())
        page = todo
    elif key == TERM_REVIEW:
        from ui.todo import TermEvaluationView

        review = TermEvaluationView(workspace, worker=host.db_worker)
        review.records_changed.connect(host.records_changed)
        page = review
    else:
        # The list code comes with the first list: the window starts on its overview.
        from ui.lists.list_page import RecordListPage

        records = RecordListPage(workspace, key, host.form_factory, worker=host.db_worker)
        records.wrote.connect(host.wrote)
        records.saving_changed.connect(host.saving_changed)
        records.delete_requested.connect(host.steps.delete_requested)
        records.edits_discarded.connect(host.steps.edits_discarded)
        records.new_linked_record.connect(host.new_linked_record)
        records.dirty_changed.connect(host.setWindowModified)
        records.message.connect(note)
        page = records
    page.open_record.connect(host.open_record)
    for view in page.findChildren(QTableView):
        # Tab leaves every list instead of walking from cell to cell.
        view.setTabKeyNavigation(False)
    return page


def _overview_page(host: PageHost) -> Page:
    from ui.overview import OverviewPage

    page = OverviewPage(host.workspace)
    # The counts follow the filled page; its to-do list gives the to-do count.
    page.filled.connect(lambda: host.counts.start_page_filled(page.todo_count()))
    page.town_requested.connect(host.open_town)
    page.page_requested.connect(lambda key: host.show_page(key).focus_list())
    page.new_record_requested.connect(lambda kind: host.new_linked_record(kind, None))
    return page
