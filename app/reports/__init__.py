"""Reports: one document model, rendered to PDF, to Excel and to Word.

Build a :class:`ReportDocument` from the data, then hand it to
:func:`render_pdf`, :func:`render_xlsx` or :func:`render_docx` (or to
:func:`app.reports.output.render`, which picks one by the file's ending). The
renderers import reportlab, openpyxl and python-docx only when called, so
importing this package stays cheap.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    "render_docx",
    "render_pdf",
    "render_xlsx",
    "total_of",
]

# The document model is loaded when a name of it is first asked for: the window's
# Reports menu needs only the list of reports (app.reports.builders), not the model.
_RENDERERS = frozenset({"render_docx", "render_pdf", "render_xlsx"})
_DOCUMENT_NAMES = frozenset(__all__) - _RENDERERS


def __getattr__(name: str) -> Any:
    """A name of the document model, imported from app.reports.document on first use."""
    if name in _DOCUMENT_NAMES:
        from app.reports import document

        return getattr(document, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def render_docx(
    doc: ReportDocument,
    path: str | os.PathLike[str],
    *,
    template: bytes | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> None:
    """Write ``doc`` as a Word document; see :func:`app.reports.docx.render_docx`."""
    from app.reports.docx import render_docx as _render_docx

    _render_docx(doc, path, template=template, progress=progress, is_cancelled=is_cancelled)
