"""What every field editor of a form offers, whatever the field's type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.places.folding import swedish_sort_key
from app.services.fields import FieldSpec
from ui.forms.widgets.combo import Entry, make_entry

if TYPE_CHECKING:  # for the type checker only: importing a form loads no database code
    from app.workspace import Workspace


class InvalidInput(ValueError):
    """The text in an editor cannot be read as a value; ``message`` is for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def record_entries(labels: dict[int, str], names: dict[int, str] | None = None) -> list[Entry]:
    """Record names in alphabetical order; two records with one name show their number.

    ``names`` are the records' bare names when ``labels`` say more ("Herning, Danmark"),
    so typing the bare name still finds the record.
    """
    counts = Counter(labels.values())
    entries = [
        make_entry(
            label if counts[label] == 1 else f"{label} [{record_id}]",
            record_id,
            short=(names or {}).get(record_id, ""),
        )
        for record_id, label in labels.items()
    ]
    entries.sort(key=lambda e: swedish_sort_key(e.text))
    return entries


class EditorContext:
    """What editors of one form share: the workspace, record names, and "open" requests.

    Record names are read once per loaded record and kept until ``forget``:
    a form with two town pickers asks the workspace once. The sorted, searchable
    entries built from them are kept as long as the names stay the same, so
    opening the next record rebuilds nothing.
    """

    def __init__(self, workspace: Workspace, open_record: Callable[[str, int], None]) -> None:
        self.workspace = workspace
        self.open_record = open_record
        self._labels: dict[str, dict[int, str]] = {}
        self._entries: dict[str, tuple[dict[int, str], list[Entry]]] = {}
        self._places: dict[str, dict[int, tuple[str, str]]] = {}

    def labels(self, kind: str) -> dict[int, str]:
        """The labels of ``kind``'s records by id, read once per form load."""
        if kind not in self._labels:
            self._labels[kind] = dict(self.workspace.labels(kind))
        return self._labels[kind]

    def entries(self, kind: str) -> list[Entry]:
        """The records of ``kind`` as picker entries; the same list while nothing changed.

        Towns show their region and country beside the name ("Karlsruhe, Tyskland").
        """
        labels = self.labels(kind)
        names: dict[int, str] | None = None
        if kind == "town":
            if kind not in self._places:
                self._places[kind] = dict(self.workspace.town_choices())
            places = self._places[kind]
            names = {town_id: name for town_id, (name, _shown) in places.items()}
            labels = {town_id: shown for town_id, (_name, shown) in places.items()}
        cached = self._entries.get(kind)
        if cached is not None and cached[0] == labels:
            return cached[1]
        entries = record_entries(labels, names)
        self._entries[kind] = (labels, entries)
        return entries

    def forget(self) -> None:
        """Read the names again next time (another record may have been added or renamed)."""
        self._labels.clear()
        self._places.clear()


class FieldEditor(QWidget):
    """One field's editing widget.

    ``value()`` gives the typed value or raises InvalidInput; ``set_value``
    shows a stored value; ``changed`` fires on every user edit.
    """

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec

    def value(self) -> Any:
        """The value as the record stores it; InvalidInput when the text cannot be one."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` from the record."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read choices that come from the register (record names); called on load."""

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus for this field."""
        return self

    def spans_label(self) -> bool:
        """True when the editor names itself (a check box) and needs no label beside it."""
        return False

    def is_tall(self) -> bool:
        """True for editors that read best across the whole width with their label above."""
        return False

    def fit_narrow(self, narrow: bool) -> None:
        """Arrange the editor for a narrow form (fewer columns of check boxes) or a wide one."""
