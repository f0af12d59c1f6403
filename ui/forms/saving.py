"""A form's save as one piece of work for the database worker: the write and what it shows after.

The heading's label and the reminder line of the saved record are read in the
same turn on the worker, so the form shows the stored record without asking
the database again on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.changes import Changed, Written
from app.todo.on_record import reminder_lines

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class ReadBack:
    """A save's outcome with what the form shows of it, read right after the save."""

    written: Written[Any]
    label: str
    reminders: list[str]


def save_and_read_back(workspace: Workspace, kind: str, record: Any) -> ReadBack:
    """Save ``record`` (a record of ``kind``), then read its label and reminder lines."""
    return _read_back(workspace, kind, workspace.save_reporting(record))


def read_stored(workspace: Workspace, kind: str, record_id: int) -> ReadBack:
    """The stored record ``record_id`` as the form shows it (after "Reload"); nothing written."""
    return _read_back(workspace, kind, Written(workspace.get(kind, record_id), Changed()))


def _read_back(workspace: Workspace, kind: str, written: Written[Any]) -> ReadBack:
    record_id = written.result.id
    return ReadBack(
        written,
        workspace.labels(kind, [record_id]).get(record_id, ""),
        reminder_lines(workspace.database, kind, record_id, date.today()),
    )
