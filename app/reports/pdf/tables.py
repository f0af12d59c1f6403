"""Tables that run over many pages: header repeated, numbered caption, total row last.

reportlab's own Table re-measures every remaining row each time it splits at a
page end, which grows with the square of the row count. ``TableRun`` instead
builds one page-sized reportlab Table at a time from the rows still to come,
so 30 000 rows cost about as much per row as 300.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from app.reports.cell_text import format_cell
from app.reports.document import Amount, CellValue, FactSheet, Total, Unknown
from app.reports.pdf.fonts import SANS, SANS_BOLD, needs_fallback, to_markup
from app.reports.pdf.hyphens import hyphenated
from app.reports.pdf.styles import (
    ACCENT,
    HAIRLINE,
    HEADER_FILL,
    INK,
    MUTED,
    TABLE_PADDING,
    TABLE_SIZE,
    TEXT_HEIGHT,
    report_styles,
)

_LEADING = TABLE_SIZE * 1.25
_V_PADDING = 2.5
_MIN_ROW_HEIGHT = _LEADING + 2 * _V_PADDING
_SAMPLE_HEAD = 400  # rows measured from the start of a table to size its columns
_SAMPLE_TAIL = 50
_MAX_SHARE = 0.55
_SHORT_WORDS = 0.12  # a column whose longest word is narrower than this share never wraps it
# Widest advance in DejaVu Sans (Bold) in ems, for ASCII and for any glyph.
_WIDEST_ASCII = 1.11
_WIDEST_GLYPH = 2.02  # no single column takes more of the width than this, by nature


def _is_numeric(value: CellValue) -> bool:
    return isinstance(value, int | Amount | Total) and not isinstance(value, bool)


def _right_aligned_columns(
    columns: int, rows: Sequence[Sequence[CellValue]], total: Sequence[CellValue] | None
) -> list[bool]:
    """A column is right-aligned when its values are numbers (unknowns aside)."""
    sample = list(rows[:_SAMPLE_HEAD]) + list(rows[-_SAMPLE_TAIL:]) if rows else []
    if total is not None:
        sample.append(total)
    result = []
    for column in range(columns):
        values = [row[column] for row in sample if not isinstance(row[column], Unknown | None)]
        result.append(bool(values) and all(_is_numeric(v) or _is_date(v) for v in values))
    return result


def _is_date(value: CellValue) -> bool:
    return isinstance(value, date)


def _column_widths(
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue]],
    total: Sequence[CellValue] | None,
    width: float,
    numeric: Sequence[bool],
) -> list[float]:
    """Widths filling ``width``: by the longest text seen, text columns taking the slack."""
    count = len(headers)
    pad = 2 * TABLE_PADDING
    minimum = []
    natural = []
    for header in headers:
        words = header.split() or [""]
        longest_word = max(stringWidth(w, SANS_BOLD, TABLE_SIZE) for w in words)
        minimum.append(max(longest_word, 24.0) + pad)
        natural.append(min(stringWidth(header, SANS_BOLD, TABLE_SIZE), width * 0.3) + pad)
    sample = list(rows[:_SAMPLE_HEAD]) + list(rows[-_SAMPLE_TAIL:]) if rows else []
    if total is not None:
        sample.append(total)
    for row in sample:
        for column in range(count):
            text = format_cell(row[column])
            if text:
                font = SANS_BOLD if row is total else SANS
                longest_line = max(stringWidth(line, font, TABLE_SIZE) for line in text.split("\n"))
                natural[column] = max(natural[column], min(longest_line + pad, width * _MAX_SHARE))
                # A column narrower than its longest word wraps every cell of it
                # ("kommun" in a narrow Typ column): each wrap costs a Paragraph.
                longest_word = max(
                    (stringWidth(w, font, TABLE_SIZE) for w in text.split()), default=0
                )
                minimum[column] = max(minimum[column], min(longest_word + pad, width * 0.25))
    for column in range(count):
        if numeric[column]:
            # Numbers are never wrapped: their column is as wide as its widest value.
            minimum[column] = max(minimum[column], natural[column])
        natural[column] = max(natural[column], minimum[column])
    total_natural = sum(natural)
    if total_natural <= width:
        stretchable = [c for c in range(count) if not numeric[c]] or list(range(count))
        share = sum(natural[c] for c in stretchable)
        slack = width - total_natural
        return [
            natural[c] + (slack * natural[c] / share if c in stretchable else 0.0)
            for c in range(count)
        ]
    total_minimum = sum(minimum)
    if total_minimum >= width:
        # Even the longest words do not fit, so some words must break. Numbers,
        # dates and columns of short words (registry numbers "KS 2007/607", "§ 118")
        # keep their width, since "2014-04-\n07" reads as two values; the columns
        # with the longest words give way, and they alone.
        keep = [numeric[c] or minimum[c] <= _SHORT_WORDS * width for c in range(count)]
        fixed = sum(minimum[c] for c in range(count) if keep[c])
        text_minimum = total_minimum - fixed
        if fixed < width * 0.6 and text_minimum > 0:
            scale = (width - fixed) / text_minimum
            return [minimum[c] if keep[c] else minimum[c] * scale for c in range(count)]
        return [m * width / total_minimum for m in minimum]
    # Shrink each column in proportion to how far it is above its minimum.
    room = width - total_minimum
    excess = total_natural - total_minimum
    return [minimum[c] + (natural[c] - minimum[c]) * room / excess for c in range(count)]


class PreparedTable:
    """A document table measured once: column widths, alignment and the numbered caption."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[CellValue]],
        total: Sequence[CellValue] | None,
        caption_markup: str,
        width: float,
    ) -> None:
        styles = report_styles()
        self.rows = rows
        self.total = total
        self.numeric = _right_aligned_columns(len(headers), rows, total)
        self.widths = _column_widths(headers, rows, total, width, self.numeric)
        self.caption = RLParagraph(caption_markup, styles.caption) if caption_markup else None
        # reportlab itself repeats the same header cells on every page part.
        self.header = [
            RLParagraph(
                to_markup(h), styles.cell_bold_right if self.numeric[c] else styles.cell_bold
            )
            for c, h in enumerate(headers)
        ]
        self.total_cells = (
            None if total is None else [self.cell(v, c, True) for c, v in enumerate(total)]
        )
        self.header_height = self.height_of(self.header)
        self.total_height = 0.0 if self.total_cells is None else self.height_of(self.total_cells)
        self._converted: dict[int, tuple[list[Any], float]] = {}

    def cell(self, value: CellValue, column: int, bold: bool) -> Any:
        """A plain string where it fits on one line, else a wrapping Paragraph.

        Plain strings are drawn by the table directly and cost a fraction of a
        Paragraph, which matters at tens of thousands of rows.
        """
        text = format_cell(value)
        if not text:
            return ""
        room = self.widths[column] - 2 * TABLE_PADDING
        if "\n" not in text and not needs_fallback(text):
            # Most cells are short: no glyph of DejaVu Sans is wider than these
            # bounds, so the text surely fits without measuring it.
            widest = _WIDEST_ASCII if text.isascii() else _WIDEST_GLYPH
            if len(text) * widest * TABLE_SIZE <= room:
                return text
            if stringWidth(text, SANS_BOLD if bold else SANS, TABLE_SIZE) <= room:
                return text
        styles = report_styles()
        if bold:
            style = styles.cell_bold_right if self.numeric[column] else styles.cell_bold
        else:
            style = styles.cell_right if self.numeric[column] else styles.cell
        # A word wider than its column is broken between syllables with a hyphen, not
        # wherever the line happens to end.
        text = hyphenated(text, room, SANS_BOLD if bold else SANS, TABLE_SIZE)
        return RLParagraph(to_markup(text), style)

    def height_of(self, cells: Sequence[Any]) -> float:
        """The height reportlab's Table gives a row of these cells, padding included."""
        height = _LEADING
        for column, cell in enumerate(cells):
            if isinstance(cell, RLParagraph):
                _, cell_height = cell.wrap(self.widths[column] - 2 * TABLE_PADDING, 72000)
                height = max(height, cell_height)
        return float(height + 2 * _V_PADDING)

    def row(self, index: int) -> tuple[list[Any], float]:
        """Row ``index`` ready for a reportlab Table, and its height (kept while needed)."""
        converted = self._converted.get(index)
        if converted is None:
            cells = [self.cell(value, c, False) for c, value in enumerate(self.rows[index])]
            converted = (cells, self.height_of(cells))
            self._converted[index] = converted
        return converted

    def forget_before(self, index: int) -> None:
        """Drop converted rows that are already on earlier pages."""
        for key in [k for k in self._converted if k < index]:
            del self._converted[key]

    def build(
        self, start: int, end: int, with_total: bool, row_heights: Sequence[float] | None = None
    ) -> RLTable:
        """A reportlab Table: the header, rows ``start`` to ``end`` and maybe the total row."""
        data: list[list[Any]] = [self.header]
        data += [self.row(index)[0] for index in range(start, end)]
        if with_total:
            assert self.total_cells is not None
            data.append(self.total_cells)
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), SANS, TABLE_SIZE, _LEADING),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), _V_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PADDING),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, HAIRLINE),
        ]
        for column, right in enumerate(self.numeric):
            if right:
                commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
        if with_total:
            commands += [
                ("FONT", (0, -1), (-1, -1), SANS_BOLD, TABLE_SIZE, _LEADING),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ]
        table = RLTable(
            data,
            colWidths=self.widths,
            rowHeights=list(row_heights) if row_heights is not None else None,
            repeatRows=1,
            splitInRow=1,
            style=TableStyle(commands),
            hAlign="LEFT",
        )
        table.vanort_rows = end - start  # read by the progress report
        return table


