"""The change log page: who changed which record, when, and what; filters and details."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.dates import ApproxDate
from app.formatting import format_date
from app.places.folding import swedish_sort_key
from app.services.changelog import ChangeLogQuery, change_log_users, logged_kinds, read_change_log
from app.services.kinds import KINDS
from app.services.records import ChangeLogEntry
from app.vocabulary import label as choice_label
from app.workspace import Workspace
from ui import qt_settings
from ui.db_worker import DatabaseWorker
from ui.lists.changelog_model import ChangeLogModel, field_label, kind_label, local_time
from ui.lists.list_reads import ListReads
from ui.lists.search_row import list_side
from ui.pages import Page

KEY = "changelog"

Names = dict[str, dict[int, str]]
"""The labels of the records the log's values refer to, by kind and id."""


def _referenced_ids(kind: str, name: str, text: str | None) -> tuple[str, list[int]] | None:
    """The kind and ids a logged reference value names (None when it is no reference)."""
    if text is None or kind not in KINDS:
        return None
    try:
        field = KINDS[kind].field(name)
    except KeyError:
        return None
    if not (field.is_reference and field.ref_kind):
        return None
    return field.ref_kind, [int(part) for part in text.split(",") if part.strip().isdigit()]


def read_referenced_names(workspace: Workspace, entries: Sequence[ChangeLogEntry]) -> Names:
    """The labels of every record the entries' values refer to: one question per kind.

    Read with the entries on the window's worker, so choosing an entry asks the
    register nothing (on a server each question is a round trip).
    """
    wanted: dict[str, set[int]] = {}
    for entry in entries:
        for name, values in entry.changes.items():
            for text in values:
                found = _referenced_ids(entry.target_kind, name, text)
                if found is not None:
                    wanted.setdefault(found[0], set()).update(found[1])
    return {kind: dict(workspace.labels(kind, sorted(ids))) for kind, ids in wanted.items() if ids}


