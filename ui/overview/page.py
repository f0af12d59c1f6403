"""The start page: the sections of :mod:`app.overview` as one tree the keyboard walks.

Each line is one row; the line under the cursor is shown whole, with its
reason, below the tree. Enter (or a double-click) on a line opens what it names: a twinning's line
asks for the twin town's page (``town_requested``), other lines for their
record (``open_record``) or page (``page_requested``); a line of an empty
section starts a new record of the kind it offers (``new_record_requested``).
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.formatting import format_date
from app.services.kinds import KINDS
from ui.background import BackgroundWork
from ui.pages import RegisterPage
from ui.sentence_label import whole_line_label

if TYPE_CHECKING:
    from app.overview import Overview, OverviewLine
    from app.workspace import Workspace

log = logging.getLogger(__name__)
TEXT, WHEN, REASON = range(3)


def _read_register(workspace: Workspace, today: date) -> Overview:
    """The sections, read on the worker thread.

    The reading code (the status rules, the to-do rules, the change log) is
    imported here, on the worker, so the window's shell paints meanwhile.
    """
    from app.overview import read_overview

    return read_overview(workspace.database, today)


class _LinesTree(QTreeWidget):
    """The sections' lines; Enter opens the current line."""

    activated_line = Signal(object)  # the QTreeWidgetItem opened

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.activated_line.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class OverviewPage(RegisterPage):
    """The start page of the open register, read again whenever the window asks."""

    town_requested = Signal(int)  # the twin town whose page a line opens
    page_requested = Signal(str)  # a navigation key ("todo"): the whole list
    new_record_requested = Signal(str)  # a kind: an empty section's offer to add one
    filled = Signal()  # the sections read are shown

    PAGE_NAME = "overview_page"

    def build(self) -> None:
        """Lay out the page and read it for the first time."""
        self.overview: Overview | None = None
        self._lines: dict[int, OverviewLine] = {}
        self._task: BackgroundWork | None = None
        self._again = False

        self.heading = QLabel(self)
        self.heading.setObjectName("overview_heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self._hint_text(), self)
        self.hint.setWordWrap(True)
        self.tree = _LinesTree(self)
        self.tree.setObjectName("overview_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("When"), self.tr("Why")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(TEXT, 460)
        self.tree.activated_line.connect(self._open)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._open(item))

        # The whole of the current line with its reason: the columns cut long sentences.
        self.detail = whole_line_label(self, "overview_detail")
        self.tree.currentItemChanged.connect(lambda item, _previous: self._show_detail(item))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read every section again on a worker thread; ``filled`` says when they are shown.

        On a Europe-sized register the to-do rules take a second: the window
        stays free meanwhile. A refresh asked for during a read reads again after it.
        """
        if self._task is not None:
            self._again = True
            return
        today = self.today()
        workspace = self.workspace
        name = workspace.name_and_language().name  # without the models: at start
        if name:
            text = self.tr("Overview for %1, %2").replace("%1", name)
        else:
            text = self.tr("Overview, %2")
        self.heading.setText(text.replace("%2", format_date(today)))
        if self.overview is None:
            self.hint.setText(self.tr("Reading the register…"))
        task = BackgroundWork(
            self, "", lambda _progress, _cancelled: _read_register(workspace, today), dialog=False
        )
        task.done.connect(self._read)
        task.failed.connect(self._not_read)
        self._task = task
        task.start()

    def todo_count(self) -> int:
        """How many items the to-do list held when the page was read (0 before)."""
        return self.overview.todo_count if self.overview is not None else 0

    def is_filled(self) -> bool:
        """True when the sections are shown and no read is under way."""
        return self.overview is not None and self._task is None

    def stop_reading(self) -> None:
        """Wait for a read under way to end (the window closes, or the register changes)."""
        if self._task is not None:
            self._task.wait()
            self._task = None

    def _read(self, overview: Overview) -> None:
        self._task = None
        self.overview = overview
        self.hint.setText(self._hint_text())
        self._show(overview)
        # A line under the cursor from the start, so its whole text shows below.
        self.select_first()
        if self._again:
            self._again = False
            self.refresh()
            return
        self.filled.emit()

    def _not_read(self, error: BaseException) -> None:
        self._task = None
        log.error("the overview could not be read", exc_info=error)
        self.hint.setText(self.tr("The overview could not be read: %1").replace("%1", str(error)))

    def _hint_text(self) -> str:
        return self.tr("Enter or a double-click opens a line; each line says why it is here.")

    def _show(self, overview: Overview) -> None:
        self.tree.clear()
        self._lines = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        urgent = QBrush(self.palette().color(QPalette.ColorRole.Link))
        for section in overview.sections:
            heading = QTreeWidgetItem([section.title])
            heading.setFont(TEXT, bold)
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(TEXT, Qt.ItemDataRole.UserRole, section.key)
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for line in section.lines:
                item = QTreeWidgetItem([line.text, line.when, line.reason])
                for column, text in enumerate((line.text, line.when, line.reason)):
                    item.setToolTip(column, text)
                if line.urgent:
                    item.setFont(WHEN, bold)
                    item.setForeground(WHEN, urgent)
                if not self._opens(line):
                    # Said for her to read; nothing to open.
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                heading.addChild(item)
                if not line.when and not line.reason:
                    # A sentence on its own (what to add first) takes the whole width.
                    item.setFirstColumnSpanned(True)
                self._lines[id(item)] = line
            heading.setExpanded(True)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        line = self.line_of(item) if item is not None else None
        if line is None:
            self.detail.clear()
            return
        parts = [line.text] + [text for text in (line.when, line.reason) if text]
        self.detail.setText(" · ".join(parts))

    @staticmethod
    def _opens(line: OverviewLine) -> bool:
        return line.ref is not None or line.town_id is not None or line.new_kind is not None

    # ------------------------------------------------------------ opening

    def line_of(self, item: QTreeWidgetItem) -> OverviewLine | None:
        """The line an item of the tree shows (None for a heading)."""
        return self._lines.get(id(item))

    def _open(self, item: QTreeWidgetItem) -> None:
        line = self.line_of(item)
        if line is None:
            if item.childCount():
                item.setExpanded(not item.isExpanded())
            return
        if line.town_id is not None:
            self.town_requested.emit(line.town_id)
        elif (line.ref is not None and line.ref.kind in KINDS) or (
            line.ref is not None and line.ref.kind == "yearly_report"
        ):
            self.open_record.emit(line.ref.kind, line.ref.id)
        elif line.ref is not None:
            self.page_requested.emit(line.ref.kind)
        elif line.new_kind is not None:
            self.new_record_requested.emit(line.new_kind)

    # ------------------------------------------------------------ the window's questions

    def select_first(self) -> bool:
        """Put the cursor on the first line that opens something."""
        for row in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(row)
            if heading is None:
                continue
            for child in range(heading.childCount()):
                item = heading.child(child)
                if item is None:
                    continue
                line = self.line_of(item)
                if line is not None and self._opens(line):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def focus_list(self) -> None:
        """Enter in the navigation: the keyboard goes to the first line that opens something."""
        if self.tree.currentItem() is None:
            self.select_first()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
