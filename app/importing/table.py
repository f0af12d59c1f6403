"""What every imported table offers, whatever file it came from.

A :class:`TableSource` knows its column headings and hands out its data rows
one at a time, so a file of a million rows is never held in memory whole.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias

# Re-exported: the readers and the importer take the cancel check from here.
from app.cancelling import CancelCheck as CancelCheck
from app.cancelling import Cancelled as Cancelled
from app.i18n import translate

Cell: TypeAlias = str | int | float | dt.datetime | dt.date | None
"""One cell's value: text is stripped and never empty (an empty cell is None).

A workbook's TRUE/FALSE comes as ``bool`` (an ``int`` to the type checker).
"""

# How many rows pass between two calls of the progress callback and the cancel check.
CHECK_EVERY_ROWS = 1000


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2 … replaced by ``values`` (the placeholders Qt Linguist knows).

    One pass, so a value that itself contains "%1" (a file name) stays as it is.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


class SourceError(Exception):
    """A file cannot be imported; ``message`` is one translated sentence for the user.

    ``values`` fill the placeholders %1, %2 … of the message.
    """

    def __init__(self, message: str, *values: object) -> None:
        message = fill(message, *values)
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ReadProgress:
    """How far reading has come.

    ``done`` and ``total`` share a unit: bytes for CSV files, sheet rows for
    workbooks. ``total`` is None when the file does not tell its size.
    """

    rows_read: int
    done: int
    total: int | None

    @property
    def fraction(self) -> float | None:
        """Share of the file read, 0.0 to 1.0, or None if the total is unknown."""
        if not self.total:
            return None
        return min(1.0, max(0.0, self.done / self.total))


ProgressCallback: TypeAlias = Callable[[ReadProgress], None]

# A raw row: its number in the file (1-based), its cells, and the progress position.
RawRow: TypeAlias = tuple[int, list[Cell], int]


def clean_text(value: str) -> str | None:
    """``value`` without surrounding spaces (or a stray byte-order mark); None if empty."""
    text = value.strip()
    if text.startswith("\ufeff"):
        text = text[1:].strip()
    return text or None


def header_text(value: Cell) -> str:
    """A cell of the heading row as text: ``2014.0`` reads "2014", a date as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return clean_text(str(value)) or ""


def has_value(cells: list[Cell]) -> bool:
    """Whether any cell of the row holds something."""
    return any(cell is not None for cell in cells)


def unreadable_file(path: Path, error: OSError) -> SourceError:
    """The user's message for a file the system would not let us read."""
    if isinstance(error, FileNotFoundError):
        text = translate("Import", "The file %1 does not exist.")
    elif isinstance(error, PermissionError):
        text = translate(
            "Import",
            "The file %1 cannot be opened; it may be open in another program, or you "
            "may lack permission to read it.",
        )
    elif isinstance(error, IsADirectoryError):
        text = translate("Import", "%1 is a folder, not a file.")
    else:
        text = translate("Import", "The file %1 could not be read (%2).")
    return SourceError(text, path.name, error.strerror or error)


def file_stamp(path: Path) -> tuple[int, int]:
    """Size and modification time, to notice a file changed between opening and reading."""
    status = os.stat(path)
    return status.st_size, status.st_mtime_ns


