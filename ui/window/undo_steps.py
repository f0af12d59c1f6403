"""The window's undo steps for records: a delete, and edits let go of in a form.

A delete is carried out by its step (the redo) on the database worker; Undo
restores it there. A discard keeps the edits, and Undo puts them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from ui.db_worker import DatabaseWorker
from ui.lists.delete_command import DeleteCommand, DeleteRequest
from ui.lists.discard_command import DiscardCommand, bring_back, discard_again
from ui.window.record_pages import as_record_page

if TYPE_CHECKING:
    from app.changes import Changed
    from app.workspace import Workspace
    from ui.pages import Page


class StepsHost(Protocol):
    """The window as its undo steps see it."""

    @property
    def workspace(self) -> Workspace:
        """The open register."""

    @property
    def db_worker(self) -> DatabaseWorker:
        """The window's database worker, where the writes run."""

    @property
    def undo_stack(self) -> QUndoStack:
        """The window's undo stack."""

    @property
    def pages(self) -> dict[str, Page]:
        """The pages made so far, by key."""

    def show_page(self, key: str) -> Page:
        """Show the page of ``key``."""

    def open_record(self, kind: str, record_id: int) -> bool:
        """Show the record on its kind's page."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""

    def wrote(self, changed: Changed) -> None:
        """A write came back: recount and mark lists to read again."""


class RecordSteps:
    """Makes and follows the undo steps of the record pages."""

    def __init__(self, host: StepsHost, parent: QWidget) -> None:
        self._host = host
        self._parent = parent  # over the messages it shows

    def delete_requested(self, request: DeleteRequest) -> None:
        """Carry out a confirmed delete as a step on the undo stack (its redo deletes)."""
        command = DeleteCommand(
            self._host.workspace,
            request,
            QCoreApplication.translate("MainWindow", "Delete “%1”").replace("%1", request.label),
            self._undo_changed,
            self._undo_failed,
            wrote=self._host.wrote,
            run=lambda work, done, failed: self._host.db_worker.run_write(work, done, failed),
            drop=self._drop_step,
        )
        self._host.undo_stack.push(
            command
        )  # push runs redo(), which hands the delete to the worker

    def _drop_step(self, command: QUndoCommand) -> None:
        # A step whose write was refused is obsolete; moving the stack over it lets the
        # stack delete it, so Undo and Redo never name a change that did not happen.
        index = self._host.undo_stack.index()
        if index > 0 and self._host.undo_stack.command(index - 1) is command:
            self._host.undo_stack.undo()
        elif self._host.undo_stack.command(index) is command:
            self._host.undo_stack.redo()

    def edits_discarded(self, edits: Any) -> None:
        """Keep edits the coordinator let go of as a step: Undo brings them back."""
        command = DiscardCommand(
            edits,
            QCoreApplication.translate("MainWindow", "Discard changes to “%1”").replace(
                "%1", edits.title
            ),
            self._bring_back,
            self._discard_again,
        )
        workspace = self._host.workspace

        def push() -> None:
            # Leaving for another database discards first: those edits belong to the old one.
            if self._host.workspace is workspace:
                self._host.undo_stack.push(command)

        # A discard can happen inside another step's undo (restoring a deleted record
        # asks about the form's edits); the stack takes a new step only between steps.
        QTimer.singleShot(0, self._parent, push)

    def _bring_back(self, command: DiscardCommand) -> str:
        edits = command.edits
        page = as_record_page(self._host.show_page(edits.kind))
        assert page is not None
        outcome = bring_back(page, edits)
        if outcome == "later":
            # The step stays on the Undo side, to be tried again once the form is free.
            QTimer.singleShot(0, self._host.undo_stack.redo)
        elif outcome == "gone":
            self._host.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "The record was deleted meanwhile; its discarded changes cannot come back.",
                ),
                10000,
            )
        else:
            self._host.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The discarded changes are back."), 8000
            )
        return outcome

    def _discard_again(self, command: DiscardCommand) -> None:
        page = as_record_page(self._host.pages.get(command.edits.kind))
        if page is not None:
            discard_again(page, command.edits)

    def _undo_changed(self, kind: str, record_id: int, present: bool) -> None:
        if present:
            self._host.open_record(kind, record_id)
            self._host.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Brought back."), 8000
            )
            return
        page = as_record_page(self._host.pages.get(kind))
        if page is not None:
            page.forget_deleted(record_id)
        self._host.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Deleted again."), 8000
        )

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(
            self._parent, QCoreApplication.translate("MainWindow", "Could not undo"), message
        )
