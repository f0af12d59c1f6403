"""A combo box the user can type into to find an entry, for long lists of names.

Typing shows every entry that *contains* the text, ignoring case and accents
("aland" finds "Åland Islands (AX)"). The entries live in a plain list model,
built once per list of names and shared by every picker of a form; the
completer searches a string list held by Qt itself, so a register of 25 000
towns still opens a form quickly and filters as fast as one types.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QWidget,
)

from app.places.folding import fold

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Entry:
    """One entry of a searchable drop-down: its text, its value and the words it is found by."""

    text: str
    data: Hashable
    # What the entry is found by: its text as shown and folded, plus further names.
    search: str = field(default="", compare=False)
    # The bare name when the text says more ("Herning" of "Herning, Danmark").
    short: str = field(default="", compare=False)


def make_entry(text: str, data: Hashable, other_names: str = "", short: str = "") -> Entry:
    """An entry found by its text and ``other_names``, with and without accents.

    Qt matches case-insensitively but not accent-insensitively, so the folded
    spelling is searched beside the real one. ``short`` is the bare name typed
    without what the text adds (the country of a town).
    """
    words = f"{text} {other_names}".strip()
    return Entry(text, data, f"{words} {fold(words)}", short)


class EntryModel(QAbstractListModel):
    """Entries of a SearchableCombo, optionally after an empty first row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._blank = False
        self._rows: dict[Hashable, int] = {}

    def set_entries(self, entries: list[Entry], *, blank: bool) -> bool:
        """Show ``entries``; False (and nothing done) when they are already shown."""
        if entries is self._entries and blank == self._blank:
            return False
        self.beginResetModel()
        self._entries = entries
        self._blank = blank
        offset = 1 if blank else 0
        self._rows = {e.data: row + offset for row, e in enumerate(entries)}
        self.endResetModel()
        return True

    def entry(self, row: int) -> Entry | None:
        """The entry of ``row`` (the blank one first when offered), or None past the end."""
        if self._blank:
            if row == 0:
                return Entry("", None)
            row -= 1
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, data: Any) -> int:
        """The row holding ``data`` (the blank row for None), -1 when there is none."""
        if data is None:
            return 0 if self._blank else -1
        return self._rows.get(data, -1)

    def find_text(self, text: str) -> int:
        """The row whose text is ``text`` (exactly, else ignoring case), -1 if none."""
        offset = 1 if self._blank else 0
        for row, entry in enumerate(self._entries):
            if entry.text == text:
                return row + offset
        wanted = text.casefold()
        for row, entry in enumerate(self._entries):
            if entry.text.casefold() == wanted:
                return row + offset
        # "Herning" typed for "Herning, Danmark": the bare name, when only one has it.
        by_name = [row for row, e in enumerate(self._entries) if e.short.casefold() == wanted]
        return by_name[0] + offset if len(by_name) == 1 else -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of entries, the blank one included."""
        return 0 if parent.isValid() else len(self._entries) + (1 if self._blank else 0)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The entry's text, its value or its search words, by role."""
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return entry.data
        return entry.text


class _ShownText:
    """Maps an entry's search words back to the text the user sees."""

    def __init__(self) -> None:
        self.by_search: dict[str, str] = {}

    def __call__(self, search: str) -> str:
        return self.by_search.get(search, search)


class _ContainsCompleter(QCompleter):
    """Matches on the search words but puts the entry's own text into the field."""

    def __init__(self, shown: _ShownText, parent: QWidget) -> None:
        super().__init__(parent)
        self.shown = shown

    def pathFromIndex(self, index: ModelIndex) -> str:
        return self.shown(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))


class _ShownTextDelegate(QStyledItemDelegate):
    """Shows the entry's text in the completion popup instead of its search words."""

    def __init__(self, shown: _ShownText, parent: QWidget) -> None:
        super().__init__(parent)
        self.shown = shown

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return self.shown(str(value or ""))


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
        view = QListView(self)
        view.setUniformItemSizes(True)  # no size asked of each of 25 000 rows
        self.setView(view)
        self._shown = _ShownText()
        # Row for row the same as the combo's model, but searched inside Qt.
        self._search_model = QStringListModel(self)
        completer = _ContainsCompleter(self._shown, self)
        completer.setModel(self._search_model)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = completer.popup()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        if popup is not None:
            popup.setItemDelegate(_ShownTextDelegate(self._shown, popup))
        # On the line edit, not the combo: QComboBox's own handler would look the
        # search words up among the entries, find nothing and clear the choice.
        self.lineEdit().setCompleter(completer)
        # The stubs type the overloaded signal without its [] selection.
        completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._completer_chose
        )

    def lineEdit(self) -> QLineEdit:
        """The line edit the user types the search into."""
        # The combo is made editable above, so it always has one; Qt's signature allows None.
        edit = super().lineEdit()
        assert edit is not None
        return edit

    def _completer_chose(self, index: QModelIndex) -> None:
        completer = self.completer()
        completion = completer.completionModel() if completer is not None else None
        if isinstance(completion, QAbstractProxyModel):
            row = completion.mapToSource(index).row()
            if row >= 0:
                self.setCurrentIndex(row)
                self.activated.emit(row)

    def set_entries(self, entries: list[Entry], *, blank: bool = False) -> None:
        """Replace the entries (``blank``: with an empty first one), keeping the choice."""
        found = self._find()
        keep = found.data if found is not None else None
        blocked = self.blockSignals(True)
        try:
            if self._model.set_entries(entries, blank=blank):
                searches = [e.search for e in entries]
                self._shown.by_search = {e.search: e.text for e in entries}
                self._search_model.setStringList(["", *searches] if blank else searches)
                self.select_data(keep)
        finally:
            self.blockSignals(blocked)

    def select_data(self, data: Any) -> bool:
        """Show the entry holding ``data``; an empty field when there is none."""
        row = self._model.row_of(data)
        entry = self._model.entry(row) if row >= 0 else None
        # The text first: a combo that has to change its text also re-filters the
        # completer over every entry, which is slow for long lists.
        self.setEditText(entry.text if entry is not None else "")
        self.setCurrentIndex(row)
        return row >= 0 or data is None

    def text(self) -> str:
        """The text in the combo, without surrounding spaces."""
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
        current = self._model.entry(self.currentIndex())
        if current is not None and current.text.strip() == text:
            return current
        return self._model.entry(self._model.find_text(text))
