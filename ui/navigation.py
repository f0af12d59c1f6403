"""The tree on the left: the start page, then a few groups that follow the coordinator's work.

Each group heading folds its entries; the registers she seldom opens
(exchange rates, terms of office, member counts, the change log) sit at the
bottom, folded. An entry is a page (a record kind, the to-do list, the change
log …); the Reports group also holds the report commands of the Reports menu,
run with Enter or a click, never by arrowing past them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.kinds import spec_for

OVERVIEW = "overview"
CHANGE_LOG = "changelog"
TODO = "todo"
TERM_REVIEW = "term_review"
REPORTS_GROUP = "reports"
REGISTERS_GROUP = "registers"

# The groups in the order of her work, each with its entries; a second-level
# entry (members, action items, revisions) is indented under the one it belongs to.
GROUPS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("towns", QT_TRANSLATE_NOOP("Navigation", "Twin towns and twinnings"),
     (("town", 0), ("twinning", 0))),
    ("networks", QT_TRANSLATE_NOOP("Navigation", "Networks and meetings"),
     (("network", 0), ("network_member", 1), ("meeting", 0))),
    ("paperwork", QT_TRANSLATE_NOOP("Navigation", "Agreements, decisions and governing documents"),
     (("agreement", 0), ("agreement_action", 1), ("decision", 0), ("policy", 0),
      ("policy_revision", 1))),
    ("travel", QT_TRANSLATE_NOOP("Navigation", "Trips and activities"),
     (("trip", 0), ("activity", 0), ("grant", 0))),
    ("people", QT_TRANSLATE_NOOP("Navigation", "Associations and people"),
     (("organisation", 0), ("person", 0))),
    ("work", QT_TRANSLATE_NOOP("Navigation", "To do and evaluation"),
     ((TODO, 0), (TERM_REVIEW, 0), ("evaluation", 1))),
    (REPORTS_GROUP, QT_TRANSLATE_NOOP("Navigation", "Reports"),
     (("reference_fact", 0),)),
    (REGISTERS_GROUP, QT_TRANSLATE_NOOP("Navigation", "Registers"),
     (("exchange_rate", 0), ("term", 0), ("member_count", 0), (CHANGE_LOG, 0))),
)  # fmt: skip

# Every page with its indent, in the order shown: the start page first.
ENTRIES: tuple[tuple[str, int], ...] = (
    (OVERVIEW, 0),
    *(entry for _group, _title, entries in GROUPS for entry in entries),
)
# Counts where they tell her something; a count of exchange rates or member counts does not.
COUNTED = frozenset(
    {
        TODO,
        "town",
        "twinning",
        "network",
        "meeting",
        "agreement",
        "decision",
        "policy",
        "trip",
        "activity",
        "grant",
        "organisation",
        "person",
        CHANGE_LOG,
    }
)

FOLDED = frozenset({REPORTS_GROUP, REGISTERS_GROUP})

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4
ACTION_ROLE = Qt.ItemDataRole.UserRole + 5
INDENT = 14
MINIMUM_WIDTH = 170


class _CountDelegate(QStyledItemDelegate):
    """Draws the entry's name with its count right-aligned in a quieter colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        count = index.data(COUNT_ROLE)
        level = int(index.data(LEVEL_ROLE) or 0)
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(INDENT * level, 0, 0, 0)
        super().paint(painter, shifted, index)
        if count is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.setPen(option.palette.color(role))
        area = QRect(option.rect).adjusted(0, 0, -8, 0)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(count)
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 48, max(size.height(), option.fontMetrics.height() + 6))


