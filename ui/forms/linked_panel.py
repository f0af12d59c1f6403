"""Records linked to the one in the form, grouped by kind, one double-click away.

Both directions count: records that point here (a town's twinnings, trips and
agreements, a decision's records) and records this one points to (a trip's
approval decision). The list is read when the panel is first shown, so
opening a form costs nothing for a panel nobody looks at; with the window's
database worker it is read there (a read a kind: on a server, seconds that
must not freeze the window), and only the answer for the record shown now is
put on screen.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.places.folding import swedish_sort_key
from app.services.kinds import KINDS, spec_for
from app.services.listing import Filters, ListQuery
from app.services.records import RecordRef

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_PER_KIND = 500  # a national association's home town can have hundreds of links


@dataclass(frozen=True)
class LinkedGroup:
    """The records of one kind linked to the open record, as the panel lists them."""

    kind: str
    total: int
    records: list[tuple[int, str]]  # (id, label), alphabetical; at most SHOWN_PER_KIND


def _forward_links(record: Any) -> dict[str, set[int]]:
    """What ``record`` itself points to through its ref, refs and concerns fields."""
    found: dict[str, set[int]] = {}
    if record is None:
        return found
    for spec in KINDS.values():
        if type(record) is not spec.record:
            continue
        for f in spec.fields:
            value = getattr(record, f.name)
            if f.type == "ref" and f.ref_kind and value is not None:
                found.setdefault(f.ref_kind, set()).add(int(value))
            elif f.type == "refs" and f.ref_kind:
                found.setdefault(f.ref_kind, set()).update(int(v) for v in value)
            elif f.type == "concerns":
                for ref in value:
                    found.setdefault(ref.kind, set()).add(ref.id)
    return found


def linked_records(workspace: Any, ref: RecordRef, record: Any = None) -> list[LinkedGroup]:
    """Every kind with records linked to ``ref``, in the order of the kinds' names."""
    forward = _forward_links(record)
    groups: list[LinkedGroup] = []
    for kind in KINDS:
        page = workspace.page(kind, ListQuery(filters=Filters(related=ref), limit=SHOWN_PER_KIND))
        ids = {r.id for r in page.records}
        extra = forward.get(kind, set()) - ids
        if kind == ref.kind:
            extra.discard(ref.id)
        total = page.total + len(extra)
        if not total:
            continue
        labels = workspace.labels(kind, sorted(ids | extra))
        records = sorted(labels.items(), key=lambda item: swedish_sort_key(item[1]))
        groups.append(LinkedGroup(kind, total, records))
    groups.sort(key=lambda g: swedish_sort_key(spec_for(g.kind).display_plural()))
    return groups


def new_linked_presets(ref: RecordRef) -> list[tuple[str, dict[str, Any]]]:
    """Kinds of record that can be made already linked to ``ref``, with their preset values.

    A kind qualifies when one of its fields points to ``ref``'s kind (the
    first such field is filled in); a decision can concern any record.
    """
    offers: list[tuple[str, dict[str, Any]]] = []
    for spec in KINDS.values():
        for f in spec.fields:
            if f.ref_kind == ref.kind and f.type == "ref":
                offers.append((spec.kind, {f.name: ref.id}))
                break
            if f.ref_kind == ref.kind and f.type == "refs":
                offers.append((spec.kind, {f.name: (ref.id,)}))
                break
            if f.type == "concerns" and ref.kind != spec.kind:
                offers.append((spec.kind, {f.name: (ref,)}))
                break
    offers.sort(key=lambda offer: swedish_sort_key(spec_for(offer[0]).display_singular()))
    return offers


class _Read:
    """A read of the linked records on the worker; ``dropped`` once another record is shown.

    The worker thread only looks at ``dropped``: a read no longer wanted before
    it started is skipped, so moving through a list reads the last record's links only.
    """

    def __init__(self) -> None:
        self.dropped = False


class _Tree(QTreeWidget):
    def __init__(self, owner: LinkedRecordsPanel) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self.owner.open_item(item)
                return
        super().keyPressEvent(event)


