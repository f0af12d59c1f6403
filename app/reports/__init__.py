"""Reports: one document model, rendered to PDF and to Excel.

Build a :class:`ReportDocument` from the data, then hand it to
:func:`render_pdf` or :func:`render_xlsx`. The renderers import reportlab and
openpyxl only when called, so importing this package stays cheap.
"""

from __future__ import annotations

import os

from app.reports.document import (
    UNKNOWN,
    Amount,
    Block,
    BulletList,
    CancelCheck,
    Cancelled,
    CellValue,
    DataSource,
    FactSheet,
    Figure,
    Letterhead,
    MapPlace,
    Note,
    PageBreak,
    Paragraph,
    PersonalDataStatement,
    Picture,
    ProgressCallback,
    Quotation,
    ReportDocument,
    RichBulletList,
    RichParagraph,
    Run,
    Section,
    Table,
    Total,
    TownMap,
    Unknown,
    total_of,
)

__all__ = [
    "UNKNOWN",
    "Amount",
    "Block",
    "BulletList",
    "CancelCheck",
    "Cancelled",
    "CellValue",
    "DataSource",
    "FactSheet",
    "Figure",
    "Letterhead",
    "MapPlace",
    "Note",
    "PageBreak",
    "Paragraph",
    "PersonalDataStatement",
    "Picture",
    "ProgressCallback",
    "Quotation",
    "ReportDocument",
    "RichBulletList",
    "RichParagraph",
    "Run",
    "Section",
    "Table",
    "Total",
    "TownMap",
    "Unknown",
    "render_pdf",
    "render_xlsx",
    "total_of",
]


def render_pdf(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as an A4 PDF board paper; see :func:`app.reports.pdf.render_pdf`."""
    from app.reports.pdf import render_pdf as _render_pdf

    _render_pdf(doc, path, progress=progress, is_cancelled=is_cancelled)


def render_xlsx(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as an Excel workbook; see :func:`app.reports.xlsx.render_xlsx`."""
    from app.reports.xlsx import render_xlsx as _render_xlsx

    _render_xlsx(doc, path, progress=progress, is_cancelled=is_cancelled)