class Navigation(QTreeWidget):
    """Choosing an entry emits ``page_chosen`` with its key (a kind, "overview", "changelog" …)."""

    page_chosen = Signal(str)
    entered = Signal(str)  # Enter on an entry: the keyboard goes into its page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setIndentation(12)
        self.setItemDelegate(_CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._shown: str | None = None
        self._actions: dict[int, QAction] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self.addTopLevelItem(self._entry(OVERVIEW, 0))
        bold = QFont(self.font())
        bold.setBold(True)
        for group, title, entries in GROUPS:
            heading = QTreeWidgetItem([self.tr(title)])
            heading.setData(0, GROUP_ROLE, group)
            # A heading folds and unfolds; it is no page, so it is never the selection.
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(0, bold)
            self.addTopLevelItem(heading)
            for key, level in entries:
                heading.addChild(self._entry(key, level))
            # The reports are in their menu too, the registers seldom needed: both folded.
            heading.setExpanded(group not in FOLDED)
        self.currentItemChanged.connect(self._chosen)
        self.itemClicked.connect(self._clicked)

    def _entry(self, key: str, level: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self.label_of(key)])
        item.setData(0, KEY_ROLE, key)
        item.setData(0, LEVEL_ROLE, level)
        item.setToolTip(0, self.label_of(key))
        self._items[key] = item
        return item

    def label_of(self, key: str) -> str:
        """The entry's name in the current language."""
        if key == OVERVIEW:
            return self.tr("Overview")
        if key == CHANGE_LOG:
            return self.tr("Change log")
        if key == TODO:
            return self.tr("To do")
        if key == TERM_REVIEW:
            return self.tr("Term evaluation")
        return spec_for(key).display_plural()

    # ------------------------------------------------------------ groups and commands

    def group_item(self, group: str) -> QTreeWidgetItem:
        """The heading of ``group`` (e.g. "registers")."""
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, GROUP_ROLE) == group:
                return item
        raise KeyError(group)

    def set_report_commands(self, actions: list[QAction]) -> None:
        """Show the Reports menu's commands in the Reports group, after its pages."""
        heading = self.group_item(REPORTS_GROUP)
        for row in reversed(range(heading.childCount())):
            child = heading.child(row)
            if child is not None and child.data(0, ACTION_ROLE) is not None:
                heading.removeChild(child)
        self._actions = {}
        for action in actions:
            if action.isSeparator() or action.menu() is not None:
                continue
            text = action.text().replace("&", "")
            item = QTreeWidgetItem([text])
            item.setData(0, ACTION_ROLE, id(action))
            item.setData(0, LEVEL_ROLE, 0)
            item.setToolTip(0, action.toolTip() or text)
            self._actions[id(action)] = action
            heading.addChild(item)

    def _run_command(self, item: QTreeWidgetItem) -> bool:
        action = self._actions.get(item.data(0, ACTION_ROLE))
        if action is None:
            return False
        # Back on the page that is shown: the command opens a dialog over it.
        if self._shown is not None:
            self.select_quietly(self._shown)
        action.trigger()
        return True

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self._run_command(item)

    # ------------------------------------------------------------ choosing

    def _chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        key = current.data(0, KEY_ROLE)
        if key is not None:
            self._shown = str(key)
            self.page_chosen.emit(str(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves into the page, opens or closes a group, or runs a command."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            key = item.data(0, KEY_ROLE)
            if key is not None:
                self.entered.emit(str(key))
            elif item.data(0, GROUP_ROLE) is not None:
                item.setExpanded(not item.isExpanded())
            else:
                self._run_command(item)
            return
        super().keyPressEvent(event)

    def item_of(self, key: str) -> QTreeWidgetItem:
        """The entry of ``key``."""
        return self._items[key]

    def keys(self) -> list[str]:
        """Every page's key, in the order shown."""
        return [key for key, _level in ENTRIES]

    def current_key(self) -> str | None:
        """The page last chosen: a heading or a command under the cursor is no page."""
        return self._shown

    def _make_current(self, key: str) -> None:
        item = self.item_of(key)
        parent = item.parent()
        if parent is not None:
            parent.setExpanded(True)
        self.setCurrentItem(item)
        self._shown = key

    def select(self, key: str) -> None:
        """Make ``key`` the current entry (emits ``page_chosen`` if it changed)."""
        self._make_current(key)

    def select_quietly(self, key: str) -> None:
        """Mark ``key`` as current without emitting (the page is already shown)."""
        self.blockSignals(True)
        self._make_current(key)
        self.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many records the entries that are counted hold."""
        for key, count in counts.items():
            if key not in COUNTED or key not in self._items:
                continue
            item = self.item_of(key)
            item.setData(0, COUNT_ROLE, count)
            item.setToolTip(0, f"{self.label_of(key)}: {count}")

    def count_of(self, key: str) -> int | None:
        """The count shown beside ``key``; None where none is shown."""
        value = self.item_of(key).data(0, COUNT_ROLE)
        return int(value) if value is not None else None

    def sizeHint(self) -> QSize:
        """The navigation's preferred size."""
        return QSize(230, 400)