@dataclass(frozen=True)
class _PagePart:
    """The rows that fit on the current page, laid out."""

    table: RLTable | None  # None: not even one row fits here
    end: int  # first row not in this part
    with_total: bool

    def finishes(self, rows: int, has_total: bool) -> bool:
        return self.end >= rows and (self.with_total or not has_total)


class TableRun(Flowable):  # type: ignore[misc]
    """The rows of a table from ``start`` on; splits itself a page at a time.

    Each page part is an ordinary reportlab Table holding exactly the rows that
    fit, measured once and built with known row heights.
    """

    def __init__(self, prepared: PreparedTable, start: int = 0) -> None:
        super().__init__()
        self.prepared = prepared
        self.start = start
        self.spaceBefore = 4.0
        self.spaceAfter = 12.0
        self._cache: tuple[tuple[float, float], _PagePart] | None = None

    def _caption_height(self, width: float) -> float:
        caption = self.prepared.caption
        if caption is None or self.start > 0:
            return 0.0
        _, height = caption.wrap(width, TEXT_HEIGHT)
        return float(height + caption.getSpaceAfter())

    def _measure(self, width: float, height: float) -> _PagePart:
        """Lay out as many rows from ``start`` as fit in ``height``."""
        # Containers measure with "infinite" height; a part never exceeds a page.
        height = min(height, TEXT_HEIGHT)
        prepared = self.prepared
        rows = len(prepared.rows)
        prepared.forget_before(self.start)
        heights = [prepared.header_height]
        used = prepared.header_height
        end = self.start
        while end < rows:
            _, row_height = prepared.row(end)
            if used + row_height > height:
                break
            used += row_height
            heights.append(row_height)
            end += 1
        with_total = (
            end >= rows
            and prepared.total_cells is not None
            and used + prepared.total_height <= height
        )
        if with_total:
            heights.append(prepared.total_height)
        wanted_more = self.start < rows or (prepared.total_cells is not None and not with_total)
        if end == self.start and wanted_more:
            return _PagePart(None, self.start, False)
        part = prepared.build(self.start, end, with_total, row_heights=heights)
        part.wrap(width, height)
        return _PagePart(part, end, with_total)

    def _part(self, width: float, height: float) -> _PagePart:
        key = (width, height)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, self._measure(width, height))
        return self._cache[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Measure the part of the table (with its caption) that fits the room given."""
        caption = self._caption_height(availWidth)
        part = self._part(availWidth, availHeight - caption)
        self.width = availWidth
        prepared = self.prepared
        if part.table is not None and part.finishes(len(prepared.rows), prepared.total is not None):
            self.height = caption + part.table._height
        else:
            # More rows follow than fit here: claim more than the space left
            # so the frame asks us to split.
            self.height = availHeight + 1
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split the table where the page ends, repeating its header on the next page."""
        caption = self._caption_height(availWidth)
        part = self._part(availWidth, availHeight - caption)
        prepared = self.prepared
        if part.table is None:
            if availHeight < TEXT_HEIGHT * 0.98:
                return []  # not even one row fits: the frame moves us to the next page
            tall = self._split_tall_row(availWidth, availHeight - caption)
            if caption and prepared.caption is not None:
                tall.insert(0, prepared.caption)
            return tall
        result: list[Flowable] = []
        if caption and prepared.caption is not None:
            result.append(prepared.caption)
        result.append(part.table)
        if part.finishes(len(prepared.rows), prepared.total is not None):
            part.table.spaceAfter = self.spaceAfter
        else:
            # When only the total row is left over, the next run shows it under a header.
            rest = TableRun(prepared, part.end)
            rest.spaceAfter = self.spaceAfter
            result.append(rest)
        return result

    def _split_tall_row(self, width: float, height: float) -> list[Flowable]:
        """A row taller than a whole page: let reportlab split inside the row."""
        prepared = self.prepared
        end = min(self.start + 1, len(prepared.rows))
        last = end >= len(prepared.rows)
        single = prepared.build(self.start, end, last and prepared.total is not None)
        parts: list[Flowable] = list(single.split(width, height))
        if not parts:
            raise ValueError("a table row cannot be laid out on an empty page")
        parts[0].vanort_rows = 1
        if end < len(prepared.rows):
            rest = TableRun(prepared, end)
            rest.spaceAfter = self.spaceAfter
            parts.append(rest)
        return parts

    def draw(self) -> None:
        """Draw the caption and the part of the table measured for this page."""
        assert self._cache is not None
        part = self._cache[1]
        assert part.table is not None
        y = self.height
        caption = self.prepared.caption if self.start == 0 else None
        if caption is not None:
            _, caption_height = caption.wrap(self.width, TEXT_HEIGHT)
            y -= caption_height
            caption.drawOn(self.canv, 0, y)
            y -= caption.getSpaceAfter()
        part.table.drawOn(self.canv, 0, y - part.table._height)


def fact_sheet_table(sheet: FactSheet, width: float) -> RLTable:
    """Facts as a two-column key/value table without a header."""
    styles = report_styles()
    data = [
        [
            RLParagraph(to_markup(key), styles.fact_key),
            RLParagraph(to_markup(format_cell(value)), styles.cell),
        ]
        for key, value in sheet.facts
    ]
    if not data:
        data = [["", ""]]
    key_width = min(width * 0.36, 60 * 2.83465)
    table = RLTable(
        data,
        colWidths=[key_width, width - key_width],
        splitInRow=1,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), TABLE_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), _V_PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), _V_PADDING),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ]
        ),
    )
    return table
