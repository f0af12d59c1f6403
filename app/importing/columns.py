"""Which column fills which field: suggested from the headings, remembered per file layout.

A column choice is ``{field name: column index}`` (0-based), so a sheet with two
columns both headed "Land" can still give the town's country and the
partner's. A column choice that was used for an import is remembered under the
headings' signature (:func:`app.importing.sources.header_signature`) and
offered again for the next file with the same headings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.importing.fields import ImportField, ImportKind, import_kind
from app.importing.sources import header_signature
from app.importing.table import fill
from app.places.folding import fold
from db import models as m
from db.session import Database

ColumnChoice = dict[str, int]
"""Field name → column index (0-based)."""


class ColumnChoiceError(Exception):
    """A column choice cannot be used; ``message`` is one translated sentence.

    Named apart from :class:`app.mapping.service.MappingError`, which is the
    mapping report's (kartläggning) error.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def header_key(header: str) -> str:
    """A heading folded for comparing: case, accents, punctuation and spacing ignored.

    A heading of nothing but signs ("§") keeps its signs.
    """
    words = re.findall(r"[^\W_]+", fold(header))
    if words:
        return " ".join(words)
    return "".join(unicodedata.normalize("NFKC", header).casefold().split())


def _synonyms(field: ImportField) -> set[str]:
    words = {header_key(h) for h in field.headers}
    words.add(header_key(field.name))
    words.add(header_key(field.label))
    words.add(header_key(field.display_label()))
    words.discard("")
    return words


