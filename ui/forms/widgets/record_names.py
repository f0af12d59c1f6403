"""The names of records a form's pickers offer, read without stalling the window.

A form shows the names of the records it links to at once: they are read with
the record, a handful of ids. The whole list to choose from (30 000 towns in a
Europe-sized register) is only needed once the user goes to a picker; with the
window's database worker it is read there, sorted and made searchable off the
GUI thread, and kept until the form is loaded again. Without a worker (a form
on its own) it is read when first needed, as before.

The names of the records a loaded record links to are read with it, in the
same piece of work on the worker (:func:`read_link_names`), and handed to
the context (:meth:`EditorContext.keep_names`) before the editors show the
record, so showing it asks the database nothing on the GUI thread.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.places.folding import swedish_sort_key
from app.services.kinds import spec_for
from ui.forms.widgets.combo import Entry, make_entry

if TYPE_CHECKING:  # for the type checker only: importing a form loads no database code
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker

Deliver = Callable[[list[Entry]], None]

log = logging.getLogger(__name__)


def record_entries(labels: dict[int, str], names: dict[int, str] | None = None) -> list[Entry]:
    """Record names in alphabetical order; two records with one name show their number.

    ``names`` are the records' bare names when ``labels`` say more ("Herning, Danmark"),
    so typing the bare name still finds the record.
    """
    counts = Counter(labels.values())
    entries = [
        make_entry(
            label if counts[label] == 1 else f"{label} [{record_id}]",
            record_id,
            short=(names or {}).get(record_id, ""),
        )
        for record_id, label in labels.items()
    ]
    entries.sort(key=lambda e: swedish_sort_key(e.text))
    return entries


def _shown_names(
    workspace: Workspace, kind: str, ids: list[int] | None
) -> tuple[dict[int, str], dict[int, str] | None]:
    """The names a picker shows by id, and the bare names beside them (towns only).

    Towns show their region and country beside the name ("Karlsruhe, Tyskland").
    """
    if kind != "town":
        return dict(workspace.labels(kind, ids)), None
    places = workspace.town_choices(ids)
    names = {town_id: name for town_id, (name, _shown) in places.items()}
    return {town_id: shown for town_id, (_name, shown) in places.items()}, names


@dataclass(frozen=True)
class LinkNames:
    """The names of the records one record links to, as its pickers show them.

    ``labels``: for the lists of links (a trip's towns, what a decision
    concerns); ``shown``: for the single pickers (a twinning's town, with its
    country). None stands for a record asked for and not found (deleted
    meanwhile), so it is not asked for again.
    """

    labels: dict[str, dict[int, str | None]] = field(default_factory=dict)
    shown: dict[str, dict[int, Entry | None]] = field(default_factory=dict)


def _linked_ids(kind: str, record: Any) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The ids ``record`` links to: for its lists of links, and for its single pickers."""
    listed: dict[str, set[int]] = {}
    single: dict[str, set[int]] = {}
    for f in spec_for(kind).fields:
        value = getattr(record, f.name)
        if f.type == "ref" and f.ref_kind and value is not None:
            single.setdefault(f.ref_kind, set()).add(int(value))
        elif f.type == "refs" and f.ref_kind and value:
            listed.setdefault(f.ref_kind, set()).update(int(v) for v in value)
        elif f.type == "concerns":
            for ref in value or ():
                listed.setdefault(ref.kind, set()).add(ref.id)
    return listed, single


def links_any(kind: str, record: Any) -> bool:
    """True when ``record`` links to other records, whose names its pickers would show.

    A new record with nothing preset links to nothing: it can be shown without a read.
    """
    listed, single = _linked_ids(kind, record)
    return bool(listed or single)


def read_link_names(workspace: Workspace, kind: str, record: Any) -> LinkNames:
    """Read the names ``record``'s pickers show (on the worker, with the record): one read a kind."""
    listed, single = _linked_ids(kind, record)
    names = LinkNames()
    for ref_kind, ids in listed.items():
        found = workspace.labels(ref_kind, sorted(ids))
        names.labels[ref_kind] = {i: found.get(i) for i in ids}
    for ref_kind, ids in single.items():
        labels, bare = _shown_names(workspace, ref_kind, sorted(ids))
        names.shown[ref_kind] = {
            i: make_entry(labels[i], i, short=(bare or {}).get(i, "")) if i in labels else None
            for i in ids
        }
    return names


class _Read:
    """The whole list of one kind as last read: the names it was built from, and the entries."""

    def __init__(self, labels: dict[int, str], entries: list[Entry]) -> None:
        self.labels = labels
        self.entries = entries
        self.fresh = True  # read since the form was last loaded or saved


