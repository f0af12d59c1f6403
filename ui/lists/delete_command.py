"""Delete as an undoable step: Ctrl+Z brings the record back for the rest of the session.

The step itself deletes: the list page asks the coordinator, then hands a
:class:`DeleteRequest` to whoever holds the undo stack, and the stack's push
runs :meth:`DeleteCommand.redo`, the one place a record is deleted from the
list. Redo after an undo deletes the restored record again.

The writes run on the window's database worker, in the order asked: an Undo
pressed before the delete has come back restores it right after. What the
delete left for Undo is kept by the write itself, on the worker, so the
restore that follows it in the queue finds it there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from app.changes import Changed, Written
from app.workspace import Workspace
from ui.errors import say_refusal

if TYPE_CHECKING:  # the store's code comes with the first read, on the worker
    from app.services.store import DeletedRecord

# (kind, id of the record, True when it is back and False when it is gone again)
Brought = Callable[[str, int, bool], None]
# What a write of the step changed: the window recounts and marks lists to read again.
Wrote = Callable[[Changed], None]
Failed = Callable[[str], None]
# Takes a step whose write was refused off the stack, so Undo does not name it.
Drop = Callable[[QUndoCommand], None]
# Hands a write to the database worker: (work, on_done, on_error).
RunWrite = Callable[
    [Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None
]


def run_at_once(
    work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]
) -> None:
    """Run a write on this thread (a step without a database worker)."""
    try:
        result = work()
    except Exception as error:  # the step says what went wrong
        failed(error)
        return
    done(result)


def confirm_delete(parent: QWidget, question_text: str) -> bool:
    """Ask before a delete (No is the default); True when the coordinator answered Yes."""
    question = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecordListPage", "Delete"),
        question_text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    question.setInformativeText(
        # No pronoun for the record: Swedish would need "den" or "det" by its kind.
        QCoreApplication.translate(
            "RecordListPage",
            "Edit ▸ Undo (Ctrl+Z) undoes the deletion until you close the program.",
        )
    )
    question.setDefaultButton(QMessageBox.StandardButton.No)
    question.setObjectName("confirm_delete")
    return question.exec() == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class DeleteRequest:
    """A delete the coordinator confirmed, with what the page does once it is done or refused."""

    kind: str
    record_id: int
    version: int
    label: str
    deleted: Callable[[], None]
    """The page's own follow-up after the first delete (the next record shown)."""
    refused: Callable[[str], None]
    """Shows why the first delete was refused (someone else changed the record)."""


class DeleteCommand(QUndoCommand):
    """One delete: redo deletes (the first time and again after an undo), undo restores."""

    def __init__(
        self,
        workspace: Workspace,
        request: DeleteRequest,
        text: str,
        changed: Brought,
        failed: Failed,
        *,
        wrote: Wrote | None = None,
        run: RunWrite = run_at_once,
        drop: Drop | None = None,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._request = request
        self._run = run
        self._drop = drop
        self._wrote = wrote
        self._redone = False  # the first redo (the push) has handed over its delete
        # Both are set by the writes themselves, on the worker, in the order they run.
        self._deleted: DeletedRecord | None = None  # what the last delete keeps for Undo
        self._current: Any = None  # the record as restored, for a second delete
        self.changed_so_far = Changed()  # everything the step's writes changed
        self._changed = changed
        self._failed = failed

    @property
    def kind(self) -> str:
        """The record kind this step deletes ("town", "twinning" …)."""
        return self._request.kind

    @property
    def record_id(self) -> int:
        """The id of the record as it was first deleted."""
        return self._request.record_id

    def undo(self) -> None:
        """Restore the deleted record; a restore that cannot be made drops the step."""
        if self.isObsolete():
            return
        workspace, kind = self._workspace, self.kind

        def restore() -> Written[Any] | None:
            deleted = self._deleted
            if deleted is None:  # the delete was refused: nothing to bring back
                return None
            written = workspace.restore_reporting(kind, deleted)
            self._deleted = None
            self._current = written.result
            return written

        def done(written: Written[Any] | None) -> None:
            if written is not None:
                self._tell(written.changed)
                self._changed(kind, written.result.id, True)

        # Something it pointed to is gone too; nothing was written. The step is
        # dropped so the stack does not claim a restore that did not happen.
        self._run(restore, done, lambda error: self._refused(error, self._failed))

    def redo(self) -> None:
        """Delete the record: as the form showed it the first time, as it is now after an undo."""
        if self.isObsolete():
            return
        first = not self._redone
        self._redone = True
        workspace, kind, request = self._workspace, self.kind, self._request

        def delete() -> Written[DeletedRecord] | None:
            if first:
                written = workspace.delete_reporting(kind, request.record_id, request.version)
            else:
                if self._current is None:  # the restore did not happen
                    return None
                # Read it again: it may have been edited since it came back.
                record = workspace.get(kind, self._current.id)
                written = workspace.delete_reporting(kind, record.id, record.version)
            self._deleted = written.result
            self._current = None
            return written

        def done(written: Written[DeletedRecord] | None) -> None:
            if written is None:
                return
            self._tell(written.changed)
            if first:
                request.deleted()
            else:
                self._changed(kind, written.result.record.id, False)

        self._run(
            delete,
            done,
            lambda error: self._refused(error, request.refused if first else self._failed),
        )

    def _tell(self, changed: Changed) -> None:
        self.changed_so_far = self.changed_so_far | changed
        if self._wrote is not None:
            self._wrote(changed)

    def _refused(self, error: BaseException, say: Callable[[str], None]) -> None:
        # An obsolete step is dropped by the stack: nothing to undo or redo.
        self.setObsolete(True)
        if self._drop is not None:
            self._drop(self)
        say_refusal(error, say)
