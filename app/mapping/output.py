"""Writing a mapping report to a file: PDF or Excel, chosen by the file's ending."""

from __future__ import annotations

import os
from pathlib import Path

from app.i18n import translate
from app.reports import render_pdf, render_xlsx
from app.reports.cell_text import fill
from app.reports.document import CancelCheck, ProgressCallback, ReportDocument

FORMATS = (".pdf", ".xlsx")


class UnknownFormat(ValueError):
    """The file name ends neither in .pdf nor in .xlsx; ``str()`` says so in one sentence."""


def output_format(path: str | os.PathLike[str]) -> str:
    """ ".pdf" or ".xlsx" from the file name; UnknownFormat for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise UnknownFormat(
            fill(
                translate("Mapping", "%1 does not end in .pdf or .xlsx; choose one of the two."),
                str(path),
            )
        )
    return suffix


def write_document(
    document: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> Path:
    """Write ``document`` as PDF or Excel workbook (by the ending of ``path``); the path written."""
    if output_format(path) == ".pdf":
        render_pdf(document, path, progress=progress, is_cancelled=is_cancelled)
    else:
        render_xlsx(document, path, progress=progress, is_cancelled=is_cancelled)
    return Path(path)
