"""What a form shows of one stored record, read as one piece of work for the database worker.

Choosing a record in a list (:func:`read_stored`) and saving one
(:func:`save_and_read_back`) both come back with everything the form shows
of it beside the fields: the heading's label, the reminder line, the names of
the records it links to, and its attachments. All of it is read in the same
turn on the worker, so the form shows the record without asking the database
on the GUI thread, where every round trip to a server would stall the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.changes import Changed, Written
from app.services import attachments
from app.services.records import RecordRef
from app.todo.on_record import reminder_lines
from ui.forms.widgets.record_names import LinkNames, read_link_names

if TYPE_CHECKING:
    from app.services.attachments import AttachmentInfo
    from app.workspace import Workspace


@dataclass(frozen=True)
class ReadBack:
    """A stored record with what the form shows of it, read right after a load or a save."""

    written: Written[Any]
    label: str
    reminders: list[str]
    names: LinkNames = field(default_factory=LinkNames)
    # The record's attached files; None when not read (a save leaves them as they were).
    attachments: list[AttachmentInfo] | None = None


def save_and_read_back(workspace: Workspace, kind: str, record: Any) -> ReadBack:
    """Save ``record`` (a record of ``kind``), then read what the form shows of it.

    The attachments are read only for a record saved for the first time: the
    form's panel switches to it. A save of a stored record leaves its files alone.
    """
    written = workspace.save_reporting(record)
    return _read_back(workspace, kind, written, with_files=record.id is None)


def read_stored(workspace: Workspace, kind: str, record_id: int) -> ReadBack:
    """The stored record ``record_id`` as the form shows it (chosen in a list, or "Reload").

    Raises RecordNotFound when it was deleted meanwhile. Nothing is written.
    """
    written = Written(workspace.get(kind, record_id), Changed())
    return _read_back(workspace, kind, written, with_files=True)


def _read_back(
    workspace: Workspace, kind: str, written: Written[Any], *, with_files: bool
) -> ReadBack:
    record = written.result
    files = (
        attachments.list_attachments(workspace.database, RecordRef(kind, record.id))
        if with_files and attachments.can_attach(workspace.database)
        else None
    )
    return ReadBack(
        written,
        workspace.labels(kind, [record.id]).get(record.id, ""),
        reminder_lines(workspace.database, kind, record.id, date.today()),
        read_link_names(workspace, kind, record),
        files,
    )
