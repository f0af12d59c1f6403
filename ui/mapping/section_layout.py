"""The survey's sections as she lays them out: her heading, her order, and which are left out.

A list of the survey's sections (Uppdrag, Metod och avgränsning, Historik ...)
on the page of her own sections. F2 (or the rename button) renames the section
in place, Space ticks it out of the report, and the two buttons (or Ctrl+Up and
Ctrl+Down) move it. An empty heading is the survey's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.mapping import SECTION_KEYS, SectionPlace, heading
from ui.mapping.widgets import edit_button

KEY_ROLE = Qt.ItemDataRole.UserRole


class SectionLayoutBox(QWidget):
    """The survey's sections in her order, each renamable and ticked in or out."""

    changed = Signal()
    """Emitted when a heading, the order or a tick changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_list = QListWidget()
        self.section_list.setObjectName("section_layout_list")
        self.section_list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # The page goes read-only with every checkable list of a final report.
        self.section_list.setProperty("checkable", True)
        self.section_list.setToolTip(
            self.tr(
                "F2 renames a section, Space leaves it out of the report or takes it back, "
                "Ctrl+Up and Ctrl+Down move it."
            )
        )
        label = QLabel(self.tr("The &survey's sections:"))
        label.setBuddy(self.section_list)
        self.rename_button = edit_button(self.tr("Re&name"), "rename_section")
        self.earlier_button = edit_button(self.tr("Earl&ier"), "section_earlier")
        self.later_button = edit_button(self.tr("&Later"), "section_later")
        self.rename_button.clicked.connect(self.rename)
        self.earlier_button.clicked.connect(lambda: self.move_section(-1))
        self.later_button.clicked.connect(lambda: self.move_section(1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.section_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_section(step))
        self.section_list.itemChanged.connect(self._item_changed)
        self.section_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QVBoxLayout()
        for button in (self.rename_button, self.earlier_button, self.later_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.section_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        self.places: list[SectionPlace] = [SectionPlace(key) for key in SECTION_KEYS]
        self._refill(0)

    def load(self, places: tuple[SectionPlace, ...]) -> None:
        """Show ``places`` (every survey section once, in her order)."""
        self.places = list(places)
        self._refill(0)

    def layout_to_store(self) -> tuple[SectionPlace, ...]:
        """Her layout; empty when it is the survey's own order and headings."""
        if all(p == SectionPlace(k) for p, k in zip(self.places, SECTION_KEYS, strict=True)):
            return ()
        return tuple(self.places)

    def heading_of(self, key: str) -> str:
        """The heading section ``key`` prints under: hers, else the survey's."""
        place = next((p for p in self.places if p.key == key), SectionPlace(key))
        return place.heading.strip() or heading(key)

    def rename(self) -> None:
        """Edit the current section's heading in place."""
        item = self.section_list.currentItem()
        if item is not None:
            self.section_list.setFocus()
            self.section_list.editItem(item)

    # Not "move": QWidget.move places the widget itself.
    def move_section(self, step: int) -> None:
        """Move the current section ``step`` places up (-1) or down (+1)."""
        row = self.section_list.currentRow()
        target = row + step
        inside = 0 <= row < len(self.places) and 0 <= target < len(self.places)
        if self.section_list.isEnabled() and inside:
            self.places[row], self.places[target] = self.places[target], self.places[row]
            self._refill(target)
            self.changed.emit()

    def _refill(self, current: int) -> None:
        listing = self.section_list
        listing.blockSignals(True)
        listing.clear()
        for place in self.places:
            item = QListWidgetItem(place.heading.strip() or heading(place.key))
            item.setData(KEY_ROLE, place.key)
            item.setToolTip(heading(place.key))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if place.shown else Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.blockSignals(False)
        listing.setCurrentRow(current)
        self._update_buttons()

    def _item_changed(self, item: QListWidgetItem) -> None:
        row = self.section_list.row(item)
        if not 0 <= row < len(self.places):
            return
        key = self.places[row].key
        typed = item.text().strip()
        # Her heading only where it differs from the survey's; cleared, it is the survey's again.
        own = "" if typed in ("", heading(key)) else typed
        shown = item.checkState() == Qt.CheckState.Checked
        self.places[row] = SectionPlace(key, own, shown)
        if not typed:
            self.section_list.blockSignals(True)
            item.setText(heading(key))
            self.section_list.blockSignals(False)
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.section_list.currentRow()
        has = 0 <= row < len(self.places)
        enabled = self.section_list.isEnabled()
        self.rename_button.setEnabled(has and enabled)
        self.earlier_button.setEnabled(has and enabled and row > 0)
        self.later_button.setEnabled(has and enabled and row < len(self.places) - 1)

    def set_read_only(self, read_only: bool) -> None:
        """A final report's layout is shown, not changed."""
        self.section_list.setEnabled(not read_only)
        self._update_buttons()
