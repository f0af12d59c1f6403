"""The to-do list page: everything the municipality's rules ask for, grouped by kind.

Double-clicking an item opens its record (``open_record``); the buttons mark
items done, snooze them until a day, or export the list as a calendar file.
``count_changed`` carries the number of items for the navigation. The list is
read, and marked or snoozed, on the window's database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.listing import fold
from app.todo import (
    OVERDUE,
    TodoItem,
    export_ics,
    group_by_kind,
    kind_label,
    mark_done,
    snooze,
    todo_items,
)
from app.workflow.terms import start_evaluation
from ui.page_work import PageWork
from ui.pages import RegisterPage
from ui.sentence_label import whole_line_label
from ui.todo.dialogs import SnoozeDialog

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, DUE, STATE = range(3)


class TodoView(RegisterPage):
    """The grouped to-do list of the open register."""

    open_record = Signal(str, int)  # kind, id: the record an item is about
    count_changed = Signal(int)  # how many items the list holds
    records_changed = Signal(str)  # a record was created here (an evaluation)
    message = Signal(str)  # a short note for the status bar

    PAGE_NAME = "todo_view"

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        worker: DatabaseWorker | None = None,
    ) -> None:
        """``worker``: the window's database worker, which reads and writes (None: here)."""
        # A write's going out and coming back turns the buttons that write off and on.
        self._work = PageWork(self, worker, self._warn, lambda: self._update_buttons())
        super().__init__(workspace, parent, today=today)

    def build(self) -> None:
        """Lay out the page and read it for the first time."""
        self.items: dict[str, TodoItem] = {}
        # Replaceable in tests: where to save the calendar, and how long to snooze.
        self.ask_calendar_path: Callable[[], str | None] = self._ask_calendar_path
        self.ask_snooze: Callable[[int], tuple[date, str] | None] = self._ask_snooze

        self.summary = QLabel(self)
        self.summary.setObjectName("todo_summary")
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("search")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search the to-do list (Ctrl+F)"))
        self.search_field.textChanged.connect(lambda _text: self._apply_search())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("todo_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("To do"), self.tr("Due"), self.tr("State")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.installEventFilter(self)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        # The whole of the item under the cursor with its reason: the column cuts long titles,
        # and a reason in a tooltip is out of the keyboard's reach.
        self.detail = whole_line_label(self, "todo_detail")
        self.tree.currentItemChanged.connect(lambda item, _previous: self._show_detail(item))

        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.done_button.setObjectName("mark_done")
        self.done_button.setToolTip(self.tr("The chosen items leave the list for good."))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.snooze_button = QPushButton(self.tr("Snooze…"), self)
        self.snooze_button.setObjectName("snooze")
        self.snooze_button.setToolTip(self.tr("Hide the chosen items until a day you choose."))
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.export_button = QPushButton(self.tr("Export calendar…"), self)
        self.export_button.setObjectName("export_calendar")
        self.export_button.setToolTip(
            self.tr("Save the list as a calendar file (.ics) for Outlook.")
        )
        self.export_button.clicked.connect(self.export_calendar)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.clicked.connect(self.refresh)

        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.refresh()

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the list again (after records or rules changed, or on a new day)."""
        database, today = self.workspace.database, self.today()
        self._work.read(lambda: todo_items(database, today), self._show)

    def is_reading(self) -> bool:
        """True while the list is on its way from the worker."""
        return self._work.is_reading()

    def is_filled(self) -> bool:
        """True once the list asked for last is shown (the screenshots wait for it)."""
        return not self._work.is_reading()

    def _show(self, found: list[TodoItem]) -> None:
        # What is chosen now stays chosen: she may have moved while the list was read.
        selected = set(self.selected_keys())
        self.items = {item.key: item for item in found}
        folded = {group.data(TITLE, KEY_ROLE) for group in self._groups() if not group.isExpanded()}
        self.tree.clear()
        for kind, items in group_by_kind(found):
            group = QTreeWidgetItem([f"{kind_label(kind)} ({len(items)})"])
            group.setData(TITLE, KEY_ROLE, kind)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(TITLE)
            font.setBold(True)
            group.setFont(TITLE, font)
            for item in items:
                child = QTreeWidgetItem([item.title, item.due.isoformat(), item.state_label])
                child.setData(TITLE, KEY_ROLE, item.key)
                child.setToolTip(TITLE, item.detail or item.title)
                if item.state == OVERDUE:
                    for column in (DUE, STATE):
                        bold = child.font(column)
                        bold.setBold(True)
                        child.setFont(column, bold)
                group.addChild(child)
                if item.key in selected:
                    child.setSelected(True)
            self.tree.addTopLevelItem(group)
            # Groups stay folded as the coordinator left them; new ones open.
            group.setExpanded(kind not in folded)
        self._apply_search()
        overdue = sum(1 for item in found if item.state == OVERDUE)
        self.summary.setText(
            self.tr("%n item(s), %1 overdue", "", len(found)).replace("%1", str(overdue))
        )
        self._update_buttons()
        self._show_detail(self.tree.currentItem())
        self.count_changed.emit(len(found))

    def _show_detail(self, row: QTreeWidgetItem | None) -> None:
        item = self.items.get(str(row.data(TITLE, KEY_ROLE))) if row is not None else None
        if item is None:
            self.detail.clear()
            return
        parts = [item.title, item.state_label] + ([item.detail] if item.detail else [])
        self.detail.setText(" · ".join(parts))

    def _apply_search(self) -> None:
        """Hide the items that do not contain every typed word (case and accents ignored)."""
        words = fold(self.search_field.text()).split()
        for group in self._groups():
            shown = 0
            for j in range(group.childCount()):
                child = group.child(j)
                if child is None:
                    continue
                item = self.items.get(str(child.data(TITLE, KEY_ROLE)))
                text = fold(f"{item.title} {item.detail or ''}") if item is not None else ""
                hidden = not all(word in text for word in words)
                child.setHidden(hidden)
                if hidden:
                    child.setSelected(False)  # Mark done acts on what is seen only
                shown += not hidden
            group.setHidden(shown == 0)

    # ------------------------------------------------------------ the page

    def has_search(self) -> bool:
        """The to-do list can be searched."""
        return True

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field with its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_list(self) -> None:
        """Enter in the navigation: the keyboard goes to the list, on its first item.

        Without one under the cursor, Down would first stop on a group's heading,
        which shows nothing below the list.
        """
        current = self.tree.currentItem()
        if current is None or current.parent() is None:
            self.select_first()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def select_first(self) -> bool:
        """Choose the first item shown (the screenshots use it)."""
        for group in self._groups():
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and not child.isHidden():
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the list opens what the item is about."""
        enter = (
            watched is self.tree
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if enter:
            # Enter opens the record the chosen item is about, as a double click does.
            current = self.tree.currentItem()
            item = self.items.get(str(current.data(TITLE, KEY_ROLE))) if current else None
            if item is not None:
                self.open_item(item)
                return True
        return super().eventFilter(watched, event)

    def count(self) -> int:
        """How many items the list shows."""
        return len(self.items)

    def selected_keys(self) -> list[str]:
        """The keys of the chosen items (group rows are not items)."""
        keys = []
        for row in self.tree.selectedItems():
            key = row.data(TITLE, KEY_ROLE)
            if key in self.items:
                keys.append(str(key))
        return keys

    def row_of(self, key: str) -> QTreeWidgetItem | None:
        """The tree row showing the item ``key``."""
        for group in self._groups():
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None and child.data(TITLE, KEY_ROLE) == key:
                    return child
        return None

    def _groups(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                found.append(group)
        return found

    # ------------------------------------------------------------ actions

    def _double_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        item = self.items.get(str(row.data(TITLE, KEY_ROLE)))
        if item is not None:
            self.open_item(item)

    def open_item(self, item: TodoItem) -> None:
        """Open the record the item is about; an evaluation due is started first."""
        if item.kind == "term_evaluation" and item.context is not None and item.ref is not None:
            if self._work.is_writing():
                return
            database, term, twinning = self.workspace.database, item.context.id, item.ref.id

            def started(evaluation: Any) -> None:
                if evaluation.id is not None:
                    self.records_changed.emit("evaluation")
                    self.open_record.emit("evaluation", evaluation.id)

            self._work.write(lambda: start_evaluation(database, term, twinning), started)
            return
        if item.ref is not None:
            self.open_record.emit(item.ref.kind, item.ref.id)

    def mark_selected_done(self) -> None:
        """Mark the chosen items done."""
        keys = self.selected_keys()
        if not keys or self._work.is_writing():
            return
        database, today = self.workspace.database, self.today()

        def mark() -> None:
            for key in keys:
                mark_done(database, key, today)

        def marked(_nothing: Any) -> None:
            self.refresh()
            self.message.emit(self.tr("Marked %n item(s) done.", "", len(keys)))

        # Refused part way (a colleague meanwhile): what was marked shows in the list read again.
        self._work.write(mark, marked, lambda _error: self.refresh())

    def snooze_selected(self) -> None:
        """Snooze the chosen items until a day she picks."""
        keys = self.selected_keys()
        if not keys or self._work.is_writing():
            return
        answer = self.ask_snooze(len(keys))
        if answer is None:
            return
        until, reason = answer
        database, today = self.workspace.database, self.today()

        def hide() -> None:
            for key in keys:
                snooze(database, key, until, reason, today=today)

        self._work.write(hide, lambda _nothing: self.refresh(), lambda _error: self.refresh())

    def export_calendar(self) -> None:
        """Write the to-do list as a calendar file (.ics)."""
        path = self.ask_calendar_path()
        if not path:
            return
        if Path(path).suffix.lower() != ".ics":
            path += ".ics"
        try:
            written = export_ics(self.items.values(), path)
        except OSError as error:
            self._warn(
                self.tr("Could not write the calendar %1: %2.")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error))
            )
            return
        self.message.emit(self.tr("Wrote %n item(s) to %1.", "", written).replace("%1", path))

    # ------------------------------------------------------------ asking

    def _ask_calendar_path(self) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the to-do list as a calendar"),
            str(Path.home() / "vanort-todo.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        return path or None

    def _ask_snooze(self, count: int) -> tuple[date, str] | None:
        dialog = SnoozeDialog(self.today(), count, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.until(), dialog.reason()

    def _update_buttons(self) -> None:
        # One write at a time: a second click while one is on its way marks nothing twice.
        chosen = bool(self.selected_keys()) and not self._work.is_writing()
        self.done_button.setEnabled(chosen)
        self.snooze_button.setEnabled(chosen)
        self.export_button.setEnabled(bool(self.items))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("To-do list"), text)
