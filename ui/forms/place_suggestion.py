"""The line under a town's name that offers what the gazetteer knows of the place.

"Gothenburg, Sverige, 57,71° N 11,97° O, 608 462 invånare  [Använd]": Use
fills the country, coordinates, population and other names that are still
empty; nothing the coordinator wrote is replaced. The lookup runs off the GUI
thread (the first one reads the gazetteer) and a result for a name that has
changed since is dropped.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.places.suggestion import PlaceSuggestion, suggest_place
from ui.forms.widgets.base import FieldEditor


class _FieldRow(Protocol):
    @property
    def error(self) -> QLabel:
        """The label under the field where its error, or this line, is shown."""


class TownForm(Protocol):
    """What the line needs of the town's form (ui.forms.record_form.RecordForm has it).

    Named here, not imported: the form builds the line, so the line cannot import the form.
    """

    @property
    def details(self) -> QWidget:
        """The part of the form that holds the fields."""

    @property
    def rows(self) -> Mapping[str, _FieldRow]:
        """The form's field rows by field name."""

    def editor(self, name: str) -> FieldEditor:
        """The editor of the field ``name``."""


WAIT_MS = 400
"""Typing pauses this long before the name is looked up."""


class _Answer(QObject):
    """Carries a lookup's result from its thread to the GUI thread (a queued signal)."""

    found = Signal(object, object)  # (name looked up, PlaceSuggestion or None)


class PlaceSuggestionLine(QWidget):
    """Hidden until the gazetteer knows the name typed; then one line and a Use button."""

    def __init__(self, form: TownForm) -> None:
        super().__init__(form.details)
        self.setObjectName("place_suggestion")
        self.form = form
        self.suggestion: PlaceSuggestion | None = None
        self.answered: object = None  # the (name, country) last looked up and shown
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setEnabled(False)  # greyed: a suggestion, not a value
        self.use_button = QPushButton(self.tr("&Use"), self)
        self.use_button.setObjectName("use_place")
        self.use_button.setToolTip(
            self.tr("Fill in the country, coordinates, population and other names still empty")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.use_button)
        self.setVisible(False)
        self._answer = _Answer(self)
        self._answer.found.connect(self._found)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WAIT_MS)
        self._timer.timeout.connect(self._look_up)
        self.use_button.clicked.connect(self.use)
        self._place_under_name()
        form.editor("name").changed.connect(self._timer.start)
        form.editor("country").changed.connect(self._timer.start)

    def _place_under_name(self) -> None:
        """Put the line in the name's error row: under the name field, above the next one."""
        error = self.form.rows["name"].error
        parent = error.parentWidget()
        grid = parent.layout() if parent is not None else None
        if not isinstance(grid, QGridLayout) or grid.indexOf(error) < 0:
            return
        # The stubs type the four-int result as a bare object.
        position: tuple[int, int, int, int] = grid.getItemPosition(  # type: ignore[assignment]
            grid.indexOf(error)
        )
        row, column, rows, columns = position
        grid.removeWidget(error)
        holder = QWidget(parent)
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(error)
        stack.addWidget(self)
        grid.addWidget(holder, row, column, rows, columns)

    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in ("name", "country", "latitude", "longitude", "population", "alternative_names"):
            try:
                values[name] = self.form.editor(name).value()
            except Exception:  # a half-typed number counts as empty here
                values[name] = None
        return values

    def _look_up(self) -> None:
        values = self._values()
        name = str(values.get("name") or "").strip()
        country = values.get("country") or None
        if not name:
            self._found((name, country), None)
            return
        key = (name, country)

        def work() -> None:
            try:
                found = suggest_place(name, country)
            except Exception:  # no suggestion is better than a broken form
                found = None
            # RuntimeError: the form was closed meanwhile, and nobody is waiting.
            with contextlib.suppress(RuntimeError):
                self._answer.found.emit(key, found)

        threading.Thread(target=work, name="place-suggestion", daemon=True).start()

    def _found(self, key: object, suggestion: object) -> None:
        values = self._values()
        if key != (str(values.get("name") or "").strip(), values.get("country") or None):
            return  # the name changed while the gazetteer was read
        self.answered = key
        if not isinstance(suggestion, PlaceSuggestion) or not suggestion.fills(values):
            self.suggestion = None
            self.setVisible(False)
            return
        self.suggestion = suggestion
        self.label.setText(suggestion.text)
        self.setVisible(True)

    def reset(self) -> None:
        """Hide the line (another record is shown); a lookup still running is dropped."""
        self._timer.stop()
        self.suggestion = None
        self.setVisible(False)

    def use(self) -> None:
        """Fill the fields still empty from the suggestion; the form counts it as an edit."""
        if self.suggestion is None:
            return
        for name, value in self.suggestion.fills(self._values()).items():
            self.form.editor(name).set_value(value)
        self.setVisible(False)
        self.form.editor("name").changed.emit()  # marks the form edited, as typing would
