"""Reading a file's rows into field values, with every problem of each row on its own.

This is the first half of the preview: what can be said of a row without the
register (a date that does not exist, an unknown country, a required value
missing, a value the services' field checks refuse, a CSV row with more or
fewer cells than headings). A row that repeats an earlier one cell for cell is
counted once and reported, not a problem. Other duplicates, towns and
references are the second half (:mod:`app.importing.plan`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate
from app.importing.columns import ColumnChoice, column_label, column_name
from app.importing.fields import COUNTRY_TYPES, ImportField, ImportKind
from app.importing.table import (
    CancelCheck,
    Cancelled,
    Cell,
    ReadProgress,
    SourceError,
    TableSource,
    fill,
)
from app.importing.values import cell_text, parse_cell
from app.places.countries import all_countries
from app.places.folding import match_key
from app.services.fields import check_date_order, check_value

# More rows than this are not held for a preview; such a file is refused with a sentence.
MAX_ROWS = 250_000


@dataclass(frozen=True)
class Problem:
    """Why a row (file row number) cannot be imported, and in which column."""

    row: int | None
    column: str  # the column's heading, "" when the problem is not in one column
    message: str
    field: str = ""
    # A country as the file wrote it when no list could read it (reported once per spelling).
    written_country: str = ""

    def text(self) -> str:
        """ "Row 5, Land: …" in the user's language."""
        if self.row is None:
            return self.message
        if self.column:
            return fill(translate("Import", "Row %1, %2: %3"), self.row, self.column, self.message)
        return fill(translate("Import", "Row %1: %2"), self.row, self.message)


@dataclass(slots=True)
class ParsedRow:
    """One data row: its number in the file, its values by field name, its problems."""

    number: int
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class ImportProgress:
    """How far an import has come: ``stage`` is "reading", "checking" or "writing"."""

    stage: str
    fraction: float | None  # 0.0 to 1.0 within the stage, None when unknown

    def text(self) -> str:
        """The stage in the user's language."""
        return {
            "reading": translate("Import", "Reading the file…"),
            "checking": translate("Import", "Checking the rows…"),
            "writing": translate("Import", "Writing to the register…"),
        }.get(self.stage, self.stage)


ImportProgressCallback = Callable[[ImportProgress], None]


@dataclass
class ParsedFile:
    """A file read for import: the table, what was mapped, and every row's values."""

    source: TableSource
    kind: ImportKind
    columns: ColumnChoice
    rows: list[ParsedRow]
    # (row, earlier row) for each row that repeats an earlier one cell for cell: counted once.
    repeated_rows: list[tuple[int, int]] = field(default_factory=list)
    # Countries the user named for spellings of this file ({as written: code}), to remember.
    country_answers: dict[str, str] = field(default_factory=dict)
    # Sentences about the file as a whole that do not stop the import (a country column
    # that contradicts the town names).
    warnings: list[str] = field(default_factory=list)

    @property
    def headers(self) -> list[str]:
        """The file's column headings."""
        return self.source.headers

    def column_of(self, field_name: str) -> str:
        """The heading of the column mapped to ``field_name`` ("" when it is not mapped)."""
        index = self.columns.get(field_name)
        return "" if index is None else column_label(self.source.headers, index)

    @property
    def row_problems(self) -> list[Problem]:
        """Every problem found in the rows, row by row."""
        return [problem for row in self.rows for problem in row.problems]


def _known_countries() -> set[str]:
    return {country.code for country in all_countries()}


@dataclass(frozen=True)
class RowReading:
    """What the user told the import beyond the columns.

    ``fixed``: a value for a field on every row ({field name: value as written},
    e.g. {"town_country": "SE"}), in place of a column; ``country_spellings``:
    countries as files write them, keyed by :func:`match_key`, with their codes.
    """

    fixed: Mapping[str, Cell] = field(default_factory=dict)
    country_spellings: Mapping[str, str] = field(default_factory=dict)


def fixed_values(kind: ImportKind, fixed: Mapping[str, Cell]) -> dict[str, object]:
    """The values of ``fixed`` read for their fields; raises SourceError for one that cannot be."""
    values: dict[str, object] = {}
    for name, written in fixed.items():
        import_field = kind.field(name)
        value, problem = parse_cell(written, import_field)
        if problem is not None:
            raise SourceError(problem)
        values[name] = value
    return values


