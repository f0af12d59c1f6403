"""A wizard page that edits a list of headed texts: the recommendations, her own sections.

Both pages show the list with its buttons (add, remove, move up, move down)
and, below it, the editors of the item chosen in the list. What they share
lives here; what differs (the item's kind, its label in the list, editors of
its own such as the section a text follows, and where everything stands on
the page) each page says for itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPlainTextEdit, QVBoxLayout

from ui.mapping.page_base import MappingPage
from ui.mapping.widgets import edit_button, named_line

if TYPE_CHECKING:
    from ui.mapping.host import MappingHost


class HeadedText(Protocol):
    """What the list shows of an item: its heading and its text."""

    @property
    def heading(self) -> str:
        """The item's heading, as she wrote it."""
        ...

    @property
    def text(self) -> str:
        """The item's formatted text."""
        ...


ItemT = TypeVar("ItemT", bound=HeadedText)


# The words both pages share are translated in one context, "HeadedListPage",
# whichever page shows them.
class HeadedListPage(MappingPage, Generic[ItemT]):
    """A page with a list of headed texts that are added, removed and put in order.

    ``name`` gives the object names the tests and the read-only switch find:
    ``{name}_list``, ``{name}_heading``, ``add_{name}``, ``remove_{name}``,
    ``{name}_up`` and ``{name}_down``. ``text_edit`` is the page's own box for
    the item's text (its placeholder and height differ by page). The add
    button reads "Add"; a page may name what it adds.
    """

    def __init__(self, host: MappingHost, name: str, text_edit: QPlainTextEdit) -> None:
        super().__init__(host)
        self.items: list[ItemT] = []
        self.item_list = QListWidget()
        self.item_list.setObjectName(f"{name}_list")
        self.heading_edit = named_line(f"{name}_heading")
        self.heading_edit.setPlaceholderText(
            QCoreApplication.translate("HeadedListPage", "Heading")
        )
        self.text_edit = text_edit
        self.add_button = edit_button(
            QCoreApplication.translate("HeadedListPage", "&Add"), f"add_{name}"
        )
        self.remove_button = edit_button(
            QCoreApplication.translate("HeadedListPage", "&Remove"), f"remove_{name}"
        )
        self.up_button = edit_button(
            QCoreApplication.translate("HeadedListPage", "Move &up"), f"{name}_up"
        )
        self.down_button = edit_button(
            QCoreApplication.translate("HeadedListPage", "Move do&wn"), f"{name}_down"
        )
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.item_list.currentRowChanged.connect(self._show)
        self.heading_edit.textEdited.connect(self._edited)
        self.text_edit.textChanged.connect(self._edited)
        # The row being edited; -1 while the editors are being filled, so that
        # filling them is not taken for her typing.
        self._showing = -1

    def list_with_buttons(self) -> QHBoxLayout:
        """The list beside its buttons, for the page to place."""
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.item_list, 1)
        row.addLayout(buttons)
        return row

    # What each page says for itself.

    def new_item(self) -> ItemT:
        """An empty item, added by the add button (and shown while nothing is chosen)."""
        raise NotImplementedError

    def item_from_editors(self) -> ItemT:
        """The item as the editors show it now."""
        raise NotImplementedError

    def label(self, index: int) -> str:
        """The item's line in the list."""
        raise NotImplementedError

    def show_item(self, item: ItemT) -> None:
        """Fill the page's own editors from ``item`` (the heading and text are filled already)."""

    # What both pages do alike.

    def _refill(self, current: int) -> None:
        self._showing = -1
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for index in range(len(self.items)):
            self.item_list.addItem(self.label(index))
        self.item_list.blockSignals(False)
        self.item_list.setCurrentRow(current)
        self._show(current)

    def _relabel(self) -> None:
        """Every line of the list again, after something its labels show has changed."""
        for row in range(min(self.item_list.count(), len(self.items))):
            list_item = self.item_list.item(row)
            if list_item is not None:
                list_item.setText(self.label(row))

    def _show(self, row: int) -> None:
        self._showing = -1  # no edits recorded while the editors are filled
        item = self.items[row] if 0 <= row < len(self.items) else self.new_item()
        self.heading_edit.setText(item.heading)
        self.text_edit.setPlainText(item.text)
        self.show_item(item)
        self._showing = row
        self._update_editors()

    def _edited(self, *_: object) -> None:
        row = self._showing
        if 0 <= row < len(self.items):
            self.items[row] = self.item_from_editors()
            list_item = self.item_list.item(row)
            if list_item is not None:
                list_item.setText(self.label(row))

    def shown_row(self) -> int:
        """The row whose item the editors show, -1 when none."""
        return self._showing if 0 <= self._showing < len(self.items) else -1

    def _update_editors(self) -> None:
        has = self.shown_row() >= 0
        read_only = self.host.read_only
        self.heading_edit.setEnabled(has)
        self.text_edit.setEnabled(has)
        self.remove_button.setEnabled(has and not read_only)
        self.up_button.setEnabled(has and self._showing > 0 and not read_only)
        self.down_button.setEnabled(has and self._showing < len(self.items) - 1 and not read_only)
        self.add_button.setEnabled(not read_only)

    def add(self) -> None:
        """A new, empty item at the end, ready for its heading."""
        self.items.append(self.new_item())
        self._refill(len(self.items) - 1)
        self.heading_edit.setFocus()

    def remove(self) -> None:
        """Remove the item shown."""
        row = self.shown_row()
        if row >= 0:
            del self.items[row]
            self._refill(min(row, len(self.items) - 1))

    def move_item(self, step: int) -> None:
        """Move the shown item ``step`` places up (-1) or down (+1)."""
        row = self.shown_row()
        target = row + step
        if row >= 0 and 0 <= target < len(self.items):
            self.items[row], self.items[target] = self.items[target], self.items[row]
            self._refill(target)

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock the page, the editors of the shown item too."""
        super().set_read_only(read_only)
        self._update_editors()
