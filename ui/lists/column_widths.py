"""How wide each list column starts: as its contents, short ones whole, long names cut last.

A list beside its form has about 490 pixels at 1280×720. Sizing every column to
its contents makes the list scroll sideways; cutting every column alike cuts
"Vänersborg" to "Väner…" while a title of sixty characters keeps its width. So
columns that fit under a common cap keep their full width and only the widest
ones (titles, long names) give up what does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

# Below this a cut column shows too little of a name to be recognised.
LEAST_CUT_WIDTH = 90
# A column of one long text never starts wider than this, even when there is room.
MOST_START_WIDTH = 280


def fitted_widths(wanted: list[int], available: int, least: int = LEAST_CUT_WIDTH) -> list[int]:
    """The widths that fit ``available``: each column its ``wanted`` width up to a common cap.

    The cap is the largest that makes the columns fit; a column wider than the cap
    is cut to it (never below ``least``, so a very narrow list scrolls instead).
    """
    if sum(wanted) <= available or not wanted:
        return list(wanted)
    ordered = sorted(wanted)
    remaining = available
    for index, width in enumerate(ordered):
        columns_left = len(ordered) - index
        if width * columns_left > remaining:
            cap = max(remaining // columns_left, least)
            return [min(w, cap) for w in wanted]
        remaining -= width
    return list(wanted)


def fit_columns(table: QTableView) -> None:
    """Size the visible columns of ``table`` to their contents within the table's width."""
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    table.resizeColumnsToContents()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    wanted: list[int] = []
    for column in columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # Room for the title and the sort arrow, even in an empty list.
        least = metrics.horizontalAdvance(title) + 28
        wanted.append(min(max(header.sectionSize(column), least), MOST_START_WIDTH))
    available = table.viewport().width()
    for column, width in zip(columns, fitted_widths(wanted, available), strict=True):
        header.resizeSection(column, width)