def read_rows(
    source: TableSource,
    kind: ImportKind,
    column_choice: ColumnChoice,
    *,
    reading: RowReading | None = None,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ParsedFile:
    """Read and check every row of ``source`` with ``column_choice`` (already checked).

    Raises :class:`SourceError` for a file that cannot be read (or has more than
    :data:`MAX_ROWS` rows, or a fixed value that cannot be read) and
    :class:`Cancelled` when ``cancelled()`` says so.
    """
    reading = reading or RowReading()
    fixed = fixed_values(kind, reading.fixed)
    # A fixed value takes the place of a column for the same field.
    column_choice = {name: index for name, index in column_choice.items() if name not in fixed}
    if source.empty_message is not None:
        raise SourceError(source.empty_message)
    mapped = [(kind.field(name), index) for name, index in column_choice.items()]
    mapped.sort(key=lambda pair: pair[1])
    columns = {name: column_label(source.headers, index) for name, index in column_choice.items()}
    countries = _known_countries()
    labels = {f.name: f.label for f in kind.spec.fields}
    rows: list[ParsedRow] = []
    repeated: list[tuple[int, int]] = []
    first_seen: dict[tuple[Cell, ...], int] = {}
    width = len(source.headers)
    check_shape = source.kind == "csv"

    def report(read: ReadProgress) -> None:
        if progress is not None:
            progress(ImportProgress("reading", read.fraction))

    for number, cells, written in source.rows_as_written(progress=report, cancelled=cancelled):
        whole = tuple(cells)
        earlier = first_seen.setdefault(whole, number)
        if earlier != number:
            repeated.append((number, earlier))
            continue
        if len(rows) >= MAX_ROWS:
            raise SourceError(
                translate(
                    "Import",
                    "The file has more than %1 rows; split it into smaller files and import "
                    "them one at a time.",
                ),
                f"{MAX_ROWS:,}".replace(",", " "),
            )
        if check_shape and written != width:
            rows.append(_misshapen_row(number, written, width))
            continue
        if written > width:
            # A workbook's value right of the last heading would be lost without a word.
            rows.append(_value_without_heading(number, width))
            continue
        row = _parse_row(
            number, cells, kind, mapped, columns, countries, labels, reading.country_spellings
        )
        for name, value in fixed.items():
            if value is not None:
                row.values.setdefault(name, value)
        rows.append(row)
    return ParsedFile(
        source=source, kind=kind, columns=dict(column_choice), rows=rows, repeated_rows=repeated
    )


def _misshapen_row(number: int, written: int, width: int) -> ParsedRow:
    """A CSV row whose cells do not line up with the headings: a problem, nothing guessed."""
    if written > width:
        template = translate(
            "Import",
            "The row has %1 cells but there are %2 headings; a value may hold the separator "
            "without quotation marks around it.",
        )
    else:
        template = translate(
            "Import",
            "The row has %1 cells but there are %2 headings; a separator may be missing.",
        )
    return ParsedRow(number, {}, [Problem(number, "", fill(template, written, width))])


def _value_without_heading(number: int, width: int) -> ParsedRow:
    """A workbook row with a value in a column that has no heading: a problem, nothing cut."""
    text = fill(
        translate(
            "Import",
            "The row has a value in column %1, which has no heading; give the column a "
            "heading or move the value.",
        ),
        column_name(width),
    )
    return ParsedRow(number, {}, [Problem(number, "", text)])


def _parse_row(
    number: int,
    cells: Sequence[Any],
    kind: ImportKind,
    mapped: list[tuple[ImportField, int]],
    columns: dict[str, str],
    countries: set[str],
    labels: dict[str, str],
    country_spellings: Mapping[str, str],
) -> ParsedRow:
    row = ParsedRow(number, {})
    for import_field, index in mapped:
        cell = cells[index] if index < len(cells) else None
        column = columns[import_field.name]
        if import_field.type in COUNTRY_TYPES and cell is not None:
            value, problem = _country(cell, import_field, country_spellings)
            if problem is not None:
                written = cell_text(cell) or ""
                row.problems.append(Problem(number, column, problem, import_field.name, written))
                continue
        else:
            value, problem = parse_cell(cell, import_field)
        if problem is None and value in (None, (), "") and import_field.required:
            problem = fill(translate("Import", "%1 is required."), import_field.display_label())
        if problem is None and import_field.spec is not None and value is not None:
            problem = check_value(import_field.spec, value, known_countries=countries)
        if problem is not None:
            row.problems.append(Problem(number, column, problem, import_field.name))
            continue
        if value is not None:
            row.values[import_field.name] = value
    _check_ranges(row, kind, columns, labels)
    return row


def _country(
    cell: Cell, import_field: ImportField, spellings: Mapping[str, str]
) -> tuple[object, str | None]:
    """A country cell: a spelling the user answered for first, then the country list."""
    if spellings:
        code = spellings.get(match_key(cell_text(cell) or ""))
        if code is not None:
            return code, None
    return parse_cell(cell, import_field)


def _check_ranges(
    row: ParsedRow, kind: ImportKind, columns: dict[str, str], labels: dict[str, str]
) -> None:
    by_target = {f.target: f.name for f in kind.fields if f.target and f.name in row.values}
    for first, last in kind.spec.date_ranges:
        if first not in by_target or last not in by_target:
            continue
        values = {first: row.values[by_target[first]], last: row.values[by_target[last]]}
        error = check_date_order(values, first, last, labels)
        if error is not None:
            name = by_target[last]
            row.problems.append(Problem(row.number, columns[name], error.message, name))


def check_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` when the user has asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
