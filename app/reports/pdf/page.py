"""The printed page: letterhead on top, "Sida X av Y" at the foot, and the build bookkeeping.

The page decorations are drawn when the PDF is saved, once the page count is
known, so "of Y" needs no extra layout pass. Bookmarks are held back with them
so that they still point at the page they were made on.
"""

from __future__ import annotations

import io
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import FrameBreak

from app.i18n import translate
from app.reports.cell_text import fill
from app.reports.document import CancelCheck, Cancelled, ProgressCallback
from app.reports.pdf.contents import fill_page_number
from app.reports.pdf.fonts import SANS, SANS_BOLD, font_runs, text_width
from app.reports.pdf.styles import (
    ACCENT,
    BOTTOM_MARGIN,
    INK,
    LEFT_MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    RULE,
    TEXT_HEIGHT,
    TEXT_WIDTH,
    TOP_MARGIN,
    WATERMARK,
)
from app.reports.text_safety import clean_text

log = logging.getLogger(__name__)

TITLE_PAGE_TOP = 62 * mm  # the full letterhead takes more room on the title page


@dataclass(frozen=True)
class PageFurniture:
    """What every page shows around the text."""

    municipality: str
    letterhead_lines: tuple[str, ...]
    logo: ImageReader | None
    title: str
    registry_no: str
    date_text: str
    watermark: str = ""
    """Printed large and pale across every page ("UTKAST" on a draft); empty for none."""


def load_logo(png: bytes | None) -> ImageReader | None:
    """The logo ready to draw, or None when there is none or it cannot be read."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getSize()
    except Exception:  # a broken logo must not stop the export
        log.warning("The letterhead logo could not be read; printing without it")
        return None
    return reader


def _fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis until it is at most ``width`` wide."""
    if text_width(text, size, font) <= width:
        return text
    while text and text_width(text + "…", size, font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _draw_string(
    canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool, right: bool = False
) -> None:
    """Draw one line of user text; CJK runs switch to the fallback font."""
    font = SANS_BOLD if bold else SANS
    if right:
        x -= text_width(text, size, font)
    for run, name in font_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


def _draw_logo(canvas: Canvas, logo: ImageReader, top: float, height: float) -> float:
    """Draw the logo with its top at ``top``; return its width."""
    pixel_width, pixel_height = logo.getSize()
    width = min(height * pixel_width / max(pixel_height, 1), 50 * mm)
    height = width * pixel_height / max(pixel_width, 1)
    canvas.drawImage(logo, LEFT_MARGIN, top - height, width, height, mask="auto")
    return float(width)


def draw_watermark(canvas: Canvas, text: str) -> None:
    """``text`` large, pale and diagonal across the middle of the page, behind nothing."""
    canvas.saveState()
    size = 96.0
    diagonal = (PAGE_WIDTH**2 + PAGE_HEIGHT**2) ** 0.5
    while size > 24 and text_width(text, size, SANS_BOLD) > diagonal * 0.7:
        size -= 4
    canvas.setFillColor(WATERMARK)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


def draw_furniture(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    """Letterhead (large on page 1, small after), footer and watermark of one page."""
    if furniture.watermark:
        draw_watermark(canvas, furniture.watermark)
    canvas.saveState()
    right = PAGE_WIDTH - RIGHT_MARGIN
    if page == 1:
        top = PAGE_HEIGHT - 16 * mm
        logo_height = 18 * mm
        name_size = 14.0
    else:
        top = PAGE_HEIGHT - 11 * mm
        logo_height = 10 * mm
        name_size = 9.5
    x = LEFT_MARGIN
    if furniture.logo is not None:
        x += _draw_logo(canvas, furniture.logo, top, logo_height) + 4 * mm
    name = _fit_text(furniture.municipality, SANS_BOLD, name_size, right - x - 45 * mm)
    canvas.setFillColor(ACCENT)
    if page == 1:
        _draw_string(canvas, x, top - name_size, name, name_size, bold=True)
        canvas.setFillColor(MUTED)
        y = top - name_size - 12
        for line in furniture.letterhead_lines[:5]:
            _draw_string(canvas, x, y, _fit_text(line, SANS, 8.5, right - x), 8.5, bold=False)
            y -= 11
        rule_y = min(y + 2, top - logo_height) - 5 * mm
    else:
        _draw_string(canvas, x, top - logo_height / 2 - name_size * 0.35, name, name_size, True)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8)
        reference = "  ·  ".join(t for t in (furniture.registry_no, furniture.date_text) if t)
        if reference:
            reference = _fit_text(reference, SANS, 8, 45 * mm)
            _draw_string(canvas, right, top - logo_height / 2 - 3, reference, 8, False, right=True)
        rule_y = top - logo_height - 3 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT_MARGIN, rule_y, right, rule_y)

    footer_y = BOTTOM_MARGIN - 12 * mm
    canvas.line(LEFT_MARGIN, footer_y + 9, right, footer_y + 9)
    canvas.setFillColor(MUTED)
    page_text = fill(translate("Reports", "Page %1 of %2"), str(page), str(pages))
    canvas.setFont(SANS, 8)
    canvas.drawRightString(right, footer_y, page_text)
    title_room = TEXT_WIDTH - stringWidth(page_text, SANS, 8) - 10 * mm
    title = _fit_text(furniture.title, SANS, 8, title_room)
    _draw_string(canvas, LEFT_MARGIN, footer_y, title, 8, bold=False)
    canvas.setFillColor(INK)
    canvas.restoreState()


class ReportCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until save, then decorates them knowing the count."""

    def __init__(
        self, *args: Any, decorate: Callable[[Canvas, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []
        self._held_bookmarks: list[tuple[str, dict[str, Any]]] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        """Hold a bookmark until its page is emitted (the PDF page object exists only then)."""
        # The PDF page object only exists once the page is really emitted.
        self._held_bookmarks.append((key, kwargs))

    def showPage(self) -> None:
        """Hold the finished page until the total is known ("page 3 of 12")."""
        self._held_pages.append(dict(self.__dict__))
        self._held_bookmarks = []
        self._startPage()

    def save(self) -> None:
        """Draw the header and footer on every held page, then write the file."""
        held = self._held_pages
        for state in held:
            self.__dict__.update(state)
            for key, kwargs in state["_held_bookmarks"]:
                Canvas.bookmarkPage(self, key, **kwargs)
            self._decorate(self, self._pageNumber, len(held))
            Canvas.showPage(self)
        self._held_pages = []
        Canvas.save(self)


class Heading(RLParagraph):  # type: ignore[misc]
    """A section heading that makes a bookmark, an outline entry and a TOC entry."""

    def __init__(self, markup: str, style: Any, *, level: int, plain: str, key: str) -> None:
        super().__init__(markup, style)
        self.toc_level = level
        self.toc_plain = plain
        self.toc_key = key


class PageMarker(Flowable):  # type: ignore[misc]
    """An invisible flowable that notes the page it lands on."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take no room: the marker only notes where it stands."""
        return 0.0, 0.0

    def draw(self) -> None:
        """Draw nothing."""
        pass


class KeepHeadingWithNext(KeepTogether):  # type: ignore[misc]
    """Keeps a heading with the start of what follows, not with all of it.

    reportlab's KeepTogether moves a heading to the next page whenever the
    flowable after it is longer than the space left, which leaves half-empty
    pages before every long table.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Split so the heading moves only with the start of what follows."""
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = list(self._content)
        if aH >= self._H:
            return content
        *lead, last = content
        lead_height = 0.0
        for flowable in lead:
            _, height = flowable.wrapOn(self.canv, aW, aH)
            lead_height += height + flowable.getSpaceAfter()
        lead_height += last.getSpaceBefore()
        if lead_height < aH:
            last.wrapOn(self.canv, aW, aH - lead_height)
            if last.splitOn(self.canv, aW, aH - lead_height):
                return content
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return content
        return [FrameBreak(), *content]


