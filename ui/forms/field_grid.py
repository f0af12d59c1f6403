"""The lines of one form group, laid out two fields a line or, when narrow, one.

A form opened beside its list at 1280×720 has about 550 pixels; two dates, two
choices or a status and its judgement side by side need more than that, and a
form that scrolls sideways hides its buttons. So each group keeps its lines as
given by ``layout_hints.field_lines`` and places them again when the form's
width crosses what the two-column arrangement needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QWidget


class PlacedRow(Protocol):
    """What a grid needs of a field: its label, its editor and the error line under it."""

    label: QLabel
    error: QLabel

    @property
    def editor_widget(self) -> QWidget:
        """The widget that edits the field."""
        ...

    def tall(self) -> bool:
        """True when the field needs more than one line (long texts, tags)."""
        ...

    def fit_narrow(self, narrow: bool) -> None:
        """Fit the editor to a narrow form, or back to a wide one."""
        ...


class FieldGrid:
    """Places one group's field lines in ``grid``, two to a line or one."""

    def __init__(self, grid: QGridLayout, lines: Sequence[Sequence[PlacedRow]]) -> None:
        self.grid = grid
        self.lines = lines
        self.narrow: bool | None = None
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

    def arrange(self, narrow: bool) -> None:
        """Put the fields in place: pairs share a line unless ``narrow``."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for line in self.lines:
            for part in line:
                for widget in (part.label, part.editor_widget, part.error):
                    self.grid.removeWidget(widget)
        row = 0
        for line in self.lines:
            parts: list[Sequence[PlacedRow]] = [[part] for part in line] if narrow else [line]
            for placed in parts:
                row = self._place(placed, row)
                for part in placed:
                    part.fit_narrow(narrow)
        for column in range(4):
            self.grid.setColumnStretch(column, 1 if column in (1, 3) else 0)

    def _place(self, line: Sequence[PlacedRow], row: int) -> int:
        """Place one line from grid row ``row``; returns the first row after it."""
        grid = self.grid
        if len(line) == 1 and line[0].tall():
            only = line[0]
            if only.label.text():
                grid.addWidget(only.label, row, 0, 1, 4)
                row += 1
            grid.addWidget(only.editor_widget, row, 0, 1, 4)
            grid.addWidget(only.error, row + 1, 0, 1, 4)
            return row + 2
        if len(line) == 1:
            only = line[0]
            grid.addWidget(only.label, row, 0)
            grid.addWidget(only.editor_widget, row, 1, 1, 3)
            grid.addWidget(only.error, row + 1, 1, 1, 3)
            return row + 2
        for column, part in zip((0, 2), line, strict=True):
            grid.addWidget(part.label, row, column)
            grid.addWidget(part.editor_widget, row, column + 1)
            grid.addWidget(part.error, row + 1, column + 1)
        return row + 2


class WidthFitter(QObject):
    """Arranges a form's groups two fields a line when they fit its visible width, else one.

    The width the two-column arrangement needs is measured while it is shown and
    kept, so widening the form again brings the pairs back at the same point.
    """

    def __init__(self, area: QScrollArea, grids: list[FieldGrid]) -> None:
        # Owned by the viewport it watches, so it goes when the viewport does.
        super().__init__(area.viewport())
        self.area = area
        self.grids = grids
        self._wide_width = 0
        self._viewport = area.viewport()
        self._viewport.installEventFilter(self)

    def narrow(self) -> bool:
        """True when the fields stand one to a line."""
        return bool(self.grids) and bool(self.grids[0].narrow)

    def fit(self) -> None:
        """Choose the arrangement for the width shown now."""
        content = self.area.widget()
        if content is None:
            return
        if not self.narrow():
            self._wide_width = content.minimumSizeHint().width()
        narrow = self._viewport.width() < self._wide_width
        if narrow != self.narrow():
            for grid in self.grids:
                grid.arrange(narrow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Place the fields again when the form's width changes."""
        # The type first: while the form is being destroyed the area may be gone already.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return super().eventFilter(watched, event)
