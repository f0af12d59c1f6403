"""Delete as an undoable step: Ctrl+Z brings the record back for the rest of the session.

The step itself deletes: the list page asks the coordinator, then hands a
:class:`DeleteRequest` to whoever holds the undo stack, and the stack's push
runs :meth:`DeleteCommand.redo`, the one place a record is deleted from the
list. Redo after an undo deletes the restored record again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services.errors import ServiceError
from app.services.store import DeletedRecord
from app.workspace import Workspace

# (kind, id of the record now present or None when it is gone again)
Changed = Callable[[str, int | None], None]
Failed = Callable[[str], None]


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
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._request = request
        self._deleted: DeletedRecord | None = None  # None until the first redo has deleted
        self._current: Any = None  # the record as restored, for a second delete
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
        if self._deleted is None:
            return
        try:
            self._current = self._workspace.restore(self._deleted)
        except ServiceError as error:
            # Something it pointed to is gone too; nothing was written. Drop the step
            # so the stack does not claim a restore that did not happen.
            self.setObsolete(True)
            self._failed(str(error))
            return
        self._changed(self.kind, self._current.id)

    def redo(self) -> None:
        """Delete the record: as the form showed it the first time, as it is now after an undo."""
        first = self._deleted is None
        if not first and self._current is None:
            return
        try:
            if first:
                self._deleted = self._workspace.delete(
                    self.kind, self._request.record_id, self._request.version
                )
            else:
                # Read it again: it may have been edited since it came back.
                record = self._workspace.get(self.kind, self._current.id)
                self._deleted = self._workspace.delete(self.kind, record.id, record.version)
        except ServiceError as error:
            # An obsolete step is dropped by the stack: nothing to undo.
            self.setObsolete(True)
            if first:
                self._request.refused(str(error))
            else:
                self._failed(str(error))
            return
        if first:
            self._request.deleted()
        else:
            self._changed(self.kind, None)
