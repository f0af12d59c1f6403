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
from datetime import datetime
from typing import Any

from openpyxl import Workbook

from app.i18n import translate
from app.reports.cell_text import fill, personal_data_sentence
from app.reports.document import (
    CancelCheck,
    Cancelled,
    CellValue,
    FactSheet,
    Figure,
    MemberChart,
    ProgressCallback,
    ReportDocument,
    Table,
    TownMap,
    TwinningTimeline,
    Unknown,
    iter_blocks,
)
from app.reports.files import replaced_when_done
from app.reports.text_safety import clean_text
from app.reports.xlsx_cells import (
    BOLD,
    MAX_CELL_CHARS,
    TITLE,
    SheetWriter,
    WorkProgress,
    sheet_text,
    write_grid,
)

__all__ = ["MAX_CELL_CHARS", "render_xlsx", "sheet_title"]

"""Excel's limit for the text of one cell; longer texts are cut with a marker."""

_FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_RESERVED_SHEET_NAMES = {"history"}  # Excel keeps this name for itself


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


def _about_rows(
    writer: SheetWriter, document: ReportDocument, sheets: list[_GridSheet]
) -> Iterator[list[Any]]:
    """The first sheet: what the report is, when and from what it was made, personal data."""
    yield [writer.text_cell(document.title, TITLE)]
    if document.subtitle.strip():
        yield [writer.text_cell(document.subtitle)]
    yield []

    def fact(label: str, value: Any) -> list[Any]:
        return [writer.text_cell(label, BOLD), value]

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
                writer.text_cell(label, BOLD) if label else None,
                writer.text_cell(f"{name}: {value}"),
            ]
    yield fact(
        translate("Reports", "Personal data"),
        writer.text_cell(personal_data_sentence(document.personal_data), wrap=True),
    )
    if sheets:
        yield []
        yield [writer.text_cell(translate("Reports", "Sheets"), BOLD)]
        for sheet in sheets:
            yield [writer.text_cell(sheet.name), writer.text_cell(sheet.caption, wrap=True)]


def _write_workbook(document: ReportDocument, target: str, progress: WorkProgress) -> None:
    workbook = Workbook(write_only=True)
    workbook.properties.title = sheet_text(document.title)[:255]
    workbook.properties.creator = "Vänort"
    used: set[str] = set()
    about_name = sheet_title(translate("Reports", "About this report"), used, "Report")
    sheets = _plan_sheets(document, used)
    try:
        about = workbook.create_sheet(about_name)
        about.column_dimensions["A"].width = 22
        about.column_dimensions["B"].width = 90
        writer = SheetWriter(about)
        for row in _about_rows(writer, document, sheets):
            about.append(row)
        progress.advance()
        for sheet in sheets:
            grid = workbook.create_sheet(sheet.name)
            write_grid(SheetWriter(grid), sheet.headers, sheet.rows, sheet.total, progress)
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
    tracker = WorkProgress(_work_units(doc) + 1, progress, is_cancelled)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    with replaced_when_done(path) as temporary:
        _write_workbook(doc, str(temporary), tracker)
    if progress is not None:
        progress(tracker.total, tracker.total)
