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
    QLabel,
    QVBoxLayout,
)

from app.mapping import SECTION_KEYS, MappingContent, OwnSection, heading, placeholder
from ui.mapping.headed_list import HeadedListPage
from ui.mapping.section_layout import SectionLayoutBox
from ui.mapping.widgets import rich_text_box

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


class OwnSectionsPage(HeadedListPage[OwnSection]):
    """Her own sections, each placed after one of the survey's sections."""

    def __init__(self, host: MappingHost) -> None:
        text_edit = rich_text_box("own_section_text", placeholder("own_section"), lines=8)
        super().__init__(host, "own_section", text_edit)
        self.setTitle(self.tr("Your own sections"))
        self.setSubTitle(
            self.tr(
                "Rename, move or leave out the survey's sections, and add sections of your own, "
                "e.g. on Föreningen Norden and the local branch. "
                "Formatting: **bold**, *italic*, lines starting with - or >."
            )
        )
        self.add_button.setText(self.tr("&Add a section"))
        self.layout_box = SectionLayoutBox(self)
        self.layout_box.changed.connect(self._headings_changed)
        self.after_combo = QComboBox()
        self.after_combo.setObjectName("own_section_after")
        for key in SECTION_KEYS:
            self.after_combo.addItem(heading(key), key)  # her headings once loaded
        self.after_combo.currentIndexChanged.connect(self._edited)
        form = QFormLayout()
        form.addRow(self.tr("&Heading:"), self.heading_edit)
        form.addRow(self.tr("&Placed after:"), self.after_combo)
        form.addRow(self.tr("&Text:"), self.text_edit)
        layout = QVBoxLayout(self)
        own_label = QLabel(self.tr("Your own se&ctions:"))
        own_label.setBuddy(self.item_list)
        layout.addWidget(self.layout_box, 3)
        layout.addWidget(own_label)
        layout.addLayout(self.list_with_buttons(), 2)
        layout.addLayout(form, 4)
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
        self._relabel()

    def new_item(self) -> OwnSection:
        """A new section after the one shown (or after the analysis)."""
        row = self.shown_row()
        return OwnSection(after=self.items[row].after) if row >= 0 else OwnSection()

    def item_from_editors(self) -> OwnSection:
        """The section as its heading, text and place read now."""
        return OwnSection(
            self.heading_edit.text(),
            self.text_edit.toPlainText(),
            str(self.after_combo.currentData() or "analysis"),
        )

    def label(self, index: int) -> str:
        """Its heading (or number) and the survey's section it follows."""
        item = self.items[index]
        name = item.heading.strip() or self.tr("Section %1").replace("%1", str(index + 1))
        after = self.layout_box.heading_of(item.after)
        return self.tr("%1 (after %2)").replace("%1", name).replace("%2", after)

    def show_item(self, item: OwnSection) -> None:
        """Choose the survey's section it follows."""
        index = self.after_combo.findData(item.after)
        self.after_combo.setCurrentIndex(max(index, 0))

    def _update_editors(self) -> None:
        super()._update_editors()
        self.after_combo.setEnabled(self.shown_row() >= 0 and not self.host.read_only)

    def set_read_only(self, read_only: bool) -> None:
        """A final report's sections and their order are shown, not edited."""
        super().set_read_only(read_only)
        self.layout_box.set_read_only(read_only)