class TableSource(ABC):
    """A table in a file: its headings and, on demand, its data rows.

    Attributes set on opening:

    - ``path``, ``kind`` ("csv" or "xlsx");
    - ``sheets``: the workbook's worksheet names (empty for CSV) and ``sheet``,
      the one being read;
    - ``header_row``: the 1-based row holding the column headings, and
      ``headers``: their texts ("" for a blank heading; blank headings after
      the last one are left out);
    - ``encoding`` and ``delimiter`` in use (CSV only), and ``detected``:
      what was detected, for the user to see and override;
    - ``empty_message``: None, or a translated sentence saying there is
      nothing to import (an empty sheet or file, or no rows below the headings).
    """

    kind: str = ""

    def __init__(self, path: Path, header_row: int) -> None:
        if header_row < 1:
            raise ValueError("header_row is 1-based")
        self.path = path
        self.header_row = header_row
        self.sheets: list[str] = []
        self.sheet: str | None = None
        self.headers: list[str] = []
        self.encoding: str | None = None
        self.delimiter: str | None = None
        self.detected: dict[str, str] = {}
        self.empty_message: str | None = None
        self._stamp = file_stamp(path)
        self._total: int | None = None

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to import (see ``empty_message``)."""
        return self.empty_message is not None

    @abstractmethod
    def _raw_rows(self, first_row: int) -> Generator[RawRow, None, None]:
        """Rows from ``first_row`` on, as (row number, cleaned cells, progress position)."""

    def _nothing_message(self) -> str:
        return translate("Import", "The file is empty.")

    def _read_headers(self, rows: Generator[RawRow, None, None]) -> None:
        """Take the headings from ``rows`` (which start at row 1) and see if data follows."""
        content_above = False
        header_cells: list[Cell] | None = None
        data_below = False
        with closing(rows):
            for number, cells, _ in rows:
                if number < self.header_row:
                    content_above = content_above or has_value(cells)
                elif number == self.header_row:
                    header_cells = cells
                elif has_value(cells):
                    data_below = True
                    break
        if header_cells is None or not has_value(header_cells):
            if content_above or data_below:
                raise SourceError(
                    translate(
                        "Import",
                        "Row %1 is empty; choose the row that holds the column headings.",
                    ),
                    self.header_row,
                )
            self.empty_message = self._nothing_message()
            return
        headers = [header_text(cell) for cell in header_cells]
        while headers and not headers[-1]:
            headers.pop()
        self.headers = headers
        if not data_below:
            self.empty_message = fill(
                translate("Import", "There are no rows below the column headings in row %1."),
                self.header_row,
            )

    def rows(
        self,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Iterator[tuple[int, list[Cell]]]:
        """The data rows below the headings, one at a time, as (row number in file, cells).

        See :meth:`rows_as_written`, which also gives how many cells each row wrote.
        """
        for number, cells, _ in self.rows_as_written(progress, cancelled):
            yield number, cells

    def rows_as_written(
        self,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Iterator[tuple[int, list[Cell], int]]:
        """The data rows below the headings as (row number in file, cells, cells written).

        Rows with no value at all are skipped (their numbers are left out, the
        others keep theirs). Each row has at least as many cells as there are
        headings, more only when it holds values beyond the last heading.
        Every ``CHECK_EVERY_ROWS`` rows, and at the end, ``progress`` is called;
        when ``cancelled()`` returns True, :class:`Cancelled` is raised. A file
        that changed since it was opened raises :class:`SourceError`.
        """
        try:
            stamp = file_stamp(self.path)
        except OSError as error:
            raise unreadable_file(self.path, error) from None
        if stamp != self._stamp:
            raise SourceError(
                translate("Import", "The file %1 has changed since it was opened; open it again."),
                self.path.name,
            )
        width = len(self.headers)
        rows_read = 0
        position = 0
        since_check = 0
        try:
            # closing(): the file is closed at once when reading stops early or is cancelled.
            with closing(self._raw_rows(self.header_row + 1)) as raw_rows:
                for number, cells, position in raw_rows:
                    since_check += 1
                    if since_check >= CHECK_EVERY_ROWS:
                        since_check = 0
                        if cancelled is not None and cancelled():
                            raise Cancelled()
                        if progress is not None:
                            progress(ReadProgress(rows_read, position, self._total))
                    if not has_value(cells):
                        continue
                    while len(cells) > width and cells[-1] is None:
                        cells.pop()
                    # A CSV row with a separator too many or too few shifts its cells: the
                    # reader reports that, so the count is kept before the padding.
                    written = len(cells)
                    if len(cells) < width:
                        cells.extend([None] * (width - len(cells)))
                    rows_read += 1
                    yield number, cells, written
        except OSError as error:
            raise unreadable_file(self.path, error) from None
        if progress is not None:
            final = self._total if self._total is not None else position
            progress(ReadProgress(rows_read, final, self._total))
