"""A combo box the user can type into to find an entry, for long lists of names.

Typing shows every entry that *contains* the text, ignoring case and accents
("aland" finds "Åland (AX)"). The entries live in a plain list model so that
20 000 town names fill the combo in a blink.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.places.folding import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Entry:
    text: str
    data: Any
    search: str = ""  # further words the entry is found by (other names, codes)


class EntryModel(QAbstractListModel):
    """Entries of a SearchableCombo: display text, stored value and search words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._search: list[str] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        # The text as typed and folded: Qt matches case-insensitively but not
        # accent-insensitively, so both spellings are searched.
        self._search = [
            f"{e.text} {e.search} {fold(e.text)} {fold(e.search)}" for e in self._entries
        ]
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.text
        if role == Qt.ItemDataRole.UserRole:
            return entry.data
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        return None


class _ContainsCompleter(QCompleter):
    """Matches on the search words but puts the entry's own text into the field."""

    def pathFromIndex(self, index: ModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchableCombo(QComboBox):
    """An editable combo whose text must end up naming one of its entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long record names must not make the whole form wider than the screen.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setMaxVisibleItems(15)
        self._model = EntryModel(self)
        self.setModel(self._model)
        completer = _ContainsCompleter(self)
        completer.setModel(self._model)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace the entries, keeping the chosen value when it is still there."""
        keep = self.chosen()
        blocked = self.blockSignals(True)
        try:
            self._model.set_entries(entries)
            self.select_data(keep)
        finally:
            self.blockSignals(blocked)

    def select_data(self, data: Any) -> bool:
        """Show the entry holding ``data``; an empty field when there is none."""
        for row, entry in enumerate(self._model.entries()):
            if entry.data == data:
                self.setCurrentIndex(row)
                self.setEditText(entry.text)
                return True
        self.setCurrentIndex(-1)
        self.setEditText("")
        return data is None

    def text(self) -> str:
        return self.currentText().strip()

    def chosen(self) -> Any:
        """The value of the entry the text names, or None (see ``names_an_entry``)."""
        found = self._find()
        return found.data if found is not None else None

    def names_an_entry(self) -> bool:
        """False when text is typed that is not one of the entries."""
        return not self.text() or self._find() is not None

    def _find(self) -> Entry | None:
        text = self.text()
        if not text:
            return None
        entries = self._model.entries()
        row = self.currentIndex()
        if 0 <= row < len(entries) and entries[row].text.strip() == text:
            return entries[row]
        for entry in entries:
            if entry.text.strip() == text:
                return entry
        wanted = text.casefold()
        for entry in entries:
            if entry.text.strip().casefold() == wanted:
                return entry
        return None
