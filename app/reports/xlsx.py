"""The Excel renderer: a sheet describing the report, then one sheet per table.

Dates are real dates, amounts real numbers with a currency format, and no user
text ever becomes a formula or an error value: such strings are stored as
text with Excel's quote prefix. Rows are streamed (openpyxl's write-only
mode), so tens of thousands of rows stay quick and small in memory.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.i18n import translate
from app.reports.cell_text import fill, format_cell, unknown_text
from app.reports.document import (
    Amount,
    CancelCheck,
    Cancelled,
    CellValue,
    FactSheet,
    Figure,
    MemberChart,
    ProgressCallback,
    ReportDocument,
    Table,
    Total,
    TownMap,
    TwinningTimeline,
    Unknown,
    iter_blocks,
)
from app.reports.files import replaced_when_done
from app.reports.text_safety import clean_text, reads_as_formula

__all__ = ["MAX_CELL_CHARS", "render_xlsx", "sheet_title"]

MAX_CELL_CHARS = 32_767
"""Excel's limit for the text of one cell; longer texts are cut with a marker."""

_MAX_WIDTH = 60  # characters; wider columns wrap instead
_MIN_WIDTH = 8
_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEET_NAMES = {"history"}  # Excel keeps this name for itself
_CHECK_EVERY = 500  # rows between progress reports and cancel checks

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_MUTED = Font(italic=True, color="FF6B7580")
_HEADER_FILL = PatternFill("solid", fgColor="FFEEF2F6")
_TOTAL_BORDER = Border(top=Side(style="thin"), bottom=Side(style="thin"))
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_DATE_FORMAT = "yyyy-mm-dd"
_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def sheet_title(name: str, used: set[str], fallback: str) -> str:
    """A valid, unused sheet name from ``name``: at most 31 characters, none of []:*?/\\.

    ``used`` holds the names taken so far in lower case; the new one is added.
    """
    title = _FORBIDDEN_IN_SHEET_NAMES.sub(" ", clean_text(name))
    title = " ".join(title.split()).strip("'").strip()
    if not title:
        title = fallback
    title = title[:31].strip()
    candidate = title
    number = 1
    while candidate.lower() in used or candidate.lower() in _RESERVED_SHEET_NAMES:
        number += 1
        suffix = f" ({number})"
        candidate = title[: 31 - len(suffix)].rstrip() + suffix
    used.add(candidate.lower())
    return candidate


def _amount_format(amount: Amount) -> str:
    code = re.sub(r"[^A-Za-z]", "", amount.currency).upper()[:5] or "?"
    unit = "kr" if code == "SEK" else code
    decimals = ".00" if amount.value != amount.value.to_integral_value() else ""
    return f'#,##0{decimals} "{unit}"'


