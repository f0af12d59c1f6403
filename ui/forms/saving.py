"""What a form shows of one stored record, read as one piece of work for the database worker.

Choosing a record in a list (:func:`read_stored`) and saving one
(:func:`save_and_read_back`) both come back with everything the form shows
of it beside the fields: the heading's label, the reminder line, the names of
the records it links to, and its attachments. All of it is read in the same
turn on the worker, so the form shows the record without asking the database
on the GUI thread, where every round trip to a server would stall the window.

On a server the label, the reminders and the files are read ahead
(``Workspace.read_ahead``), each on a connection of its own beside the read of
the record itself: the answer waits for about one round trip instead of four.
A file reads them one after another, as it costs no network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from app.changes import Changed, Written
from app.services import attachments
from app.services.records import RecordRef
from app.todo.on_record import reminder_lines
from ui.forms.widgets.record_names import LinkNames, read_link_names

if TYPE_CHECKING:
    from app.read_ahead import Ahead
    from app.services.attachments import AttachmentInfo
    from app.workspace import Workspace

T = TypeVar("T")


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
    around = _Around.begin(workspace, kind, written.result.id, with_files=record.id is None)
    return around.collect(workspace, kind, written)


def read_stored(workspace: Workspace, kind: str, record_id: int) -> ReadBack:
    """The stored record ``record_id`` as the form shows it (chosen in a list, or "Reload").

    Raises RecordNotFound when it was deleted meanwhile. Nothing is written.
    """
    # Begun before the record is read: they need only its id.
    around = _Around.begin(workspace, kind, record_id, with_files=True)
    written = Written(workspace.get(kind, record_id), Changed())
    return around.collect(workspace, kind, written)


@dataclass(frozen=True)
class _Nothing(Generic[T]):
    """In place of a read not wanted: its answer is known."""

    answer: T

    def result(self) -> T:
        return self.answer


@dataclass(frozen=True)
class _Around:
    """The reads of what is shown around a record, begun ahead and collected in turn."""

    label: Ahead[dict[int, str]]
    reminders: Ahead[list[str]]
    files: Ahead[list[AttachmentInfo] | None] | _Nothing[list[AttachmentInfo] | None]

    @classmethod
    def begin(cls, workspace: Workspace, kind: str, record_id: int, *, with_files: bool) -> _Around:
        database = workspace.database
        wanted = with_files and attachments.can_attach(database)
        ref = RecordRef(kind, record_id)
        return cls(
            workspace.read_ahead(lambda: workspace.labels(kind, [record_id])),
            workspace.read_ahead(lambda: reminder_lines(database, kind, record_id, date.today())),
            workspace.read_ahead(lambda: attachments.list_attachments(database, ref))
            if wanted
            else _Nothing(None),
        )

    def collect(self, workspace: Workspace, kind: str, written: Written[Any]) -> ReadBack:
        """The record with what was read around it; its links' names are read here."""
        record = written.result
        names = read_link_names(workspace, kind, record)
        return ReadBack(
            written,
            self.label.result().get(record.id, ""),
            self.reminders.result(),
            names,
            self.files.result(),
        )
