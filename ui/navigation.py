"""The list on the left: every record kind and the change log, each with its count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.kinds import spec_for

CHANGE_LOG = "changelog"
TODO = "todo"
TERM_REVIEW = "term_review"

# The order the coordinator thinks in: towns and what hangs on them first, then the
# paperwork. A second-level entry (members, action items, revisions) is indented.
ENTRIES: tuple[tuple[str, int], ...] = (
    (TODO, 0),
    ("town", 0),
    ("twinning", 0),
    ("network", 0),
    ("network_member", 1),
    ("meeting", 1),
    ("agreement", 0),
    ("agreement_action", 1),
    ("trip", 0),
    ("activity", 0),
    ("organisation", 0),
    ("member_count", 1),
    ("person", 0),
    ("decision", 0),
    ("policy", 0),
    ("policy_revision", 1),
    ("grant", 0),
    ("exchange_rate", 0),
    ("term", 0),
    ("evaluation", 1),
    (TERM_REVIEW, 1),
    ("reference_fact", 0),
    (CHANGE_LOG, 0),
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
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
        level = int(index.data(Qt.ItemDataRole.UserRole + 3) or 0)
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
        return QSize(size.width() + 48, max(size.height(), option.fontMetrics.height() + 10))


class Navigation(QListWidget):
    """Choosing an entry emits ``page_chosen`` with its key (a kind, or "changelog")."""

    page_chosen = Signal(str)
    entered = Signal(str)  # Enter on an entry: the keyboard goes into its page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setItemDelegate(_CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(MINIMUM_WIDTH)
        for key, level in ENTRIES:
            item = QListWidgetItem(self.label_of(key))
            item.setData(KEY_ROLE, key)
            item.setData(Qt.ItemDataRole.UserRole + 3, level)
            item.setToolTip(self.label_of(key))
            self.addItem(item)
        self.currentItemChanged.connect(self._chosen)

    def label_of(self, key: str) -> str:
        """The entry's name in the current language."""
        if key == CHANGE_LOG:
            return self.tr("Change log")
        if key == TODO:
            return self.tr("To do")
        if key == TERM_REVIEW:
            return self.tr("Term evaluation")
        return spec_for(key).display_plural()

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.page_chosen.emit(str(current.data(KEY_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = self.current_key()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and key is not None:
            self.entered.emit(key)
            return
        super().keyPressEvent(event)

    def item_of(self, key: str) -> QListWidgetItem:
        """The entry of ``key``."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [key for key, _level in ENTRIES]

    def current_key(self) -> str | None:
        item = self.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def select(self, key: str) -> None:
        """Make ``key`` the current entry (emits ``page_chosen`` if it changed)."""
        self.setCurrentItem(self.item_of(key))

    def select_quietly(self, key: str) -> None:
        """Mark ``key`` as current without emitting (the page is already shown)."""
        self.blockSignals(True)
        self.setCurrentItem(self.item_of(key))
        self.blockSignals(False)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many records each entry holds."""
        for key, count in counts.items():
            try:
                item = self.item_of(key)
            except KeyError:
                continue
            item.setData(COUNT_ROLE, count)
            item.setToolTip(f"{self.label_of(key)}: {count}")

    def count_of(self, key: str) -> int | None:
        value = self.item_of(key).data(COUNT_ROLE)
        return int(value) if value is not None else None

    def sizeHint(self) -> QSize:
        return QSize(210, 400)
