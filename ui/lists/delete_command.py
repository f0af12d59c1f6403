"""Delete as an undoable step: Ctrl+Z brings the record back for the rest of the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.services.errors import ServiceError
from app.services.store import DeletedRecord
from app.workspace import Workspace

# (kind, id of the record now present or None when it is gone again)
Changed = Callable[[str, int | None], None]
Failed = Callable[[str], None]


class DeleteCommand(QUndoCommand):
    """One delete already carried out; undo restores it, redo deletes it again."""

    def __init__(
        self,
        workspace: Workspace,
        kind: str,
        deleted: DeletedRecord,
        text: str,
        changed: Changed,
        failed: Failed,
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._kind = kind
        self._deleted = deleted
        self._current: Any = None  # the record as restored, for a second delete
        self._changed = changed
        self._failed = failed
        self._done_already = True  # the page deleted it before pushing this command

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def record_id(self) -> int:
        return int(self._deleted.record.id)

    def undo(self) -> None:
        try:
            self._current = self._workspace.restore(self._deleted)
        except ServiceError as error:
            # Something it pointed to is gone too; nothing was written. Drop the step
            # so the stack does not claim a restore that did not happen.
            self.setObsolete(True)
            self._failed(str(error))
            return
        self._changed(self._kind, self._current.id)

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        if self._current is None:
            return
        try:
            # Read it again: it may have been edited since it came back.
            record = self._workspace.get(self._kind, self._current.id)
            self._deleted = self._workspace.delete(self._kind, record.id, record.version)
        except ServiceError as error:
            self.setObsolete(True)
            self._failed(str(error))
            return
        self._changed(self._kind, None)
