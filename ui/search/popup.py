"""Ctrl+K: a box over the window that searches the whole register as you type.

The cursor stays in the text field the whole time, as in a command palette:
Up and Down move through the results, Enter opens the chosen record in its
form (an attachment opens the record it belongs to), Esc closes the box.
Results are grouped by kind with the number found; each line shows the
record's name and the field and words that matched.

The search runs when typing pauses for a moment (a tenth of a second), so a
fast typist sends one query, not one per key. It runs on the window's
database worker: on a server every statement is a round trip, and typing must
never wait for one. Only the answer for the latest text is shown; an older
one arriving late is dropped. Enter while the answer for what was typed is on
its way opens that answer's first record when it comes (what was typed last is
what she asked for), unless she types on or closes the box first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.search import Results, search
from app.workspace import Workspace
from ui.page_work import PageWork
from ui.sentence_label import sentence_label

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN_PER_KIND = 5
PAUSE_MS = 100
POPUP_SIZE = (720, 460)


class _NameDelegate(QStyledItemDelegate):
    """Long names lose their middle, not their end: two activities differ by their year."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class SearchPopup(QDialog):
    """The search box of the whole register; ``record_chosen`` carries what Enter opens."""

    record_chosen = Signal(str, int)  # kind, id
    # Emitted after the results of the text typed were shown (tests and the benchmark wait on it).
    results_shown = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker; without one the search runs here."""
        super().__init__(parent)
        self.setObjectName("search_popup")
        self.workspace = workspace
        self.setWindowTitle(self.tr("Search the whole register"))
        self.resize(*POPUP_SIZE)
        self.field = QLineEdit(self)
        self.field.setObjectName("search_everywhere_field")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("Names, other names, notes, attachments … of every kind")
        )
        # A standard item model, not QTreeWidget: Qt's model tester fails QTreeWidget's own.
        self.model = QStandardItemModel(0, 2, self)
        self.results = QTreeView(self)
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The list is driven from the text field; clicking still works.
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.results.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.setItemDelegateForColumn(0, _NameDelegate(self.results))
        # Names get a fixed share: measuring every line's text on each keystroke costs more.
        self.results.setColumnWidth(0, POPUP_SIZE[0] * 9 // 20)
        self.results.activated.connect(self._open)
        self.status = sentence_label("", self, name="search_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        self.field.textEdited.connect(self._typed)
        self.field.installEventFilter(self)
        self._reads = PageWork(self, worker, self.status.setText, lambda: None)
        self._open_when_shown = False  # Enter came before the answer for the text typed
        self._show_hint()

    # ------------------------------------------------------------ searching

    def run_search(self) -> None:
        """Search for what is in the field now; the results are shown when they come.

        ``results_shown`` follows once they are on screen; an answer for an
        older text is dropped.
        """
        self._pause.stop()
        typed = self.field.text()
        if not typed.strip():
            self._reads.drop_answers()
            self._open_when_shown = False
            self._clear()
            self._show_hint()
            self.results_shown.emit(Results(typed, ()))
            return
        database = self.workspace.database
        self._reads.read(
            lambda: search(database, typed, SHOWN_PER_KIND),
            self.show_results,
            lambda error: self._not_searched(typed, error),
        )

    def is_searching(self) -> bool:
        """True while the answer for the text typed is still to come (or to be asked for)."""
        return self._pause.isActive() or self._reads.is_reading()

    def _typed(self, _text: str) -> None:
        self._open_when_shown = False  # Enter was for the text before this key
        self._pause.start()

    def _not_searched(self, typed: str, error: BaseException) -> None:
        # Shown as one sentence; the details go to the log.
        log.error("search everywhere failed for %r", typed, exc_info=error)
        self._open_when_shown = False
        self._clear()
        self.status.setText(
            self.tr("The register could not be searched just now. Try again in a moment.")
        )
        self.results_shown.emit(Results(typed, ()))

    def show_results(self, results: Results) -> None:
        """Fill the list with ``results``, the first record chosen."""
        # One repaint for the whole list, not one per line added.
        self.results.setUpdatesEnabled(False)
        self._clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        muted = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        first: QStandardItem | None = None
        for group in results.groups:
            heading = QStandardItem(group.heading)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            filler = QStandardItem()
            filler.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.model.appendRow([heading, filler])
            self.results.setFirstColumnSpanned(heading.row(), QModelIndex(), True)
            for hit in group.hits:
                where = self.tr("%1: %2").replace("%1", hit.field).replace("%2", hit.excerpt)
                name = QStandardItem(hit.label)
                name.setData(hit.open_kind, KIND_ROLE)
                name.setData(hit.open_id, ID_ROLE)
                found = QStandardItem(where if hit.field else hit.excerpt)
                found.setForeground(muted)
                found.setToolTip(where)
                heading.appendRow([name, found])
                first = first or name
            if group.total > len(group.hits):
                more = QStandardItem(self.tr("… and %n more", "", group.total - len(group.hits)))
                more.setForeground(muted)
                blank = QStandardItem()
                for part in (blank, more):
                    part.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.appendRow([blank, more])
        self.results.expandAll()
        self.results.setUpdatesEnabled(True)
        if first is not None:
            self.results.setCurrentIndex(first.index())
            self.status.setText(
                self.tr("Up and Down choose, Enter opens, Esc closes. Ctrl+F searches one list.")
            )
        else:
            self.status.setText(
                self.tr("Nothing in the register matches “%1”.").replace("%1", results.text.strip())
            )
        self.results_shown.emit(results)
        if self._open_when_shown:
            self._open_when_shown = False
            if first is not None and self.isVisible():
                self._open(first.index())

    def _show_hint(self) -> None:
        self.status.setText(
            self.tr("Type the beginning of a word; accents and capitals do not matter.")
        )

    # ------------------------------------------------------------ the keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search field move through the results; Enter opens the chosen one."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self._move(key)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._pause.isActive():
                    self.run_search()  # Enter before the pause ended: search what was typed
                if self._reads.is_reading():
                    # What is shown is for an older text: open the answer for hers.
                    self._open_when_shown = True
                    return True
                current = self.results.currentIndex()
                if current.isValid():
                    self._open(current)
                return True
        return super().eventFilter(watched, event)

    def _clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())

    def choosable(self) -> list[QModelIndex]:
        """The lines Up, Down and Enter can choose: the hits, never a heading."""
        lines = []
        for top in range(self.model.rowCount()):
            heading = self.model.index(top, 0)
            for row in range(self.model.rowCount(heading)):
                line = self.model.index(row, 0, heading)
                if line.data(KIND_ROLE):
                    lines.append(line)
        return lines

    def _move(self, key: int) -> None:
        lines = self.choosable()
        if not lines:
            return
        current = self.results.currentIndex().siblingAtColumn(0)
        at = lines.index(current) if current in lines else -1
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5}.get(Qt.Key(key), -5)
        target = lines[max(0, min(len(lines) - 1, at + step))]
        self.results.setCurrentIndex(target)
        self.results.scrollTo(target)

    def _open(self, index: QModelIndex) -> None:
        line = index.siblingAtColumn(0)
        kind, record_id = line.data(KIND_ROLE), line.data(ID_ROLE)
        if not kind:
            return  # a heading or the "… and 5 more" line
        self.accept()
        self.record_chosen.emit(str(kind), int(record_id))

    # ------------------------------------------------------------ opening

    def done(self, result: int) -> None:
        """Closed (Esc, or a record opened): an Enter still waiting for its answer is forgotten."""
        self._open_when_shown = False
        super().done(result)

    def start(self) -> None:
        """Show the box with the last text chosen, so typing replaces it."""
        parent = self.parentWidget()
        if parent is not None:
            # Near the top of the window, centred: where the eye already is.
            frame = parent.geometry()
            width = min(POPUP_SIZE[0], frame.width() - 40)
            height = min(POPUP_SIZE[1], frame.height() - 80)
            self.resize(width, height)
            self.results.setColumnWidth(0, width * 9 // 20)
            self.move(frame.x() + (frame.width() - width) // 2, frame.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()


def open_search(
    window: QWidget,
    workspace: Workspace,
    open_record: Callable[[str, int], object],
    *,
    worker: DatabaseWorker | None = None,
) -> SearchPopup:
    """Ctrl+K: show the window's search box (made once per register and kept).

    ``worker``: the window's database worker, which searches, so that typing never
    waits for the register (here and now without it).
    """
    popup = window.findChild(SearchPopup, "search_popup")
    if popup is not None and popup.workspace is not workspace:
        popup.setObjectName("")  # another register was opened: its box goes
        popup.deleteLater()
        popup = None
    if popup is None:
        popup = SearchPopup(workspace, window, worker=worker)
        popup.record_chosen.connect(lambda kind, record_id: open_record(kind, record_id))
    popup.start()
    return popup
