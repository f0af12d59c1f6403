"""Writing a mapping report to a file: PDF, Excel or Word, chosen by the file's ending.

The formats and renderers are those of every report (:mod:`app.reports.output`);
this module only keeps the mapping report's names for them.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.reports.builders import ReportError
from app.reports.document import CancelCheck, ProgressCallback, ReportDocument
from app.reports.output import FORMATS as _FORMATS
from app.reports.output import format_of, render

FORMATS = tuple(_FORMATS)
"""The file endings a mapping report can be written with (".pdf", ".xlsx", ".docx")."""


class UnknownFormat(ValueError):
    """The file name ends in none of FORMATS; ``str()`` says so in one sentence."""


def output_format(path: str | os.PathLike[str]) -> str:
    """ ".pdf", ".xlsx" or ".docx" from the file name; UnknownFormat for anything else."""
    try:
        format_of(path)
    except ReportError as error:
        raise UnknownFormat(str(error)) from None
    return Path(path).suffix.lower()


def write_document(
    document: ReportDocument,
    path: str | os.PathLike[str],
    *,
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
    word_template: bytes | None = None,
) -> Path:
    """Write ``document`` by the ending of ``path``; the path written.

    ``word_template`` is the municipality's Word template, used for .docx only.
    Raises UnknownFormat for another ending and ReportError for a template
    that cannot be read.
    """
    output_format(path)
    render(
        document,
        path,
        progress=progress,
        is_cancelled=is_cancelled,
        word_template=word_template,
    )
    return Path(path)
