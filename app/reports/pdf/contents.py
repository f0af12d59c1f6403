"""The table of contents, laid out in the same single pass as the rest of the paper.

The headings are known from the document model before layout, so the list
itself can be set at once; only the page numbers are not. Each page number is
a small PDF form that the entry shows where it stands and that is filled in
when its heading is placed. reportlab's own TableOfContents needs a second
full layout pass instead, which doubles the time of a 30 000-row register.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from app.reports.pdf.fonts import SANS
from app.reports.pdf.styles import INK, MUTED, report_styles

_NUMBER_COLUMN = 34.0  # points kept free on the right for the page numbers
_LEADER = " . "
_CALLBACK = "vanortContentsEntryEnd"


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the contents: heading level (0 or 1), heading markup, bookmark key."""

    level: int
    markup: str
    key: str


def page_number_form(key: str) -> str:
    """The name of the form that shows the page of the heading ``key``."""
    return f"VanortTocPage-{key}"


def _number_size(level: int) -> float:
    return float(report_styles().toc_levels[min(level, 1)].fontSize)


def fill_page_number(canvas: Canvas, entry_level: int, key: str, page: int) -> None:
    """Define the page-number form of heading ``key``: ``page``, right-aligned at its origin."""
    size = _number_size(entry_level)
    canvas.beginForm(
        page_number_form(key), lowerx=-_NUMBER_COLUMN, lowery=-4, upperx=0, uppery=size
    )
    canvas.setFont(SANS, size)
    canvas.setFillColor(INK if entry_level == 0 else MUTED)
    canvas.drawRightString(0, 0, str(page))
    canvas.endForm()


class ContentsList(Flowable):  # type: ignore[misc]
    """Entries with dot leaders and page numbers that are filled in later."""

    def __init__(self, entries: Sequence[ContentsEntry]) -> None:
        super().__init__()
        self.entries = list(entries)
        styles = report_styles()
        # The onDraw tag calls back where the entry's text ends, on its last line.
        self._paragraphs = [
            RLParagraph(
                f'{entry.markup}<onDraw name="{_CALLBACK}" label="{entry.key}"/>',
                styles.toc_levels[min(entry.level, 1)],
            )
            for entry in self.entries
        ]
        self._levels = {entry.key: entry.level for entry in self.entries}
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Measure the table of contents in the width it is given."""
        self.width = availWidth
        self._heights = []
        for paragraph in self._paragraphs:
            _, height = paragraph.wrap(availWidth - _NUMBER_COLUMN, availHeight)
            self._heights.append(height + paragraph.getSpaceBefore())
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split the table of contents where the page ends."""
        self.wrap(availWidth, availHeight)
        used = 0.0
        fitting = 0
        for height in self._heights:
            if used + height > availHeight:
                break
            used += height
            fitting += 1
        if fitting == 0:
            return []
        return [ContentsList(self.entries[:fitting]), ContentsList(self.entries[fitting:])]

    def _entry_end(self, canvas: Canvas, kind: str, key: str) -> None:
        """Dot leaders from the end of the text, then the page number at the right edge."""
        x = canvas._curr_tx_info["cur_x"]
        y = canvas._curr_tx_info["cur_y"]
        level = self._levels[key]
        size = _number_size(level)
        number_left = self.width - _NUMBER_COLUMN + 6
        leader_width = stringWidth(_LEADER, SANS, size)
        count = int((number_left - x - 4) / leader_width)
        canvas.saveState()
        if count > 0:
            canvas.setFont(SANS, size)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(number_left, y, _LEADER * count)
        canvas.translate(self.width, y)
        canvas.doForm(page_number_form(key))
        canvas.restoreState()
        canvas.linkRect("", key, (x, y - 3, self.width, y + size), relative=1)

    def draw(self) -> None:
        """Draw the entries with their page numbers on the right."""
        canvas = self.canv
        canvas.setNamedCB(_CALLBACK, self._entry_end)
        y = self.height
        for paragraph, height in zip(self._paragraphs, self._heights, strict=True):
            y -= height
            paragraph.drawOn(canvas, 0, y)