class EditorContext:
    """What editors of one form share: the workspace, record names, and "open" requests.

    Names of the linked records are read once per loaded record and kept until
    ``forget``. The whole list of a kind is read on request: on the window's
    worker when the form has one (``request``), else at once (``entries``). A
    list read again that names the same records is the same list, so the
    pickers showing it rebuild nothing.
    """

    def __init__(self, workspace: Workspace, open_record: Callable[[str, int], None]) -> None:
        self.workspace = workspace
        self.open_record = open_record
        self.worker: DatabaseWorker | None = None
        # Names read since the last load; None: asked for and not found.
        self._labels: dict[str, dict[int, str | None]] = {}
        self._shown: dict[str, dict[int, Entry | None]] = {}
        self._reads: dict[str, _Read] = {}
        self._waiting: dict[str, list[Deliver]] = {}

    def set_worker(self, worker: DatabaseWorker | None) -> None:
        """Read whole lists on the window's database worker (None: on this thread)."""
        self.worker = worker

    def labels(self, kind: str, ids: list[int]) -> dict[int, str]:
        """The labels of the records ``ids`` of ``kind``, read once per form load."""
        known = self._labels.setdefault(kind, {})
        missing = sorted({i for i in ids if i not in known})
        if missing:
            found = self.workspace.labels(kind, missing)
            known.update({i: found.get(i) for i in missing})
        return {i: label for i in ids if (label := known.get(i)) is not None}

    def shown_entry(self, kind: str, record_id: int) -> Entry | None:
        """The entry a picker shows for one record, without reading the whole list."""
        shown = self._shown.setdefault(kind, {})
        if record_id not in shown:
            labels, names = _shown_names(self.workspace, kind, [record_id])
            short = (names or {}).get(record_id, "")
            # None: deleted meanwhile.
            shown[record_id] = (
                make_entry(labels[record_id], record_id, short=short)
                if record_id in labels
                else None
            )
        return shown[record_id]

    def keep_names(self, names: LinkNames) -> None:
        """Take the names read with the record, so that showing it reads nothing more."""
        for kind, labels in names.labels.items():
            self._labels.setdefault(kind, {}).update(labels)
        for kind, entries in names.shown.items():
            self._shown.setdefault(kind, {}).update(entries)

    def known_entries(self, kind: str) -> list[Entry] | None:
        """The whole list of ``kind`` as last read (perhaps before the last load), or None."""
        read = self._reads.get(kind)
        return read.entries if read is not None else None

    def is_fresh(self, kind: str) -> bool:
        """True when the whole list of ``kind`` was read since the form was loaded."""
        read = self._reads.get(kind)
        return read is not None and read.fresh

    def entries(self, kind: str) -> list[Entry]:
        """The whole list of ``kind`` as picker entries, read now unless it is fresh."""
        read = self._reads.get(kind)
        if read is None or not read.fresh:
            labels, names = _shown_names(self.workspace, kind, None)
            self._keep(kind, labels, lambda: record_entries(labels, names))
        return self._reads[kind].entries

    def request(self, kind: str, deliver: Deliver, owner: QObject) -> None:
        """Have the whole list of ``kind`` read on the worker; ``deliver`` gets it on arrival.

        Without a worker it is read at once. Several requests while one read is
        on its way share that read. A deleted ``owner`` (the form closed) gets nothing.
        """
        worker = self.worker
        if worker is None or self.is_fresh(kind):
            deliver(self.entries(kind))
            return
        if kind in self._waiting and worker.pending() == 0:
            del self._waiting[kind]  # dropped with the queue (another register opened)
        if kind in self._waiting:
            self._waiting[kind].append(deliver)
            return
        self._waiting[kind] = [deliver]
        workspace = self.workspace

        def read() -> tuple[dict[int, str], list[Entry]]:
            labels, names = _shown_names(workspace, kind, None)
            return labels, record_entries(labels, names)

        worker.run_read(
            read,
            lambda result: self._arrived(kind, result),
            lambda error: self._failed(kind, error),
            owner=owner,
        )

    def _arrived(self, kind: str, result: tuple[dict[int, str], list[Entry]]) -> None:
        labels, entries = result
        if not self.is_fresh(kind):  # else read at once meanwhile, by a key pressed
            self._keep(kind, labels, lambda: entries)
        for deliver in self._waiting.pop(kind, []):
            deliver(self._reads[kind].entries)

    def _failed(self, kind: str, error: BaseException) -> None:
        # Nothing is lost: the picker reads the list at once when the user types in it.
        self._waiting.pop(kind, None)
        log.warning("the names of %s records could not be read: %s", kind, error)

    def _keep(self, kind: str, labels: dict[int, str], build: Callable[[], list[Entry]]) -> None:
        read = self._reads.get(kind)
        if read is not None and read.labels == labels:
            read.fresh = True  # the same names: the same list, nothing rebuilt
            return
        self._reads[kind] = _Read(labels, build())

    def forget(self) -> None:
        """Read the names again next time (another record may have been added or renamed)."""
        self._labels.clear()
        self._shown.clear()
        for read in self._reads.values():
            read.fresh = False
