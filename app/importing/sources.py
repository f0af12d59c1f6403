"""Opening a spreadsheet or CSV file for import: the one entry point.

>>> table = open_table("vanorter.xlsx", sheet="Blad1", header_row=1)
>>> table.headers
['Ort', 'Land', 'Kontaktår']
>>> for row_number, cells in table.rows(progress=report, cancelled=user_pressed_cancel):
...     ...

Every problem with the file itself is a :class:`SourceError` whose ``message``
is one translated sentence for the user. Reading stopped by the user raises
:class:`Cancelled`. Nothing here touches the database.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from app.i18n import translate
from app.importing.csv_source import DELIMITERS as CSV_DELIMITERS
from app.importing.csv_source import ENCODINGS as CSV_ENCODINGS
from app.importing.csv_source import CsvSource
from app.importing.table import (
    CHECK_EVERY_ROWS,
    CancelCheck,
    Cancelled,
    Cell,
    ProgressCallback,
    ReadProgress,
    SourceError,
    TableSource,
    unreadable_file,
)
from app.importing.xlsx_source import XlsxSource

__all__ = [
    "CHECK_EVERY_ROWS",
    "CSV_DELIMITERS",
    "CSV_ENCODINGS",
    "CSV_SUFFIXES",
    "XLSX_SUFFIXES",
    "CancelCheck",
    "Cancelled",
    "Cell",
    "ProgressCallback",
    "ReadProgress",
    "SourceError",
    "TableSource",
    "header_signature",
    "open_table",
]

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def open_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    header_row: int = 1,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> TableSource:
    """Open ``path`` and read its column headings from ``header_row`` (1-based).

    The kind of file follows its name: .xlsx/.xlsm (``sheet`` chooses the
    worksheet, by default the one Excel shows first) or .csv/.tsv/.txt
    (``encoding`` and ``delimiter`` override what is detected). The file is
    not kept open: each call of ``rows()`` opens it again.

    Raises :class:`SourceError` when the file cannot be imported, and
    ValueError for a ``header_row`` below 1.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    try:
        if suffix in XLSX_SUFFIXES:
            return XlsxSource(file, sheet=sheet, header_row=header_row)
        if suffix in CSV_SUFFIXES:
            return CsvSource(file, header_row=header_row, encoding=encoding, delimiter=delimiter)
        file.stat()  # a missing file is reported as missing, whatever its name
    except OSError as error:
        raise unreadable_file(file, error) from None
    if suffix == ".xls":
        message = translate(
            "Import",
            "The file %1 is in the old Excel 97–2003 format; save it as an Excel workbook "
            "(.xlsx) and import that.",
        )
    elif suffix == ".ods":
        message = translate(
            "Import",
            "The file %1 is an OpenDocument spreadsheet; save it as an Excel workbook "
            "(.xlsx) or as CSV and import that.",
        )
    else:
        message = translate(
            "Import", "Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported."
        )
    raise SourceError(message, file.name)


def _normalised_header(header: str) -> str:
    return " ".join(unicodedata.normalize("NFC", header).casefold().split())


def header_signature(headers: Iterable[str]) -> str:
    """A fingerprint (sha256, hex) of a list of column headings, to remember a column choice by.

    Case, Unicode composition and spacing do not change it; order and wording
    do. Blank headings at the end are ignored.
    """
    normalised = [_normalised_header(header) for header in headers]
    while normalised and not normalised[-1]:
        normalised.pop()
    encoded = json.dumps(normalised, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()