def column_name(index: int) -> str:
    """The spreadsheet's letter(s) of the 0-based column ``index``: 0 → "A", 27 → "AB"."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_label(headers: Sequence[str], index: int) -> str:
    """How a column is named to the user: its heading, or its letter when it has none."""
    if 0 <= index < len(headers) and headers[index]:
        return headers[index]
    return fill(translate("Import", "column %1"), column_name(index))


def suggest_columns(kind: ImportKind, headers: Sequence[str]) -> ColumnChoice:
    """The columns whose headings name the kind's fields ("Ort" → town, "Vänort" → partner).

    Each column fills at most one field and each field at most one column, the
    first heading that names it. A country heading ("Land", "Country") goes to
    the country of the nearest town column on its left (else on its right), so
    "Ort; Land; Vänort; Land" gives both countries.
    """
    keys = [header_key(h) for h in headers]
    synonyms = {f.name: _synonyms(f) for f in kind.fields}
    country_fields = [f for f in kind.fields if f.type == "town_country"]
    column_choice: ColumnChoice = {}
    used: set[int] = set()
    generic_country: list[int] = []

    # Fields in their order, the exact field name and label first, then the headings.
    for index, key in enumerate(keys):
        if not key:
            continue
        for field in kind.fields:
            if field.name in column_choice or key not in synonyms[field.name]:
                continue
            if field.type == "town_country" and key in _GENERIC_COUNTRY:
                continue  # decided below by position
            column_choice[field.name] = index
            used.add(index)
            break
        else:
            if key in _GENERIC_COUNTRY and country_fields:
                generic_country.append(index)

    for index in generic_country:
        if index in used:
            continue
        field_name = _country_by_position(kind, column_choice, index)
        if field_name is not None:
            column_choice[field_name] = index
            used.add(index)
    return column_choice


_GENERIC_COUNTRY = frozenset(
    header_key(h) for h in ("land", "country", "country or area", "land eller område", "nation")
)


def _country_by_position(kind: ImportKind, column_choice: ColumnChoice, index: int) -> str | None:
    """The country field of the town column nearest to ``index`` (left first), still free."""
    candidates: list[tuple[int, int, str]] = []
    for field in kind.fields:
        country = field.country_field
        if country is None or country in column_choice or field.name not in column_choice:
            continue
        column = column_choice[field.name]
        # Left of the country column wins over right; then the nearest.
        candidates.append((0 if column < index else 1, abs(index - column), country))
    if candidates:
        return min(candidates)[2]
    # No town column mapped at all: the first free country field.
    for field in kind.fields:
        if field.type == "town_country" and field.name not in column_choice:
            return field.name
    return None


def parse_columns(kind: ImportKind, headers: Sequence[str], text: str) -> ColumnChoice:
    """A column choice written as ``"field=Heading,field=Heading"`` (the command line's --columns).

    A heading is found folded (case and accents ignored); "#3" means the third
    column and "C" (one or two capital letters, when no heading is called so) its
    letter. Raises :class:`ColumnChoiceError` for an unknown field or heading.
    """
    column_choice: ColumnChoice = {}
    keys = [header_key(h) for h in headers]
    for part in _split_pairs(text):
        name, equals, heading = part.partition("=")
        name, heading = name.strip(), heading.strip()
        if not equals or not name or not heading:
            raise ColumnChoiceError(
                fill(
                    translate("Import", "“%1” is not of the form field=Heading."),
                    part.strip(),
                )
            )
        try:
            kind.field(name)
        except KeyError:
            raise ColumnChoiceError(
                fill(
                    translate("Import", "%1 has no field called “%2”; it has: %3."),
                    kind.display_name(),
                    name,
                    ", ".join(f.name for f in kind.fields),
                )
            ) from None
        column_choice[name] = _find_column(headers, keys, heading)
    return column_choice


def _split_pairs(text: str) -> list[str]:
    # Commas separate pairs, but a heading may hold a comma ("Lich, Hessen"): a part
    # without "=" belongs to the heading before it.
    parts: list[str] = []
    for piece in text.split(","):
        if "=" in piece or not parts:
            parts.append(piece)
        else:
            parts[-1] += "," + piece
    return [part for part in parts if part.strip()]


def _find_column(headers: Sequence[str], keys: list[str], heading: str) -> int:
    exact = [i for i, h in enumerate(headers) if h == heading]
    if len(exact) == 1:
        return exact[0]
    folded = [i for i, key in enumerate(keys) if key and key == header_key(heading)]
    if len(folded) == 1 and not exact:
        return folded[0]
    if len(exact) > 1 or len(folded) > 1:
        raise ColumnChoiceError(
            fill(
                translate(
                    "Import",
                    "There are several columns headed “%1”; name the one you mean by its "
                    "number (#2) or letter (B).",
                ),
                heading,
            )
        )
    number = re.fullmatch(r"#([0-9]+)", heading)
    if number and 1 <= int(number.group(1)) <= max(len(headers), 1):
        return int(number.group(1)) - 1
    letters = re.fullmatch(r"[A-Z]{1,2}", heading)
    if letters:
        index = _letters_to_index(heading)
        if index < len(headers):
            return index
    raise ColumnChoiceError(
        fill(
            translate("Import", "There is no column headed “%1”; the headings are: %2."),
            heading,
            ", ".join(h for h in headers if h),
        )
    )


def _letters_to_index(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number - 1


def check_column_choice(
    kind: ImportKind, headers: Sequence[str], column_choice: Mapping[str, int]
) -> None:
    """Raise :class:`ColumnChoiceError` when ``column_choice`` cannot be imported with.

    Every required field needs a column (a twinning's ``town`` may be left out
    when the register has one home town: see ``town_optional``), no column may
    fill two fields, and every index must be a column of the table.
    """
    check_column_choice_with(kind, headers, column_choice, town_optional=False)


def check_column_choice_with(
    kind: ImportKind,
    headers: Sequence[str],
    column_choice: Mapping[str, int],
    *,
    town_optional: bool,
    fixed: Collection[str] = (),
) -> None:
    """:func:`check_column_choice`, with ``town_optional`` when a twinning's town may default.

    A field in ``fixed`` has one value for every row, so it needs no column.
    """
    width = max(len(headers), 1)
    seen: dict[int, str] = {}
    for name, index in column_choice.items():
        field = kind.field(name)
        if not 0 <= index < width:
            raise ColumnChoiceError(
                fill(
                    translate("Import", "The column chosen for %1 is not in the table."),
                    field.display_label(),
                )
            )
        if index in seen:
            raise ColumnChoiceError(
                fill(
                    translate("Import", "The column %1 is chosen for both %2 and %3."),
                    column_label(headers, index),
                    kind.field(seen[index]).display_label(),
                    field.display_label(),
                )
            )
        seen[index] = name
    for field in kind.fields:
        if not field.required or field.name in column_choice or field.name in fixed:
            continue
        if town_optional and kind.name == "twinnings" and field.name == "town":
            continue
        raise ColumnChoiceError(
            fill(
                translate("Import", "Choose the column that holds %1."),
                field.display_label(),
            )
        )


# ---------------------------------------------------------------- remembering


@dataclass(frozen=True)
class RememberedColumns:
    """A column choice used before for a file with the same headings."""

    kind: str  # import kind name ("twinnings")
    columns: ColumnChoice


def remembered_column_choice(
    database: Database, headers: Sequence[str]
) -> RememberedColumns | None:
    """The column choice last used for a file with these headings, or None.

    Fields and columns that no longer exist are left out of it.
    """
    signature = header_signature(headers)
    with database.reading() as session:
        row = session.scalar(
            select(m.SavedColumnChoice).where(m.SavedColumnChoice.header_signature == signature)
        )
        if row is None:
            return None
        kind_name, stored = row.record_kind, dict(row.columns or {})
    try:
        kind = import_kind(kind_name)
    except KeyError:
        return None
    columns = stored.get("columns", {})
    column_choice: ColumnChoice = {}
    names = {f.name for f in kind.fields}
    if isinstance(columns, dict):
        for name, index in columns.items():
            if name in names and isinstance(index, int) and 0 <= index < len(headers):
                column_choice[name] = index
    return RememberedColumns(kind_name, column_choice)


def remember_column_choice(
    session: Session, kind: ImportKind, headers: Sequence[str], column_choice: Mapping[str, int]
) -> None:
    """Store ``column_choice`` for files with these headings (inside the import's transaction)."""
    signature = header_signature(headers)
    value = {
        "columns": dict(column_choice),
        # The headings are kept for people reading the database, not for matching.
        "headers": {name: column_label(headers, index) for name, index in column_choice.items()},
    }
    row = session.scalar(
        select(m.SavedColumnChoice).where(m.SavedColumnChoice.header_signature == signature)
    )
    if row is None:
        session.add(
            m.SavedColumnChoice(header_signature=signature, record_kind=kind.name, columns=value)
        )
    elif row.record_kind != kind.name or row.columns != value:
        row.record_kind = kind.name
        row.columns = value


def describe_columns(
    kind: ImportKind, headers: Sequence[str], column_choice: Mapping[str, int]
) -> str:
    """``"town=Ort, partner=Vänort"``: a column choice as --columns would write it."""
    return ", ".join(
        f"{field.name}={column_label(headers, column_choice[field.name])}"
        for field in kind.fields
        if field.name in column_choice
    )
