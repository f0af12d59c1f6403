"""The Excel renderer's cells: their styles, their values made safe, a grid streamed by rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.i18n import translate
from app.reports.cell_text import format_cell, unknown_text
from app.reports.document import (
    Amount,
    CancelCheck,
    Cancelled,
    CellValue,
    ProgressCallback,
    Total,
    Unknown,
)
from app.reports.text_safety import clean_text, reads_as_formula

MAX_CELL_CHARS = 32_767

MAX_WIDTH = 60  # characters; wider columns wrap instead
MIN_WIDTH = 8
CHECK_EVERY = 500  # rows between progress reports and cancel checks

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
MUTED = Font(italic=True, color="FF6B7580")
HEADER_FILL = PatternFill("solid", fgColor="FFEEF2F6")
TOTAL_BORDER = Border(top=Side(style="thin"), bottom=Side(style="thin"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


def amount_format(amount: Amount) -> str:
    """Excel's number format for an amount in its currency (kr for SEK), with öre only when there are."""
    code = re.sub(r"[^A-Za-z]", "", amount.currency).upper()[:5] or "?"
    unit = "kr" if code == "SEK" else code
    decimals = ".00" if amount.value != amount.value.to_integral_value() else ""
    return f'#,##0{decimals} "{unit}"'


def sheet_text(value: str) -> str:
    """Text cleaned of what Excel cannot hold, cut to the longest a cell takes."""
    # Printable ASCII (most names) has no control character and nothing to compose.
    text = value if value.isascii() and value.isprintable() else clean_text(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


class SheetWriter:
    """Makes the cells of one write-only sheet, styled and safe."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        # Texts that stream as plain strings, by what the table gave: a long table
        # repeats its countries and kinds thousands of times.
        self._plain_texts: dict[str, str] = {}

    def table_cell(self, value: CellValue | float) -> Any:
        """:meth:`value_cell` without a font, quick for the plain texts and numbers of a long table."""
        kind = type(value)
        if kind is int or value is None:
            return value
        if kind is str:
            assert isinstance(value, str)
            plain = self._plain_texts.get(value)
            if plain is not None:
                return plain
            cell = self.text_cell(value)
            if isinstance(cell, str):
                self._plain_texts[value] = cell
            return cell
        return self.value_cell(value)

    def text_cell(self, value: str, font: Font | None = None, wrap: bool = False) -> Any:
        """A text cell, made safe: never a formula, never longer than a cell takes."""
        text = sheet_text(value)
        guarded = reads_as_formula(text)
        if (
            not guarded
            and font is None
            and not wrap
            and len(text) <= MAX_WIDTH
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
        if wrap or len(text) > MAX_WIDTH or "\n" in text:
            cell.alignment = WRAP
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
            return self.text_cell(unknown_text(), font or MUTED)
        if isinstance(value, Total):
            # The sum stays a number Excel can add up; its unknowns get a cell of
            # their own (see unknowns_row). Nothing known: the words, never a 0.
            if value.value is None:
                return self.text_cell(unknown_text(), font or MUTED)
            return self.value_cell(value.value, font)
        if isinstance(value, bool):
            return self.text_cell(format_cell(value), font)
        if isinstance(value, Amount):
            cell = WriteOnlyCell(self.sheet, value=value.value)
            cell.number_format = amount_format(value)
        elif isinstance(value, int):
            if font is None:
                return value
            cell = WriteOnlyCell(self.sheet, value=value)
        elif isinstance(value, datetime):
            cell = WriteOnlyCell(self.sheet, value=value.replace(tzinfo=None))
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = DATE_FORMAT
        else:
            return self.text_cell(str(value), font)
        if font is not None:
            cell.font = font
        return cell


def width_of(value: CellValue | float) -> int:
    """How many characters wide a value is shown, for the column width."""
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
class WorkProgress:
    """How far the workbook is written, reported on and checked for a cancel as it goes."""

    total: int
    report: ProgressCallback | None
    is_cancelled: CancelCheck | None
    done: int = 0

    def advance(self, units: int = 1) -> None:
        """Count ``units`` more done; stop with Cancelled if the user has asked to."""
        self.done += units
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.report is not None:
            self.report(min(self.done, self.total - 1), self.total)


WIDTH_SAMPLE = 3000


def width_sample(
    rows: Sequence[Sequence[CellValue | float]],
) -> Sequence[Sequence[CellValue | float]]:
    """The rows whose widths fit the columns: all of a short table, a spread of a long one.

    Measuring 30 000 rows cell by cell costs more than writing them; a few
    thousand rows from the start, the end and evenly between give the same widths
    in practice, and a wider value that was missed still shows when clicked.
    """
    if len(rows) <= WIDTH_SAMPLE:
        return rows
    step = len(rows) // (WIDTH_SAMPLE // 2)
    return [*rows[:500], *rows[-500:], *rows[::step]]


def write_grid(
    writer: SheetWriter,
    headers: Sequence[str],
    rows: Sequence[Sequence[CellValue | float]],
    total: Sequence[CellValue] | None,
    progress: WorkProgress,
) -> None:
    """Header row (bold, frozen, filtered), the rows, then the total row."""
    sheet = writer.sheet
    widths = [len(clean_text(h)) + 3 for h in headers]  # room for the filter button
    for row in width_sample(rows):
        for column, value in enumerate(row):
            width = width_of(value)
            if width > widths[column]:
                widths[column] = width
    for column, width in enumerate(widths, start=1):
        fitted = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = fitted
    sheet.freeze_panes = "A2"
    header_cells = []
    for header in headers:
        cell = writer.text_cell(header, BOLD)
        cell.fill = HEADER_FILL
        header_cells.append(cell)
    sheet.append(header_cells)
    cell_of = writer.table_cell
    for index, row in enumerate(rows, start=1):
        sheet.append([cell_of(value) for value in row])
        if index % CHECK_EVERY == 0:
            progress.advance(CHECK_EVERY)
    progress.advance(len(rows) % CHECK_EVERY)
    last_column = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    if total is not None:
        cells = []
        for value in total:
            cell = writer.value_cell(value, BOLD)
            if cell is None:
                cell = WriteOnlyCell(sheet, value=None)
            elif not isinstance(cell, Cell):
                cell = WriteOnlyCell(sheet, value=cell)
            cell.border = TOTAL_BORDER
            cells.append(cell)
        sheet.append(cells)
        unknowns = unknowns_row(total)
        if unknowns is not None:
            sheet.append([writer.value_cell(value) for value in unknowns])


def unknowns_row(total: Sequence[CellValue]) -> list[CellValue] | None:
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
