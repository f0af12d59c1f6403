"""Excel workbooks (.xlsx, .xlsm): read-only, cached values, hostile files refused.

openpyxl reads in read-only mode (rows streamed from the sheet's XML) with
``data_only=True``, so a formula cell gives the value Excel saved with it,
never the formula text; a formula never calculated by Excel gives None.
openpyxl parses with defusedxml when it is installed, which refuses the entity
declarations of "billion laughs" XML bombs before anything is expanded. Before
that, a part that declares a document type at its start, or that unpacks to
more than the limits below, is refused without parsing.

Merged cells: in read-only mode only the top-left cell of a merged range holds
the value; the other cells of the range read as empty. Whether a cell is merged
is not known without a second pass over the sheet, so it is not reported.

A date cell that holds no time of day is given as a ``date``; other date cells
as ``datetime``. A time of day or a duration is given as text ("12:30:00").
Error values of formulas ("#N/A") are given as that text.
"""

from __future__ import annotations

import datetime as dt
import warnings
import zipfile
import zlib
from collections.abc import Generator
from pathlib import Path
from typing import Any

from app.formatting import group_digits
from app.i18n import translate
from app.importing.table import Cell, RawRow, SourceError, TableSource, clean_text, fill

# openpyxl warns about features it drops (data validation, default styles); they do
# not matter for reading values and would only worry the user.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")

# Limits that fit a laptop, checked on the zip's directory and by streaming the parts
# before openpyxl parses anything, so a hostile or oversized workbook is refused in
# seconds and with little memory. A real list of 30 000 twin-town pairs is a few MB.
# Parts that openpyxl loads whole (shared strings, styles, the workbook):
MAX_PART_BYTES = 128 * 1024 * 1024
# A worksheet is streamed row by row, but one cell is still built whole in memory.
MAX_SHEET_BYTES = 1024 * 1024 * 1024
# All parts together, unpacked.
MAX_TOTAL_BYTES = 1536 * 1024 * 1024
# Spreadsheet XML packs 5 to 30 times; a part that unpacks to more than this many
# times its packed size (and is not tiny) is a zip bomb, not a table.
MAX_RATIO = 150
RATIO_FROM_BYTES = 4 * 1024 * 1024
# Rows of the sheet and distinct texts of the workbook: an import this large would
# take many minutes and is not a list of twin towns.
MAX_ROWS = 250_000
MAX_SHARED_STRINGS = 1_000_000

# A document type declaration is where XML entities are declared; no part of an
# OOXML package has one. Looked for at the start of each part, in UTF-8 and UTF-16.
_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_PROLOG_BYTES = 64 * 1024

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx


def _not_a_workbook(path: Path) -> SourceError:
    return SourceError(
        translate("Import", "The file %1 is not an Excel workbook (.xlsx) or it is damaged."),
        path.name,
    )


def _check_package(path: Path) -> None:
    """Refuse what is not a workbook package, or would unpack to too much, before parsing."""
    with path.open("rb") as stream:
        head = stream.read(8)
    if head == _OLE_SIGNATURE:
        raise SourceError(
            translate(
                "Import",
                "The file %1 is an old-format (.xls) or password-protected workbook; save "
                "it as an unprotected Excel workbook (.xlsx) and import that.",
            ),
            path.name,
        )
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            names = {part.filename for part in parts}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise _not_a_workbook(path)
            total = 0
            for part in parts:
                is_sheet = part.filename.startswith("xl/worksheets/")
                total += part.file_size
                too_packed = part.file_size > RATIO_FROM_BYTES and part.file_size > MAX_RATIO * max(
                    part.compress_size, 1
                )
                if (
                    part.file_size > (MAX_SHEET_BYTES if is_sheet else MAX_PART_BYTES)
                    or total > MAX_TOTAL_BYTES
                    or too_packed
                ):
                    raise SourceError(
                        translate(
                            "Import",
                            "The workbook %1 was refused because a part of it unpacks to "
                            "an unreasonable size (%2).",
                        ),
                        path.name,
                        part.filename,
                    )
                if part.filename.endswith((".xml", ".rels")) and _has_doctype(package, part):
                    raise _xml_attack(path)
            for part in parts:
                if part.filename == "xl/sharedStrings.xml":
                    if _count_tags(package, part, b"<si", MAX_SHARED_STRINGS) > MAX_SHARED_STRINGS:
                        raise SourceError(
                            translate(
                                "Import",
                                "The workbook %1 was refused because it holds more than %2 "
                                "different texts; split it into smaller workbooks.",
                            ),
                            path.name,
                            group_digits(MAX_SHARED_STRINGS),
                        )
                elif (
                    part.filename.startswith("xl/worksheets/")
                    and part.filename.endswith(".xml")
                    and _count_tags(package, part, b"<row", MAX_ROWS) > MAX_ROWS
                ):
                    raise SourceError(
                        translate(
                            "Import",
                            "The workbook %1 was refused because a sheet of it has more "
                            "than %2 rows; split it into smaller workbooks.",
                        ),
                        path.name,
                        group_digits(MAX_ROWS),
                    )
    except PermissionError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
            RuntimeError, NotImplementedError):  # fmt: skip
        # Damaged, encrypted or exotic archives: all are "not a workbook we can read".
        raise _not_a_workbook(path) from None


