"""The twinnings' timeline and the member chart, drawn with reportlab's own graphics.

Both are reportlab ``Drawing`` objects: the PDF renderer places them as they
are and the Word renderer paints the same drawing to a PNG
(:mod:`app.reports.docx.picture`), so the two outputs never disagree. Names
stand on the left, years along the bottom and a legend above explains the
shades, so a board member reads the figure without the text around it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app import vocabulary
from app.i18n import translate
from app.reports.document import MemberChart, TimelineRow, TwinningTimeline
from app.reports.pdf.fonts import font_runs, register_fonts, text_width
from app.reports.text_safety import clean_text
from app.reports.timeline_colours import (
    ACTIVITY_COLOUR,
    AXIS_COLOUR,
    GRID_COLOUR,
    MEETING_COLOUR,
    STATUS_COLOURS,
    TEXT_COLOUR,
    UNJUDGED_COLOUR,
)

# One shade per status (the order is the legend's); the window's town page draws the same.
STATUS_SHADES: dict[str, colors.Color] = {
    status: colors.HexColor(shade) for status, shade in STATUS_COLOURS.items()
}
UNJUDGED = colors.HexColor(UNJUDGED_COLOUR)
MEETING = colors.HexColor(MEETING_COLOUR)
ACTIVITY = colors.HexColor(ACTIVITY_COLOUR)
TEXT = colors.HexColor(TEXT_COLOUR)
GRID = colors.HexColor(GRID_COLOUR)
AXIS = colors.HexColor(AXIS_COLOUR)
SERIES = [colors.HexColor(c) for c in ("#1d4e79", "#8a2b2b", "#2f6f3e", "#b07d12", "#6a4c93")]

LABEL_SIZE = 7.5
AXIS_SIZE = 6.5
ROW = 15.0
BAR = 8.0
MAX_NAME_CHARS = 30
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _short(name: str) -> str:
    text = " ".join(clean_text(name).split())
    return text if len(text) <= MAX_NAME_CHARS else text[: MAX_NAME_CHARS - 1].rstrip() + "…"


def _text(
    drawing: Drawing,
    x: float,
    y: float,
    text: str,
    size: float = LABEL_SIZE,
    anchor: str = "start",
    colour: colors.Color = TEXT,
) -> float:
    """Draws ``text`` (with the fallback font where a glyph needs it); returns its width."""
    width = text_width(text, size)
    left = x - width if anchor == "end" else x - width / 2 if anchor == "middle" else x
    for run, font in font_runs(text):
        drawing.add(String(left, y, run, fontName=font, fontSize=size, fillColor=colour))
        left += stringWidth(run, font, size)
    return width


def _year_fraction(day: date) -> float:
    """``day`` as a year with its fraction (1976-07-01 is about 1976.5)."""
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def _tick_step(span: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50):
        if span / step <= 10:
            return step
    return 100


def _diamond(x: float, y: float, r: float, colour: colors.Color) -> Polygon:
    return Polygon(
        [x, y + r, x + r, y, x, y - r, x - r, y],
        fillColor=colour,
        strokeColor=colors.white,
        strokeWidth=0.5,
    )


def _dot(x: float, y: float, r: float, colour: colors.Color) -> Circle:
    return Circle(x, y, r, fillColor=colour, strokeColor=colors.white, strokeWidth=0.5)


def _legend(drawing: Drawing, y: float, items: Sequence[tuple[str, object]], width: float) -> float:
    """Legend entries left to right, wrapping; returns the y below the last line."""
    x = 0.0
    for text, sample in items:
        needed = 14 + text_width(text, LABEL_SIZE) + 12
        if x and x + needed > width:
            x, y = 0.0, y - 12
        if isinstance(sample, colors.Color):
            drawing.add(Rect(x, y - 1, 10, 7, fillColor=sample, strokeColor=None))
        elif sample == "meeting":
            drawing.add(_dot(x + 5, y + 2.5, 3, MEETING))
        else:
            drawing.add(_diamond(x + 5, y + 2.5, 3.4, ACTIVITY))
        _text(drawing, x + 14, y, text)
        x += needed
    return y - 12


def _end_label(row: TimelineRow) -> str:
    """The end after the bar: the year of a known day (the figure has no room for the day)."""
    written = row.end_written.strip()
    if not written or ISO_DAY.fullmatch(written):
        return str(row.end.year) if row.end else ""
    return written


def _unshaded(row: TimelineRow) -> bool:
    """True when part of the bar has no status span over it."""
    shaded = [span for span in row.spans if span.status in STATUS_SHADES]
    return not shaded or min(span.start for span in shaded) > row.start


def draw_twinning_timeline(timeline: TwinningTimeline, width: float) -> Drawing:
    """The timeline ``width`` points wide: one bar per row, shaded span by span, marks on top.

    A bar runs from the earliest day its contact may have begun to its end
    (labelled with the end year) or to ``timeline.today``.
    """
    register_fonts()
    rows = list(timeline.rows)
    names = [_short(row.town) for row in rows]
    label_width = min(max((text_width(n, LABEL_SIZE) for n in names), default=40) + 8, width * 0.3)
    first = min((row.start.year for row in rows), default=timeline.today.year)
    step = _tick_step(timeline.today.year + 1 - first)
    low = first - first % step
    high = timeline.today.year + 1
    plot_left = label_width
    plot_width = width - label_width - 24  # room for the end year after the last bar

    def x_of(day: date) -> float:
        fraction = (_year_fraction(day) - low) / max(high - low, 1)
        return plot_left + max(0.0, min(1.0, fraction)) * plot_width

    # The legend first, to know how tall it is; shapes are placed from the top down.
    legend: list[tuple[str, object]] = [
        (vocabulary.label(status), shade)
        for status, shade in STATUS_SHADES.items()
        if any(span.status == status for row in rows for span in row.spans)
    ]
    if any(_unshaded(row) for row in rows):
        legend.append(
            (translate("Reports", "no status (before the register's evidence)"), UNJUDGED)
        )
    if any(row.meetings for row in rows):
        legend.append((translate("Reports", "chain meeting"), "meeting"))
    if any(row.activities for row in rows):
        legend.append((translate("Reports", "bilateral activity or trip"), "activity"))
    probe = Drawing(width, 100)
    legend_height = 100 - _legend(probe, 100, legend, width) - 4
    axis_height = 16.0
    height = legend_height + len(rows) * ROW + axis_height + 6
    drawing = Drawing(width, height)
    _legend(drawing, height - 9, legend, width)
    top = height - legend_height - 4
    bottom = axis_height
    # Year grid and axis.
    year = low
    while year <= high:
        x = x_of(date(year, 1, 1))
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.4))
        _text(drawing, x, bottom - 9, str(year), AXIS_SIZE, "middle", AXIS)
        year += step
    drawing.add(Line(plot_left, bottom, plot_left + plot_width, bottom, strokeColor=AXIS))
    for index, (row, name) in enumerate(zip(rows, names, strict=True)):
        middle = top - (index + 0.5) * ROW
        _text(drawing, 0, middle - LABEL_SIZE * 0.35, name)
        end = row.end or timeline.today
        left, right = x_of(row.start), max(x_of(end), x_of(row.start) + 1.5)
        drawing.add(
            Rect(left, middle - BAR / 2, right - left, BAR, fillColor=UNJUDGED, strokeColor=None)
        )
        for span in row.spans:
            shade = STATUS_SHADES.get(span.status)
            if shade is None:
                continue  # "ended" needs no shade: the bar stops
            a = max(x_of(span.start), left)
            b = min(x_of(span.end), right)
            if b > a:
                drawing.add(
                    Rect(a, middle - BAR / 2, b - a, BAR, fillColor=shade, strokeColor=None)
                )
        for day in row.meetings:
            drawing.add(_dot(x_of(day), middle + BAR / 2, 2.4, MEETING))
        for day in row.activities:
            drawing.add(_diamond(x_of(day), middle - BAR / 2, 2.8, ACTIVITY))
        if row.end is not None:
            # The end stands out: a closing stroke and the year, so ends read at a glance.
            drawing.add(
                Line(right, middle - BAR / 2 - 1.5, right, middle + BAR / 2 + 1.5, strokeColor=TEXT)
            )
            _text(
                drawing,
                right + 2,
                middle - AXIS_SIZE * 0.35,
                _end_label(row),
                AXIS_SIZE,
            )
    return drawing


def _nice_top(value: int) -> int:
    if value <= 0:
        return 10
    magnitude: int = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        top = int(factor * magnitude)
        if top >= value:
            return top
    return int(10 * magnitude)


MEMBER_CHART_SHARE = 0.65
"""A member chart is small: this share of the text width."""


def draw_member_chart(chart: MemberChart, width: float) -> Drawing:
    """Member counts over the years ``width`` points wide: a line per association.

    An unknown count breaks the line; it is never drawn as zero.
    """
    register_fonts()
    series = list(chart.series)
    legend: list[tuple[str, object]] = [
        (_short(s.name), SERIES[i % len(SERIES)]) for i, s in enumerate(series)
    ]
    probe = Drawing(width, 100)
    legend_height = 100 - _legend(probe, 100, legend, width) - 4
    plot_height = 90.0
    height = legend_height + plot_height + 28
    drawing = Drawing(width, height)
    _legend(drawing, height - 9, legend, width)
    years = [year for s in series for year, _ in s.counts]
    known = [count for s in series for _, count in s.counts if count is not None]
    first, last = (min(years), max(years)) if years else (0, 1)
    if first == last:
        first, last = first - 1, last + 1
    top_value = _nice_top(max(known, default=0))
    bottom = 16.0
    left = max(text_width(f"{top_value:,}".replace(",", " "), AXIS_SIZE) + 6, 24.0)
    plot_width = width - left - 10

    pad = max(0.5, (last - first) * 0.04)  # the first and last dots stay inside the frame

    def x_of(year: int) -> float:
        return left + (year - first + pad) / (last - first + 2 * pad) * plot_width

    def y_of(count: int) -> float:
        return bottom + count / top_value * plot_height

    for i in range(5):
        value = top_value * i // 4
        y = y_of(value)
        drawing.add(Line(left, y, left + plot_width, y, strokeColor=GRID, strokeWidth=0.4))
        _text(drawing, left - 3, y - 2, f"{value:,}".replace(",", " "), AXIS_SIZE, "end", AXIS)
    step = _tick_step(last - first)
    year = first - first % step
    while year <= last:
        if year >= first:
            _text(drawing, x_of(year), bottom - 9, str(year), AXIS_SIZE, "middle", AXIS)
        year += step
    drawing.add(Line(left, bottom, left + plot_width, bottom, strokeColor=AXIS))
    dots: list[Circle] = []  # drawn last, over the lines
    for index, item in enumerate(series):
        colour = SERIES[index % len(SERIES)]
        stretch: list[float] = []
        for year, count in sorted(item.counts):
            if count is None:
                if len(stretch) >= 4:
                    drawing.add(PolyLine(stretch, strokeColor=colour, strokeWidth=1.2))
                stretch = []
                continue
            stretch += [x_of(year), y_of(count)]
            dots.append(_dot(x_of(year), y_of(count), 2.2, colour))
        if len(stretch) >= 4:
            drawing.add(PolyLine(stretch, strokeColor=colour, strokeWidth=1.2))
    for dot in dots:
        drawing.add(dot)
    return drawing
