"""Reading a built report back for the builder tests: its PDF text, its cells, its tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from app.reports import (
    FactSheet,
    ReportDocument,
    Table,
    render_pdf,
    render_xlsx,
)
from app.reports.document import iter_blocks
from tests.reports.helpers import page_texts

NBSP = "\u00a0"


# ---------------------------------------------------------------- reading back


def _both(document: ReportDocument, folder: Path) -> tuple[str, list[str]]:
    """The PDF's text (pages joined) and every text cell of the workbook."""
    pdf, xlsx = folder / "report.pdf", folder / "report.xlsx"
    render_pdf(document, pdf)
    render_xlsx(document, xlsx)
    return " ".join(page_texts(pdf)), _cells(xlsx)


def _cells(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    try:
        return [
            cell.value
            for sheet in workbook.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, str)
        ]
    finally:
        workbook.close()


def _sheet_rows(
    document: ReportDocument, path: Path, sheet_name: str, min_row: int = 1
) -> list[list[Any]]:
    """Write ``document`` as a workbook at ``path`` and read back the values of one sheet."""
    render_xlsx(document, path)
    workbook = openpyxl.load_workbook(path)
    try:
        return [[c.value for c in row] for row in workbook[sheet_name].iter_rows(min_row=min_row)]
    finally:
        workbook.close()


def _squeezed(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def _table(document: ReportDocument, sheet_name: str) -> Table:
    found = [b for b in iter_blocks(document.body) if isinstance(b, Table)]
    matches = [t for t in found if t.sheet_name == sheet_name]
    assert len(matches) == 1, [t.sheet_name for t in found]
    return matches[0]


def _fact_sheets(document: ReportDocument) -> list[FactSheet]:
    return [b for b in iter_blocks(document.body) if isinstance(b, FactSheet)]
