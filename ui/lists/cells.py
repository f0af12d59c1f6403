"""How a value of a list column reads, sorts and aligns, by the field's type."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.formatting import format_amount, format_date, group_digits, unknown_text
from app.i18n import current_language
from app.places.folding import swedish_sort_key
from app.services.fields import FieldSpec

NUMERIC_TYPES = frozenset({"int", "year", "money", "decimal", "latitude", "longitude"})

# Columns where an empty value is a recorded unknown ("uppgift saknas"), not a blank:
# a member count or a grant amount nobody knows must never read as nothing.
UNKNOWN_WHEN_EMPTY = frozenset({("member_count", "count"), ("grant", "amount")})

LONG_TEXT_CHARS = 80


def display_text(kind: str, spec: FieldSpec, value: Any, currency: str | None = None) -> str:
    """The text a list cell shows for ``value`` of the column ``spec``."""
    if value is None or value == "":
        if (kind, spec.name) in UNKNOWN_WHEN_EMPTY:
            return unknown_text()
        return ""
    kind_of_field = spec.type
    if kind_of_field == "date" and isinstance(value, date | datetime):
        return format_date(value)
    if kind_of_field == "money":
        return format_amount(value, currency or "SEK")
    if kind_of_field == "int" and isinstance(value, int):
        return group_digits(value)
    if kind_of_field == "decimal" and isinstance(value, Decimal | float | int):
        text = format(Decimal(str(value)).normalize(), "f")
        return text.replace(".", ",") if current_language() == "sv" else text
    if kind_of_field == "bool":
        if value:
            return QCoreApplication.translate("Cells", "yes")
        return QCoreApplication.translate("Cells", "no")
    if kind_of_field == "longtext":
        first = str(value).strip().splitlines()[0] if str(value).strip() else ""
        if len(first) > LONG_TEXT_CHARS:
            return first[: LONG_TEXT_CHARS - 1] + "…"
        return first
    return str(value)


def sort_key(value: Any) -> Any:
    """A key that orders values of one column naturally (Swedish order for text).

    None and empty text are not given a key: the model puts them last whichever
    way the column is sorted.
    """
    if isinstance(value, str):
        return swedish_sort_key(value)
    if isinstance(value, bool):
        return int(value)
    return value


def is_empty(value: Any) -> bool:
    """True for a value the list shows as blank (sorted last)."""
    return value is None or value == ""