def _count_tags(package: zipfile.ZipFile, part: zipfile.ZipInfo, tag: bytes, limit: int) -> int:
    """How often ``tag`` opens an element in ``part``, counted while streaming, up to limit + 1.

    Cheap next to parsing: the part is unpacked a megabyte at a time and never held
    whole. ``<row`` does not match ``<rowBreaks`` or similar thanks to the check of
    the character that follows.
    """
    count = 0
    carry = b""
    width = len(tag) + 1
    with package.open(part) as stream:
        while chunk := stream.read(1 << 20):
            data = carry + chunk
            start = 0
            while (found := data.find(tag, start)) != -1:
                if found + width > len(data):
                    break  # the next character is in the next chunk
                if data[found + len(tag)] in b" >/\t\r\n":
                    count += 1
                    if count > limit:
                        return count
                start = found + 1
            keep = max(len(data) - width, start)
            carry = data[keep:]
    return count


def _has_doctype(package: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    # A first, cheap guard; the parsers' own refusal (defusedxml) stays the second.
    with package.open(part) as stream:
        prolog = stream.read(_PROLOG_BYTES)
    return any(marker in prolog for marker in _DOCTYPE_MARKERS)


def _xml_attack(path: Path) -> SourceError:
    return SourceError(
        translate(
            "Import",
            "The workbook %1 was refused because it contains XML entity declarations, "
            "which can be used to attack the computer.",
        ),
        path.name,
    )


def _is_xml_attack(error: BaseException) -> bool:
    from defusedxml import DefusedXmlException

    # openpyxl wraps parser errors in its own ValueError; look along the chain.
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            break
        if isinstance(seen, DefusedXmlException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _unreadable(path: Path, error: Exception) -> SourceError:
    return _xml_attack(path) if _is_xml_attack(error) else _not_a_workbook(path)


def _cell_value(value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date()
        return value
    if isinstance(value, int | float | dt.date):
        return value
    if isinstance(value, dt.time):
        return value.isoformat()
    return clean_text(str(value))  # durations, rich text and anything newer


class XlsxSource(TableSource):
    """One worksheet of an Excel workbook (see the module's description)."""

    kind = "xlsx"

    def __init__(self, path: Path, *, sheet: str | None = None, header_row: int = 1) -> None:
        super().__init__(path, header_row)
        _check_package(path)
        stream = path.open("rb")
        workbook: Any = None
        try:
            try:
                import openpyxl

                workbook = openpyxl.load_workbook(
                    stream, read_only=True, data_only=True, keep_links=False
                )
                worksheets = list(workbook.worksheets)
                active = workbook.active
            except Exception as error:  # openpyxl raises anything on a damaged file
                raise _unreadable(path, error) from None
            self.sheets = [ws.title for ws in worksheets]
            if not worksheets:
                raise SourceError(
                    translate("Import", "The workbook %1 has no worksheets."), path.name
                )
            if sheet is None:
                sheet = active.title if active in worksheets else worksheets[0].title
            elif sheet not in self.sheets:
                raise SourceError(
                    translate("Import", "The workbook %1 has no sheet named “%2”."),
                    path.name,
                    sheet,
                )
            self.sheet = sheet
            worksheet = workbook[sheet]
            max_row = worksheet.max_row
            self._total = max_row if isinstance(max_row, int) and max_row > 0 else None
            self._read_headers(self._rows_of(worksheet, 1))
        finally:
            if workbook is not None:
                workbook.close()
            stream.close()

    def _nothing_message(self) -> str:
        return fill(translate("Import", "The sheet “%1” is empty."), str(self.sheet))

    def _rows_of(self, worksheet: Any, first_row: int) -> Generator[RawRow, None, None]:
        # The size stored in the sheet may be wrong: a smaller one would cut rows off, a
        # huge one ("A1:XFD1048576") would pad every row to 16 384 cells. Read what is there.
        worksheet.reset_dimensions()
        values = worksheet.iter_rows(min_row=first_row, values_only=True)
        number = first_row
        while True:
            try:
                row = next(values)
            except StopIteration:
                return
            except Exception as error:  # damaged or hostile sheet XML
                raise _unreadable(self.path, error) from None
            yield number, [_cell_value(value) for value in row], number
            number += 1

    def _raw_rows(self, first_row: int) -> Generator[RawRow, None, None]:
        stream = self.path.open("rb")
        workbook: Any = None
        try:
            try:
                import openpyxl

                workbook = openpyxl.load_workbook(
                    stream, read_only=True, data_only=True, keep_links=False
                )
                worksheet = workbook[self.sheet]
            except Exception as error:
                raise _unreadable(self.path, error) from None
            yield from self._rows_of(worksheet, first_row)
        finally:
            if workbook is not None:
                workbook.close()
            stream.close()
