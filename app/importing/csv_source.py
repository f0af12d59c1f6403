"""CSV files: character encoding and column separator detected, rows streamed.

Swedish Excel saves "CSV (semikolonavgränsad)" as Windows-1252 with semicolons
and "CSV UTF-8" as UTF-8 with a byte-order mark and commas or semicolons. A
file is read as UTF-8 (with or without the mark) when all of it is valid UTF-8,
else as Windows-1252 when it has no byte that Windows-1252 leaves undefined;
anything else is refused. UTF-16 with a byte-order mark (Excel's "Unicode
text") is read too. A first line "sep=;" (Excel's hint) sets the separator and
is not counted as a row. Rows are numbered as CSV records from 1, which is the
row number Excel shows for the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Generator
from pathlib import Path

from app.formatting import group_digits
from app.i18n import translate
from app.importing.table import Cell, RawRow, SourceError, TableSource, clean_text

DELIMITERS = (",", ";", "\t")
"""The separators detected; the user may choose any single character."""

ENCODINGS = ("utf-8", "cp1252", "utf-16", "iso-8859-1")
"""Encodings to offer the user; any name Python knows is accepted."""

_CHUNK = 1 << 20
# Bytes that Windows-1252 leaves undefined: their presence rules the encoding out.
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
# How much of the start is used to detect the separator.
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 50
_SEP_HINT = re.compile(r'^"?sep=(.)"?$', re.IGNORECASE)


def _refuse_as_not_text(path: Path, head: bytes) -> SourceError:
    if head.startswith(b"PK\x03\x04"):
        text = translate(
            "Import",
            "The file %1 is not CSV text but a compressed file, perhaps an Excel "
            "workbook; import the workbook itself.",
        )
    else:
        text = translate("Import", "The file %1 is not a text file, so it cannot be read as CSV.")
    return SourceError(text, path.name)


def detect_encoding(path: Path) -> str:
    """The encoding of the CSV file at ``path``: "utf-8-sig", "utf-8", "utf-16" or "cp1252".

    The whole file is scanned (in pieces, so memory stays small): a Windows-1252
    file may look like UTF-8 for its first megabyte and not after it.
    """
    with path.open("rb") as stream:
        head = stream.read(4)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            if _decodes_fully(stream, "utf-16"):
                return "utf-16"
            raise _refuse_as_not_text(path, head)
        stream.seek(0)
        utf8 = codecs.getincrementaldecoder("utf-8")()
        utf8_valid = True
        cp1252_valid = True
        while chunk := stream.read(_CHUNK):
            if b"\x00" in chunk:
                raise _refuse_as_not_text(path, head)
            if utf8_valid:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    utf8_valid = False
            if cp1252_valid and any(byte in chunk for byte in _CP1252_UNDEFINED):
                cp1252_valid = False
        if utf8_valid:
            try:
                utf8.decode(b"", final=True)  # a sequence cut off at the end
            except UnicodeDecodeError:
                utf8_valid = False
    if utf8_valid:
        return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if cp1252_valid:
        _refuse_mixed_encodings(path)
        return "cp1252"
    raise SourceError(
        translate(
            "Import",
            "The file %1 is neither UTF-8 nor Windows-1252 text; save it again as "
            "“CSV UTF-8” and import that.",
        ),
        path.name,
    )


def _refuse_mixed_encodings(path: Path) -> None:
    """Refuse a file whose lines are partly UTF-8 and partly Windows-1252.

    Such a file comes from pasting rows saved in two ways into one. Read as
    Windows-1252 it would store "GÃ¶teborg" for every UTF-8 line without a word,
    so the first line of each kind is named instead. Only files that are not valid
    UTF-8 as a whole get here, so the line-by-line look costs nothing for the rest.
    """
    first_utf8: int | None = None
    first_other: int | None = None
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                if first_other is None:
                    first_other = number
            else:
                if first_utf8 is None:
                    first_utf8 = number
            if first_utf8 is not None and first_other is not None:
                raise SourceError(
                    translate(
                        "Import",
                        "The file %1 mixes two character encodings: line %2 is UTF-8 and "
                        "line %3 is Windows-1252. Save the whole file again as “CSV UTF-8” "
                        "and import that.",
                    ),
                    path.name,
                    first_utf8,
                    first_other,
                )


def _decodes_fully(stream: io.BufferedReader, encoding: str) -> bool:
    stream.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        while chunk := stream.read(_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_delimiter(sample: str) -> str:
    """The separator among comma, semicolon and tab that splits ``sample`` most regularly.

    ``sample`` is the start of the file. Quotes are honoured, so commas inside
    "Lich, Hessen" do not count. The separator that gives the same number of
    columns (more than one) on most lines wins; on a tie, the one giving more
    columns; then tab, semicolon, comma in that order. A file of one column
    gets a comma.
    """
    best: tuple[bool, float, int, int] | None = None
    chosen = ","
    for preference, delimiter in enumerate(reversed(("\t", ";", ","))):
        reader = csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar='"')
        counts: list[int] = []
        try:
            for record in reader:
                if any(field.strip() for field in record):
                    counts.append(len(record))
                if len(counts) >= _SAMPLE_ROWS:
                    break
        except csv.Error:
            continue
        if not counts:
            continue
        columns, agreeing = Counter(counts).most_common(1)[0]
        score = (columns > 1, agreeing / len(counts), columns, preference)
        if best is None or score > best:
            best, chosen = score, delimiter
    if best is None or not best[0]:
        return ","
    return chosen


def _reading_encoding(encoding: str) -> str:
    # UTF-8 chosen by hand still drops a byte-order mark rather than showing it.
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


class CsvSource(TableSource):
    """A CSV file (see the module's description)."""

    kind = "csv"

    def __init__(
        self,
        path: Path,
        *,
        header_row: int = 1,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> None:
        super().__init__(path, header_row)
        self._total = self._stamp[0]
        if encoding is None:
            encoding = detect_encoding(path)
            self.detected["encoding"] = encoding
        else:
            try:
                codecs.lookup(encoding)
            except LookupError:
                raise SourceError(
                    translate("Import", "%1 is not a known character encoding."), encoding
                ) from None
        self.encoding = encoding
        sample, hinted = self._sample()
        self._skip_hint_line = hinted is not None
        if delimiter is None:
            delimiter = hinted or detect_delimiter(sample)
            self.detected["delimiter"] = delimiter
        elif len(delimiter) != 1 or delimiter in '"\r\n':
            raise SourceError(
                translate(
                    "Import",
                    "The column separator must be one character, such as a comma, "
                    "semicolon or tab.",
                )
            )
        self.delimiter = delimiter
        self._read_headers(self._raw_rows(1))

    def _open_text(self) -> tuple[io.BufferedReader, io.TextIOWrapper]:
        assert self.encoding is not None
        binary = self.path.open("rb")
        text = io.TextIOWrapper(binary, encoding=_reading_encoding(self.encoding), newline="")
        return binary, text

    def _sample(self) -> tuple[str, str | None]:
        """The start of the file for separator detection, and the separator of a "sep=" line."""
        _, text = self._open_text()
        with text:
            try:
                sample = text.read(_SAMPLE_CHARS)
                if len(sample) == _SAMPLE_CHARS and "\n" in sample:
                    sample = sample[: sample.rindex("\n") + 1]  # whole lines only
            except UnicodeDecodeError:
                raise self._undecodable() from None
        first_line, _, rest = sample.partition("\n")
        hint = _SEP_HINT.match(first_line.rstrip("\r\n"))
        if hint:
            return rest, hint.group(1)
        return sample, None

    def _undecodable(self) -> SourceError:
        # Text is decoded in blocks ahead of the rows, so the row at fault is not known.
        return SourceError(
            translate(
                "Import",
                "The file %1 cannot be read as %2; choose another character encoding.",
            ),
            self.path.name,
            str(self.encoding),
        )

    def _raw_rows(self, first_row: int) -> Generator[RawRow, None, None]:
        assert self.delimiter is not None
        binary, text = self._open_text()
        with text:
            if self._skip_hint_line:
                text.readline()
            reader = csv.reader(text, delimiter=self.delimiter, quotechar='"')
            number = 0
            while True:
                lines_before = reader.line_num
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except UnicodeDecodeError:
                    raise self._undecodable() from None
                except csv.Error as error:
                    # An unclosed quotation mark swallows the lines after it until the
                    # field is too long; one long value on one line is just too long.
                    one_line = reader.line_num - lines_before <= 1
                    if one_line and "field larger than field limit" in str(error):
                        raise SourceError(
                            translate(
                                "Import",
                                "Row %1 of %2 holds a value longer than %3 characters, which "
                                "is more than any field of the register takes; shorten it or "
                                "look for a quotation mark that is not closed.",
                            ),
                            number + 1,
                            self.path.name,
                            group_digits(csv.field_size_limit()),
                        ) from None
                    raise SourceError(
                        translate(
                            "Import",
                            "Row %1 of %2 could not be read as CSV; look for a quotation "
                            "mark that is not closed.",
                        ),
                        number + 1,
                        self.path.name,
                    ) from None
                number += 1
                if number < first_row:
                    continue
                cells: list[Cell] = [clean_text(field) for field in record]
                yield number, cells, binary.tell()
