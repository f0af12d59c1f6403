"""The wizard's page for the report's sections: the survey's and those she adds herself.

The survey's sections can be renamed, moved and left out
(:mod:`ui.mapping.section_layout`). Her own sections are added, renamed,
reordered and removed: an association's own section (Föreningen Norden, the
local branch), a study visit, a summary for the board: each has a heading,
formatted text and the survey's section it follows in the report.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
)

from app.mapping import SECTION_KEYS, MappingContent, OwnSection, heading, placeholder
from ui.mapping.page_base import MappingPage
from ui.mapping.section_layout import SectionLayoutBox
from ui.mapping.widgets import edit_button as _edit_button
from ui.mapping.widgets import named_line as _line
from ui.mapping.widgets import rich_text_box

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


class OwnSectionsPage(MappingPage):
    """Her own sections, each placed after one of the survey's sections."""

    def __init__(self, host: MappingHost) -> None:
        super().__init__(host)
        self.setTitle(self.tr("Your own sections"))
        self.setSubTitle(
            self.tr(
                "Rename, move or leave out the survey's sections, and add sections of your own, "
                "e.g. on Föreningen Norden and the local branch. "
                "Formatting: **bold**, *italic*, lines starting with - or >."
            )
        )
        self.layout_box = SectionLayoutBox(self)
        self.layout_box.changed.connect(self._headings_changed)
        self.items: list[OwnSection] = []
        self.item_list = QListWidget()
        self.item_list.setObjectName("own_section_list")
        self.heading_edit = _line("own_section_heading")
        self.heading_edit.setPlaceholderText(self.tr("Heading"))
        self.after_combo = QComboBox()
        self.after_combo.setObjectName("own_section_after")
        for key in SECTION_KEYS:
            self.after_combo.addItem(heading(key), key)  # her headings once loaded
        self.text_edit = rich_text_box("own_section_text", placeholder("own_section"), lines=8)
        self.add_button = _edit_button(self.tr("&Add a section"), "add_own_section")
        self.remove_button = _edit_button(self.tr("&Remove"), "remove_own_section")
        self.up_button = _edit_button(self.tr("Move &up"), "own_section_up")
        self.down_button = _edit_button(self.tr("Move do&wn"), "own_section_down")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.item_list.currentRowChanged.connect(self._show)
        self.heading_edit.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        self.after_combo.currentIndexChanged.connect(self._edited)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.item_list, 1)
        top.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Heading:"), self.heading_edit)
        form.addRow(self.tr("&Placed after:"), self.after_combo)
        form.addRow(self.tr("&Text:"), self.text_edit)
        layout = QVBoxLayout(self)
        own_label = QLabel(self.tr("Your own se&ctions:"))
        own_label.setBuddy(self.item_list)
        layout.addWidget(self.layout_box, 3)
        layout.addWidget(own_label)
        layout.addLayout(top, 2)
        layout.addLayout(form, 4)
        self._showing = -1
        self._update_editors()

    def load(self, content: MappingContent) -> None:
        """Show the own sections and the order of sections as saved in ``content``."""
        self.items = list(content.own_sections)
        self.layout_box.load(content.layout())
        self._rename_after_choices()
        self._refill(0 if self.items else -1)

    def store(self, content: MappingContent) -> MappingContent:
        """``content`` with the own sections and the order as the page shows them."""
        return replace(
            content,
            own_sections=tuple(self.items),
            section_layout=self.layout_box.layout_to_store(),
        )

    def _rename_after_choices(self) -> None:
        for index in range(self.after_combo.count()):
            key = str(self.after_combo.itemData(index))
            self.after_combo.setItemText(index, self.layout_box.heading_of(key))

    def _headings_changed(self) -> None:
        """Her headings of the survey's sections, in the combo and her sections' labels."""
        self._rename_after_choices()
        for row in range(min(self.item_list.count(), len(self.items))):
            list_item = self.item_list.item(row)
            if list_item is not None:
                list_item.setText(self._label(row))

    def _label(self, index: int) -> str:
        item = self.items[index]
        name = item.heading.strip() or self.tr("Section %1").replace("%1", str(index + 1))
        after = self.layout_box.heading_of(item.after)
        return self.tr("%1 (after %2)").replace("%1", name).replace("%2", after)

    def _refill(self, current: int) -> None:
        self._showing = -1
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for index in range(len(self.items)):
            self.item_list.addItem(self._label(index))
        self.item_list.blockSignals(False)
        self.item_list.setCurrentRow(current)
        self._show(current)

    def _show(self, row: int) -> None:
        self._showing = -1  # no edits recorded while the editors are filled
        item = self.items[row] if 0 <= row < len(self.items) else OwnSection()
        self.heading_edit.setText(item.heading)
        self.text_edit.setPlainText(item.text)
        index = self.after_combo.findData(item.after)
        self.after_combo.setCurrentIndex(max(index, 0))
        self._showing = row
        self._update_editors()

    def _edited(self, *_: object) -> None:
        row = self._showing
        if 0 <= row < len(self.items):
            self.items[row] = OwnSection(
                self.heading_edit.text(),
                self.text_edit.toPlainText(),
                str(self.after_combo.currentData() or "analysis"),
            )
            list_item = self.item_list.item(row)
            if list_item is not None:
                list_item.setText(self._label(row))

    def _update_editors(self) -> None:
        has = 0 <= self._showing < len(self.items)
        read_only = self.host.read_only
        for editor in (self.heading_edit, self.text_edit, self.after_combo):
            editor.setEnabled(has)
        self.after_combo.setEnabled(has and not read_only)
        self.remove_button.setEnabled(has and not read_only)
        self.up_button.setEnabled(has and self._showing > 0 and not read_only)
        self.down_button.setEnabled(has and self._showing < len(self.items) - 1 and not read_only)
        self.add_button.setEnabled(not read_only)

    def add(self) -> None:
        """A new section after the one shown (or after the analysis), ready for its heading."""
        after = (
            self.items[self._showing].after
            if 0 <= self._showing < len(self.items)
            else ("analysis")
        )
        self.items.append(OwnSection(after=after))
        self._refill(len(self.items) - 1)
        self.heading_edit.setFocus()

    def remove(self) -> None:
        """Take the shown section out of the report."""
        row = self._showing
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refill(min(row, len(self.items) - 1))

    def move_item(self, step: int) -> None:
        """Move the shown section ``step`` places up (-1) or down (+1)."""
        row = self._showing
        target = row + step
        if 0 <= row < len(self.items) and 0 <= target < len(self.items):
            self.items[row], self.items[target] = self.items[target], self.items[row]
            self._refill(target)

    def set_read_only(self, read_only: bool) -> None:
        """A final report's sections and their order are shown, not edited."""
        super().set_read_only(read_only)
        self.layout_box.set_read_only(read_only)
        self._update_editors()