class LinkedRecordsPanel(QWidget):
    """A tree: one branch per kind with its count, one leaf per linked record."""

    open_record = Signal(str, int)
    counted = Signal(int)  # how many linked records, after each refresh
    # A new record of a kind, already linked to this one: (kind, preset values for load()).
    new_record = Signal(str, object)

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ref: RecordRef | None = None
        self.record: Any = None
        self._stale = False
        self.worker: DatabaseWorker | None = None  # the window's; None reads here
        self._reading: _Read | None = None  # the read on its way from the worker
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tree = _Tree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New linked record"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.open_item(item))
        self.set_record(None, None)

    def set_record(self, ref: RecordRef | None, record: Any) -> None:
        """Follow another record; the links are read now if the panel is on screen."""
        self.ref, self.record = ref, record
        self._stale = True
        self._fill_new_menu()
        if self.isVisible() or ref is None:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the linked records when the panel comes into view after a change."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_worker(self, worker: DatabaseWorker | None) -> None:
        """Read the linked records on the window's database worker (None: here)."""
        self.worker = worker

    def refresh(self) -> None:
        """List the records linked to the open record again."""
        self._stale = False
        if self._reading is not None:
            self._reading.dropped = True  # another record: its answer is not wanted
            self._reading = None
        self.tree.clear()
        ref, record = self.ref, self.record
        if ref is None:
            self.hint.setText(self.tr("Linked records are shown once the record is saved."))
            self.counted.emit(0)
            return
        if self.worker is None:
            self._show(linked_records(self.workspace, ref, record))
            return
        self.hint.setText(self.tr("Reading the linked records…"))
        reading = self._reading = _Read()
        workspace = self.workspace
        self.worker.run_read(
            lambda: None if reading.dropped else linked_records(workspace, ref, record),
            lambda groups: self._arrived(reading, groups),
            lambda error: self._failed(reading, error),
            owner=self,
        )

    def is_reading(self) -> bool:
        """True while the linked records are on their way from the worker."""
        return self._reading is not None

    def _arrived(self, reading: _Read, groups: list[LinkedGroup] | None) -> None:
        if reading is self._reading and groups is not None:  # else another record came
            self._reading = None
            self._show(groups)

    def _failed(self, reading: _Read, error: BaseException) -> None:
        if reading is not self._reading:
            return  # no longer wanted; the read for the record shown now says how it went
        self._reading = None
        self._stale = True  # read again when next shown
        self.hint.setText(self.tr("The linked records could not be read."))
        # As if read here: the window's exception hook says why (a lost server) and logs it.
        sys.excepthook(type(error), error, error.__traceback__)

    def _show(self, groups: list[LinkedGroup]) -> None:
        self.tree.clear()
        self.hint.setText(
            self.tr("Double-click a record to open it.")
            if groups
            else self.tr("No other records are linked to this one yet.")
        )
        total = 0
        for group in groups:
            spec = spec_for(group.kind)
            branch = QTreeWidgetItem([f"{spec.display_plural()} ({group.total})"])
            branch.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = branch.font(0)
            font.setBold(True)
            branch.setFont(0, font)
            for record_id, label in group.records:
                leaf = QTreeWidgetItem([label or f"#{record_id}"])
                leaf.setData(0, KIND_ROLE, group.kind)
                leaf.setData(0, ID_ROLE, record_id)
                branch.addChild(leaf)
            if group.total > len(group.records):
                more = QTreeWidgetItem(
                    [self.tr("… and %n more", "", group.total - len(group.records))]
                )
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                branch.addChild(more)
            self.tree.addTopLevelItem(branch)
            branch.setExpanded(True)
            total += group.total
        self.counted.emit(total)

    def _fill_new_menu(self) -> None:
        self.new_menu.clear()
        offers = new_linked_presets(self.ref) if self.ref is not None else []
        for kind, preset in offers:
            action = self.new_menu.addAction(spec_for(kind).display_singular())
            action.setData(kind)
            action.triggered.connect(
                lambda _checked=False, k=kind, p=preset: self.new_record.emit(k, dict(p))
            )
        self.new_button.setEnabled(bool(offers))

    def open_item(self, item: QTreeWidgetItem) -> None:
        """Open the linked record of ``item``."""
        kind, record_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if kind and record_id is not None:
            self.open_record.emit(str(kind), int(record_id))

    def find_items(self, text: str) -> list[QTreeWidgetItem]:
        """The record leaves whose label is ``text`` (for tests and keyboard search)."""
        return self.tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
