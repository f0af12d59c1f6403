"""Reports: one document model, rendered to PDF, to Excel and to Word.

Build a :class:`ReportDocument` from the data, then hand it to
:func:`render_pdf`, :func:`render_xlsx` or :func:`render_docx` (or to
:func:`app.reports.output.render`, which picks one by the file's ending). The
renderers import reportlab, openpyxl and python-docx only when called, so
importing this package stays cheap.
"""

from __future__ import annotations

import importlib
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
    from app.reports.docx import render_docx
    from app.reports.pdf import render_pdf
    from app.reports.xlsx import render_xlsx

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
# Each renderer is its own module's function, loaded with it on first use: no second
# signature here to keep in step with it.
_RENDERERS = {
    "render_docx": "app.reports.docx",
    "render_pdf": "app.reports.pdf",
    "render_xlsx": "app.reports.xlsx",
}
_DOCUMENT_NAMES = frozenset(__all__) - set(_RENDERERS)


def __getattr__(name: str) -> Any:
    """A name of the document model or a renderer, imported from its module on first use."""
    if name in _DOCUMENT_NAMES:
        from app.reports import document

        return getattr(document, name)
    if name in _RENDERERS:
        return getattr(importlib.import_module(_RENDERERS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