class WholeSheet(Flowable):  # type: ignore[misc]
    """A short fact sheet, its title and its table, printed whole on one page.

    One flowable rather than a KeepTogether: a section heading (keepWithNext) is kept
    with it, which reportlab does not do with a KeepTogether, so no heading is left
    alone at the foot of a page. A sheet taller than a page flows as title and table.
    """

    def __init__(self, title: Flowable, table: Flowable) -> None:
        super().__init__()
        self.title = title
        self.table = table
        self._title_height = 0.0
        self._gap = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The title's and the table's heights together."""
        _, self._title_height = self.title.wrap(availWidth, availHeight)
        self._gap = self.title.getSpaceAfter() + self.table.getSpaceBefore()
        self.width, table_height = self.table.wrap(availWidth, availHeight)
        self.height = self._title_height + self._gap + table_height
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        """The title's space above."""
        return float(self.title.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        """The table's space below."""
        return float(self.table.getSpaceAfter())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Whole or not at all; a sheet taller than a page lets its parts flow."""
        if self.height > TEXT_HEIGHT:
            return [self.title, self.table]
        return []

    def draw(self) -> None:
        """The title at the top, the table below it."""
        self.title.drawOn(self.canv, 0, self.height - self._title_height)
        self.table.drawOn(self.canv, 0, 0)


class Progress:
    """Work done over work expected, reported to the caller and checked for cancel."""

    def __init__(
        self, expected: int, report: ProgressCallback | None, is_cancelled: CancelCheck | None
    ) -> None:
        self.expected = max(expected, 1)
        self.done = 0
        self._report = report
        self._is_cancelled = is_cancelled

    def advance(self, units: int) -> None:
        """Count ``units`` of work; raise Cancelled when the user has asked to stop."""
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        self.done += units
        if self._report is not None:
            # Layout can take a pass more than planned; never claim to be finished early.
            self._report(min(self.done, self.expected - 1), self.expected)

    def finish(self) -> None:
        """Say the work is complete."""
        if self._report is not None:
            self._report(self.expected, self.expected)


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 with a title-page layout and a body layout; tracks headings, pages and progress."""

    def __init__(
        self, target: Any, *, title: str, author: str, progress: Progress, with_contents: bool
    ) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=clean_text(title),
            author=clean_text(author),
            creator="Vänort",
        )
        self.keepTogetherClass = KeepHeadingWithNext
        self.progress = progress
        self.with_contents = with_contents
        self.marker_pages: dict[str, int] = {}
        self.last_page = 0
        title_frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            PAGE_HEIGHT - TITLE_PAGE_TOP - BOTTOM_MARGIN,
            id="title",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        body_frame = Frame(
            LEFT_MARGIN,
            BOTTOM_MARGIN,
            TEXT_WIDTH,
            TEXT_HEIGHT,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id="title", frames=[title_frame], autoNextPageTemplate="body"),
                PageTemplate(id="body", frames=[body_frame]),
            ]
        )

    def afterPage(self) -> None:
        """Remember the last page for the footer's page count."""
        self.last_page = self.page

    def afterFlowable(self, flowable: Flowable) -> None:
        """Bookmark each heading at the place it lands, for the PDF's outline."""
        if isinstance(flowable, Heading):
            top = self.frame._y + flowable.height + 6
            self.canv.bookmarkPage(flowable.toc_key, fit="XYZ", left=0, top=top, zoom=0)
            self.canv.addOutlineEntry(flowable.toc_plain, flowable.toc_key, flowable.toc_level)
            if self.with_contents and flowable.toc_level <= 1:
                fill_page_number(self.canv, flowable.toc_level, flowable.toc_key, self.page)
        elif isinstance(flowable, PageMarker):
            self.marker_pages[flowable.name] = self.page
        self.progress.advance(int(getattr(flowable, "vanort_rows", 1)))
