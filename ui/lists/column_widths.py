"""How wide each list column starts: as its contents, short ones whole, long names cut last.

A list beside its form has about 490 pixels at 1280×720. Sizing every column to
its contents makes the list scroll sideways; cutting every column alike cuts
"Vänersborg" to "Väner…" while a title of sixty characters keeps its width. So
columns that fit under a common cap keep their full width and only the widest
ones (titles, long names) give up what does not fit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

# Below this a cut column shows too little of a name to be recognised.
LEAST_CUT_WIDTH = 90
# An empty or one-digit column still shows the start of its title and the sort arrow.
LEAST_COLUMN_WIDTH = 44
# A column of one long text never starts wider than this, even when there is room.
MOST_START_WIDTH = 280


def _capped(wanted: list[int], budget: int) -> list[int]:
    """Each of ``wanted`` up to the largest common cap that keeps the sum within ``budget``."""
    if sum(wanted) <= budget:
        return list(wanted)
    ordered = sorted(wanted)
    remaining = budget
    for index, width in enumerate(ordered):
        columns_left = len(ordered) - index
        if width * columns_left > remaining:
            cap = remaining // columns_left
            return [min(w, cap) for w in wanted]
        remaining -= width
    return list(wanted)


def fitted_widths(contents: list[int], titles: list[int], available: int) -> list[int]:
    """Column widths within ``available``: the contents first, the titles with what is left.

    The contents of short columns (a year, a status, "Vänersborg") are never cut while a
    longer one can give way; a long title over a short number ("Beräknad kostnad" over
    "11 000 kr") gets its full width only when there is room. A list too narrow even for
    that keeps ``LEAST_CUT_WIDTH`` for long names and scrolls instead.
    """
    shown = [max(c, LEAST_COLUMN_WIDTH) for c in contents]
    if sum(shown) > available:
        cut = _capped(shown, available)
        return [max(c, min(w, LEAST_CUT_WIDTH)) for c, w in zip(cut, shown, strict=True)]
    wanted_more = [max(t - s, 0) for t, s in zip(titles, shown, strict=True)]
    extra = _capped(wanted_more, available - sum(shown))
    return [s + e for s, e in zip(shown, extra, strict=True)]


def content_width(table: QTableView, texts: Iterable[str]) -> int:
    """The width a column needs for ``texts``, as the view's delegate draws plain text.

    The text's advance and the margins the style puts on both sides of it: the
    delegate's ``sizeHint`` per cell would ask the model for every role of every
    cell (a fifth of a second for 200 rows of five columns), and
    ``QTableView.sizeHintForColumn`` measures every row of a long list.
    """
    metrics = QFontMetricsF(table.font())
    widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0.0)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = math.ceil(widest) + 2 * margin
    return width + 1 if table.showGrid() else width


def fit_columns(
    table: QTableView, texts_of: Callable[[int], Iterable[str]], measured: dict[int, int]
) -> None:
    """Size the visible columns of ``table`` to their contents within the table's width.

    ``texts_of(column)`` gives the texts of the column's first rows (those a long
    list reads first are as many as the contents need). ``measured`` keeps their
    widths by column between fittings of the same rows (the list resized, the page
    shown): only the table's width is new then.
    """
    header = table.horizontalHeader()
    model = table.model()
    metrics = header.fontMetrics()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    contents: list[int] = []
    titles: list[int] = []
    for column in columns:
        if column not in measured:
            measured[column] = min(content_width(table, texts_of(column)), MOST_START_WIDTH)
        contents.append(measured[column])
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # Room for the title and the sort arrow.
        titles.append(metrics.horizontalAdvance(title) + 28)
    available = table.viewport().width()
    for column, width in zip(columns, fitted_widths(contents, titles, available), strict=True):
        header.resizeSection(column, width)