class ChangeLogPage(Page):
    """Newest changes first; choose one to see its fields before and after."""

    open_record = Signal(str, int)
    reloaded = Signal()  # the log shows what the register held when last asked

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        worker: DatabaseWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.worker = worker
        self._reads = ListReads(self, worker, self.reloaded.emit)
        self._entry: ChangeLogEntry | None = None
        self._names: Names = {}
        self._users_wanted = False  # asked for with a read that a later one replaced
        self.setObjectName("page_changelog")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)

        side = list_side(
            self.splitter, self.tr("Search the change log (Ctrl+F)"), self._search_changed
        )
        left, left_layout = side.widget, side.layout
        self.search_field, self.count_label = side.search_field, side.count_label

        filters = QHBoxLayout()
        self.kind_combo = QComboBox(left)
        self.kind_combo.setObjectName("filter_kind")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for spec in sorted(KINDS.values(), key=lambda s: swedish_sort_key(s.display_plural())):
            self.kind_combo.addItem(spec.display_plural(), spec.kind)
        for kind in logged_kinds():
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.reload())
        filters.addWidget(self.kind_combo)
        self.user_combo = QComboBox(left)
        self.user_combo.setObjectName("filter_user")
        self.user_combo.addItem(self.tr("Everyone"), None)
        self.user_combo.currentIndexChanged.connect(lambda _index: self.reload())
        filters.addWidget(self.user_combo)
        filters.addStretch(1)
        left_layout.addLayout(filters)

        self.model = ChangeLogModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("changes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tab leaves the list; Enter opens the changed record (see eventFilter).
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        left_layout.addWidget(self.table, 1)
        self.splitter.addWidget(left)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        self.details = QPlainTextEdit(right)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Choose a change to see what it was."))
        right_layout.addWidget(self.details, 1)
        self.open_button = QPushButton(self.tr("Open the record"), right)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_current)
        right_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.reload(with_users=True)
        state = qt_settings.load_state("splitter/changelog")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([700, 400])
        columns = qt_settings.load_state("columns/changelog")
        if columns is None or not self.table.horizontalHeader().restoreState(columns):
            self.table.resizeColumnsToContents()

    def _fill_users(self, users: Sequence[str]) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Everyone"), None)
        for user in users:
            self.user_combo.addItem(user, user)
        self.user_combo.setCurrentIndex(max(self.user_combo.findData(chosen), 0))
        self.user_combo.blockSignals(False)

    def reload(self, *, with_users: bool = False) -> None:
        """Read the newest entries again for the chosen kind and person (and who wrote).

        The entries, the names their values refer to and, with ``with_users``,
        the people of the log come in one piece of work from the window's worker.
        """
        query = ChangeLogQuery(
            kind=self.kind_combo.currentData(), user=self.user_combo.currentData()
        )
        workspace = self.workspace
        with_users = self._users_wanted = with_users or self._users_wanted

        def read() -> tuple[list[ChangeLogEntry], Names, list[str] | None]:
            entries = read_change_log(workspace.database, query)
            users = list(change_log_users(workspace.database)) if with_users else None
            return entries, read_referenced_names(workspace, entries), users

        self._reads.read(read, self._show_entries)

    def _show_entries(self, answer: tuple[list[ChangeLogEntry], Names, list[str] | None]) -> None:
        entries, names, users = answer
        if users is not None:
            self._users_wanted = False
            self._fill_users(users)
        self._names = names
        self.model.set_entries(entries)
        self._update_count()
        self._show(None)
        self._reads.finish()

    def is_reading(self) -> bool:
        """True while a read of the log is on its way from the worker."""
        return self._reads.is_reading()

    def refresh(self) -> None:
        """After records changed elsewhere: new people may have written, new entries exist."""
        self.reload(with_users=True)

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._update_count()
        self._show(None)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_rows()
        self.count_label.setText(
            str(total)
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.entry_at(current.row()) if current.isValid() else None)

    def _show(self, entry: ChangeLogEntry | None) -> None:
        self._entry = entry
        if entry is None:
            self.details.clear()
            self.open_button.setEnabled(False)
            return
        what = self.model.data(self.model.index(self.table.currentIndex().row(), 2))
        lines = [
            f"{format_date(local_time(entry.at))} · {entry.user} · {what}",
            f"{kind_label(entry.target_kind)}: {entry.summary or ''}",
            "",
        ]
        for name, (raw_old, raw_new) in entry.changes.items():
            label = field_label(entry.target_kind, name)
            old = self._readable(entry.target_kind, name, raw_old)
            new = self._readable(entry.target_kind, name, raw_new)
            if entry.action == "create" or old is None:
                lines.append(f"{label}: {new or '–'}")
            elif new is None:
                lines.append(f"{label}: {old} → –")
            else:
                lines.append(f"{label}: {old} → {new}")
        self.details.setPlainText("\n".join(lines))
        self.open_button.setEnabled(
            entry.target_kind in KINDS and entry.target_id is not None and entry.action != "delete"
        )

    def _readable(self, kind: str, name: str, text: str | None) -> str | None:
        """A logged value as the user knows it: a town's name, not its id; a label, not a code."""
        if text is None or kind not in KINDS:
            return text
        try:
            field = KINDS[kind].field(name)
        except KeyError:
            return text
        reference = _referenced_ids(kind, name, text)
        if reference is not None:
            ref_kind, ids = reference
            if not ids:
                return text
            # Read with the entries (read_referenced_names): nothing is asked here.
            labels = self._names.get(ref_kind, {})
            return ", ".join(labels.get(i) or f"#{i}" for i in ids)
        if field.type in ("choice", "tags"):
            return ", ".join(choice_label(part.strip()) for part in text.split(","))
        if field.is_approx:
            # Logged in the stored form ("194X"); read as written ("1940-talet").
            try:
                return str(ApproxDate.from_edtf(text))
            except ValueError:
                return text
        return text

    def _open_current(self) -> None:
        entry = self._entry
        if entry is None or entry.target_id is None or entry.target_kind not in KINDS:
            return
        if entry.action == "delete":
            return
        self.open_record.emit(entry.target_kind, entry.target_id)

    def select_first(self) -> bool:
        """Show the newest change in the details pane (the screenshots use it)."""
        if self.model.rowCount() == 0:
            return False
        self.table.selectRow(0)
        return True

    def has_search(self) -> bool:
        """The change log can be searched."""
        return True

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field with its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def save_state(self) -> None:
        """Remember the splitter and the columns for next time."""
        qt_settings.save_state("splitter/changelog", self.splitter.saveState())
        qt_settings.save_state("columns/changelog", self.table.horizontalHeader().saveState())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the log opens the record of the entry."""
        enter = (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if enter:
            self._open_current()
            return True
        return super().eventFilter(watched, event)