def _text(value: str) -> str:
    text = clean_text(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


class _SheetWriter:
    """Makes the cells of one write-only sheet, styled and safe."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet

    def text_cell(self, value: str, font: Font | None = None, wrap: bool = False) -> Any:
        text = _text(value)
        guarded = reads_as_formula(text)
        if (
            not guarded
            and font is None
            and not wrap
            and len(text) <= _MAX_WIDTH
            and "\n" not in text
        ):
            return text  # plain strings stream fastest as they are
        cell = WriteOnlyCell(self.sheet, value=text)
        # Whatever openpyxl guessed ("=..." as formula, "#N/A" as error), this is text.
        cell.data_type = "s"
        if guarded:
            cell.quotePrefix = True  # Excel keeps it text when the user edits the cell
        if font is not None:
            cell.font = font
        if wrap or len(text) > _MAX_WIDTH or "\n" in text:
            cell.alignment = _WRAP
        return cell

    def value_cell(self, value: CellValue | float, font: Font | None = None) -> Any:
        """A cell for one table value: numbers, dates and amounts stay numbers."""
        if value is None:
            return None
        if isinstance(value, float):  # map coordinates
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = "0.00000"
            return cell
        if isinstance(value, Unknown):
            return self.text_cell(unknown_text(), font or _MUTED)
        if isinstance(value, Total):
            # The sum stays a number Excel can add up; its unknowns get a cell of
            # their own (see _unknowns_row). Nothing known: the words, never a 0.
            if value.value is None:
                return self.text_cell(unknown_text(), font or _MUTED)
            return self.value_cell(value.value, font)
        if isinstance(value, bool):
            return self.text_cell(format_cell(value), font)
        if isinstance(value, Amount):
            cell = WriteOnlyCell(self.sheet, value=value.value)
            cell.number_format = _amount_format(value)
        elif isinstance(value, int):
            if font is None:
                return value
            cell = WriteOnlyCell(self.sheet, value=value)
        elif isinstance(value, datetime):
            cell = WriteOnlyCell(self.sheet, value=value.replace(tzinfo=None))
            cell.number_format = _DATETIME_FORMAT
        elif isinstance(value, date):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = _DATE_FORMAT
        else:
            return self.text_cell(str(value), font)
        if font is not None:
            cell.font = font
        return cell


def _width_of(value: CellValue | float) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return 10
    if isinstance(value, str):
        return max((len(line) for line in value.split("\n")), default=0)
    if isinstance(value, date):
        return 16 if isinstance(value, datetime) else 10
    return len(format_cell(value)) + (2 if isinstance(value, Amount) else 0)


@dataclass
class _Progress:
    total: int
    report: ProgressCallback | None
    is_cancelled: CancelCheck | None
    done: int = 0

    def advance(self, units: int = 1) -> None:
        self.done += units
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.report is not None:
            self.report(min(self.done, self.total - 1), self.total)


_WIDTH_SAMPLE = 3000


def _width_sample(
    rows: Sequence[Sequence[CellValue | float]],
) -> Sequence[Sequence[CellValue | float]]:
    """The rows whose widths fit the columns: all of a short table, a spread of a long one.

    Measuring 30 000 rows cell by cell costs more than writing them; a few
    thousand rows from the start, the end and evenly between give the same widths
    in practice, and a wider value that was missed still shows when clicked.
    """
    if len(rows) <= _WIDTH_SAMPLE:
        return rows
    step = len(rows) // (_WIDTH_SAMPLE // 2)
    return [*rows[:500], *rows[-500:], *rows[::step]]


def _write_grid(
    writer: _SheetWriter,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue | float]],
    total: Sequence[CellValue] | None,
    progress: _Progress,
) -> None:
    """Header row (bold, frozen, filtered), the rows, then the total row."""
    sheet = writer.sheet
    widths = [len(clean_text(h)) + 3 for h in headers]  # room for the filter button
    for row in _width_sample(rows):
        for column, value in enumerate(row):
            width = _width_of(value)
            if width > widths[column]:
                widths[column] = width
    for column, width in enumerate(widths, start=1):
        fitted = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = fitted
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = writer.text_cell(header, _BOLD)
        cell.fill = _HEADER_FILL
        header_cells.append(cell)
    sheet.append(header_cells)
    for index, row in enumerate(rows, start=1):
        sheet.append([writer.value_cell(value) for value in row])
        if index % _CHECK_EVERY == 0:
            progress.advance(_CHECK_EVERY)
    progress.advance(len(rows) % _CHECK_EVERY)
    last_column = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    if total is not None:
        cells = []
        for value in total:
            cell = writer.value_cell(value, _BOLD)
            if cell is None:
                cell = WriteOnlyCell(sheet, value=None)
            elif not isinstance(cell, Cell):
                cell = WriteOnlyCell(sheet, value=cell)
            cell.border = _TOTAL_BORDER
            cells.append(cell)
        sheet.append(cells)
        unknowns = _unknowns_row(total)
        if unknowns is not None:
            sheet.append([writer.value_cell(value) for value in unknowns])


def _unknowns_row(total: Sequence[CellValue]) -> list[CellValue] | None:
    """Under a total row: how many values each total lacks, as whole numbers.

    The label stands where the total row has its "Total" (its first text cell,
    else the first cell that is not a total). None when no total lacks anything.
    """
    if not any(isinstance(v, Total) and v.unknown for v in total):
        return None
    row: list[CellValue] = [v.unknown if isinstance(v, Total) else None for v in total]
    spots = [i for i, v in enumerate(total) if isinstance(v, str)]
    spots += [i for i, v in enumerate(total) if not isinstance(v, Total)]
    if spots:
        row[spots[0]] = translate("Reports", "Values unknown, not in the total")
    return row


@dataclass(frozen=True)
class _GridSheet:
    """One sheet after the first: a table, the fact sheets, or a map's coordinates."""

    name: str
    caption: str
    headers: Sequence[str]
    rows: Sequence[Sequence[CellValue | float]]
    total: Sequence[CellValue] | None = None


def _caption(template: str, number: int, caption: str) -> str:
    label = fill(template, str(number))
    text = " ".join(clean_text(caption).split())
    return f"{label}: {text}" if text else label


def _plan_sheets(document: ReportDocument, used: set[str]) -> list[_GridSheet]:
    """The sheets after the first, in reading order, named and captioned as in the PDF."""
    sheets: list[_GridSheet] = []
    fact_sheets: list[FactSheet] = []
    tables = figures = 0
    for block in iter_blocks(document.body):
        if isinstance(block, Table):
            if document.tables_as_figures:
                figures += 1
                template, number = translate("Reports", "Figure %1"), figures
            else:
                tables += 1
                template, number = translate("Reports", "Table %1"), tables
            label = fill(template, str(number))
            sheets.append(
                _GridSheet(
                    name=sheet_title(block.sheet_name or block.caption, used, label),
                    caption=_caption(template, number, block.caption),
                    headers=block.columns,
                    rows=block.rows,
                    total=block.total,
                )
            )
        elif isinstance(block, FactSheet):
            fact_sheets.append(block)
        elif isinstance(block, Figure):
            figures += 1  # numbered as in the PDF, pictures included
            if isinstance(block.content, TownMap):
                label = fill(translate("Reports", "Figure %1"), str(figures))
                sheets.append(
                    _GridSheet(
                        name=sheet_title(label, used, label),
                        caption=_caption(translate("Reports", "Figure %1"), figures, block.caption),
                        headers=[
                            translate("Reports", "No."),
                            translate("Reports", "Place"),
                            translate("Reports", "Latitude"),
                            translate("Reports", "Longitude"),
                        ],
                        rows=[
                            [number, place.name, place.latitude, place.longitude]
                            for number, place in enumerate(block.content.places, start=1)
                        ],
                    )
                )
            elif isinstance(block.content, TwinningTimeline | MemberChart):
                # The workbook carries the figure's figures, for her own charts.
                label = fill(translate("Reports", "Figure %1"), str(figures))
                headers, rows = _figure_rows(block.content)
                sheets.append(
                    _GridSheet(
                        name=sheet_title(label, used, label),
                        caption=_caption(translate("Reports", "Figure %1"), figures, block.caption),
                        headers=headers,
                        rows=rows,
                    )
                )
    if fact_sheets:
        title = translate("Reports", "Fact sheets")
        sheets.append(
            _GridSheet(
                name=sheet_title(title, used, "Facts"),
                caption=title,
                headers=[
                    translate("Reports", "Fact sheet"),
                    translate("Reports", "Field"),
                    translate("Reports", "Value"),
                ],
                rows=[
                    [sheet.title, key, value] for sheet in fact_sheets for key, value in sheet.facts
                ],
            )
        )
    return sheets


def _personal_data_text(document: ReportDocument) -> str:
    statement = document.personal_data
    if statement.contains_personal_data:
        categories = ", ".join(clean_text(c).strip() for c in statement.categories)
        return fill(translate("Reports", "This report contains personal data: %1."), categories)
    return translate("Reports", "This report contains no personal data.")


def _about_rows(
    writer: _SheetWriter, document: ReportDocument, sheets: list[_GridSheet]
) -> Iterator[list[Any]]:
    """The first sheet: what the report is, when and from what it was made, personal data."""
    yield [writer.text_cell(document.title, _TITLE)]
    if document.subtitle.strip():
        yield [writer.text_cell(document.subtitle)]
    yield []

    def fact(label: str, value: Any) -> list[Any]:
        return [writer.text_cell(label, _BOLD), value]

    if document.description.strip():
        yield fact(
            translate("Reports", "What it is"), writer.text_cell(document.description, wrap=True)
        )
    yield fact(
        translate("Reports", "Municipality"), writer.text_cell(document.letterhead.municipality)
    )
    yield fact(translate("Reports", "Date"), writer.value_cell(document.date))
    if document.registry_no.strip():
        yield fact(translate("Reports", "Registry number"), writer.text_cell(document.registry_no))
    if document.author.strip():
        yield fact(translate("Reports", "Author"), writer.text_cell(document.author))
    created = document.created_at or datetime.now()
    yield fact(translate("Reports", "Created"), writer.value_cell(created))
    if document.source is not None:
        yield fact(translate("Reports", "Database"), writer.text_cell(document.source.database))
        filters = list(document.source.filters.items())
        if not filters:
            yield fact(
                translate("Reports", "Filters"), writer.text_cell(translate("Reports", "none"))
            )
        for index, (name, value) in enumerate(filters):
            label = translate("Reports", "Filters") if index == 0 else ""
            yield [
                writer.text_cell(label, _BOLD) if label else None,
                writer.text_cell(f"{name}: {value}"),
            ]
    yield fact(
        translate("Reports", "Personal data"),
        writer.text_cell(_personal_data_text(document), wrap=True),
    )
    if sheets:
        yield []
        yield [writer.text_cell(translate("Reports", "Sheets"), _BOLD)]
        for sheet in sheets:
            yield [writer.text_cell(sheet.name), writer.text_cell(sheet.caption, wrap=True)]


def _write_workbook(document: ReportDocument, target: str, progress: _Progress) -> None:
    workbook = Workbook(write_only=True)
    workbook.properties.title = _text(document.title)[:255]
    workbook.properties.creator = "Vänort"
    used: set[str] = set()
    about_name = sheet_title(translate("Reports", "About this report"), used, "Report")
    sheets = _plan_sheets(document, used)
    try:
        about = workbook.create_sheet(about_name)
        about.column_dimensions["A"].width = 22
        about.column_dimensions["B"].width = 90
        writer = _SheetWriter(about)
        for row in _about_rows(writer, document, sheets):
            about.append(row)
        progress.advance()
        for sheet in sheets:
            grid = workbook.create_sheet(sheet.name)
            _write_grid(_SheetWriter(grid), sheet.headers, sheet.rows, sheet.total, progress)
    except BaseException:
        _discard(workbook)
        raise
    workbook.save(target)


def _discard(workbook: Workbook) -> None:
    """Close and delete the temporary files of a workbook that will not be saved."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()
        except Exception:  # cleaning up after a failure must not hide the failure
            continue


def _figure_rows(
    content: TwinningTimeline | MemberChart,
) -> tuple[list[str], list[list[CellValue]]]:
    """The header and rows that a chart is drawn from."""
    if isinstance(content, MemberChart):
        headers = [
            translate("Reports", "Association"),
            translate("Reports", "Year"),
            translate("Reports", "Members"),
        ]
        return headers, [
            [series.name, year, count if count is not None else Unknown()]
            for series in content.series
            for year, count in series.counts
        ]
    headers = [
        translate("Reports", "Twin town"),
        translate("Reports", "Since"),
        translate("Reports", "Ended"),
        translate("Reports", "Chain meetings"),
        translate("Reports", "Bilateral activities and trips"),
    ]
    return headers, [
        [
            row.town,
            row.start_written,
            row.end_written or row.end,
            len(row.meetings),
            len(row.activities),
        ]
        for row in content.rows
    ]


def _work_units(document: ReportDocument) -> int:
    units = 1
    for block in iter_blocks(document.body):
        if isinstance(block, Table):
            units += len(block.rows)
        elif isinstance(block, FactSheet):
            units += len(block.facts)
        elif isinstance(block, Figure) and isinstance(block.content, TownMap):
            units += len(block.content.places)
    return units


def render_xlsx(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as an Excel workbook to ``path``.

    The first sheet says what the report is, when and from which database and
    filters it was made, and whether it holds personal data; then one sheet per
    table, one for all fact sheets, and one per map with its coordinates.
    ``progress(done, total)`` reports rows written; ``is_cancelled()`` is asked
    every few hundred rows and a True answer raises
    :class:`app.cancelling.Cancelled`. The workbook is written beside
    ``path`` under a temporary name and renamed at the end, so a failed or
    cancelled export leaves no partial file.
    """
    tracker = _Progress(_work_units(doc) + 1, progress, is_cancelled)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    with replaced_when_done(path) as temporary:
        _write_workbook(doc, str(temporary), tracker)
    if progress is not None:
        progress(tracker.total, tracker.total)
