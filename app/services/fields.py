"""Field descriptions shared by validation, lists, forms and imports.

One description per field of every record kind keeps twelve forms from being
twelve copies: the interface builds its widgets from these, the services check
values against them, and the import maps spreadsheet columns onto them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal, get_args

from app.dates import ApproxDate, column_value
from app.i18n import translate
from app.money import CURRENCIES
from app.services.errors import FieldError, ValidationError

FieldType = Literal[
    "text",  # one line
    "longtext",  # several lines: purpose, goals, results, notes
    "int",
    "year",  # 1800-2100
    "date",
    # As precisely as known ("1940-talet", "ca 1949"): an ApproxDate in the record,
    # stored as its earliest day (approx_date) or year (approx_year) plus EDTF text.
    "approx_date",
    "approx_year",
    "money",  # Decimal >= 0, with a currency field beside it
    "decimal",  # Decimal > 0 (exchange rates)
    "currency",
    "country",  # ISO 3166-1 alpha-2, Åland/Faroes/Greenland included
    "email",
    "url",
    "bool",
    "choice",  # one of ``choices``
    "tags",  # several of ``choices``
    "latitude",
    "longitude",
    "ref",  # the id of a record of ``ref_kind``
    "refs",  # ids of records of ``ref_kind``
    "names",  # several free texts (a town's other names)
    "concerns",  # RecordRefs to records of any kind (a decision's links)
]
# The same names as a tuple, for code that lists or checks them at run time.
FIELD_TYPES: tuple[FieldType, ...] = get_args(FieldType)

YEAR_MIN, YEAR_MAX = 1800, 2100
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Decimals kept and the first amount too large to keep exactly, per field type.
_AMOUNT_PRECISION = {
    "money": (Decimal("0.01"), Decimal("1e13")),
    "decimal": (Decimal("0.000001"), Decimal("1e9")),
}
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
APPROX_TYPES: tuple[FieldType, ...] = ("approx_date", "approx_year")
# Types whose texts a list search looks in (a code or a choice is searched as stored).
LIST_SEARCH_TYPES: tuple[FieldType, ...] = (
    "text",
    "longtext",
    "email",
    "country",
    "choice",
    "currency",
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind: its name, label, type and the checks on it."""

    name: str
    label: str  # English; translate("Field", label) for display
    type: FieldType = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref_kind: str | None = None
    group: str = ""  # English group heading in the form, translate("Field", group)
    max_length: int | None = None
    in_list: bool = False  # shown as a column in the kind's list

    def display_label(self) -> str:
        """The field's label in the current language."""
        return translate("Field", self.label)

    @property
    def is_approx(self) -> bool:
        """Whether the value is a date known as precisely as it is (an ApproxDate)."""
        return self.type in APPROX_TYPES

    @property
    def is_reference(self) -> bool:
        """Whether the value names one record (``ref``) or several (``refs``) of ``ref_kind``."""
        return self.type in ("ref", "refs") and self.ref_kind is not None

    @property
    def is_single_reference(self) -> bool:
        """Whether the value is the id of one record of ``ref_kind``."""
        return self.type == "ref" and self.ref_kind is not None

    def refers_to(self, kind: str) -> bool:
        """Whether the value is the id of one record of ``kind`` (a ``ref`` to it)."""
        return self.type == "ref" and self.ref_kind == kind

    @property
    def is_code(self) -> bool:
        """Whether the value is a code from a fixed list (a choice or a currency).

        A blank code stays blank when saved, where a blank text becomes empty.
        """
        return self.type in ("choice", "currency")

    @property
    def is_searched(self) -> bool:
        """Whether a list's search looks in this field's text."""
        return self.type in LIST_SEARCH_TYPES


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == ()


def _fill(template: str, label: str) -> str:
    return template.replace("%1", translate("Field", label))


def check_value(
    spec: FieldSpec, value: Any, *, known_countries: set[str] | None = None
) -> str | None:
    """The problem with ``value`` for ``spec`` as a translated sentence, or None."""
    if _empty(value):
        if spec.required:
            return _fill(translate("Validation", "%1 is required."), spec.label)
        return None
    kind = spec.type
    if kind in ("text", "longtext", "url") and not isinstance(value, str):
        return _fill(translate("Validation", "%1 must be text."), spec.label)
    too_long = (
        spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length
    )
    if kind in ("text", "url", "email") and too_long:
        return _fill(translate("Validation", "%1 is too long."), spec.label)
    if kind in ("int", "year"):
        if isinstance(value, bool) or not isinstance(value, int):
            return _fill(translate("Validation", "%1 must be a whole number."), spec.label)
        if kind == "year" and not YEAR_MIN <= value <= YEAR_MAX:
            return _fill(
                translate("Validation", "%1 must be a year between 1800 and 2100."), spec.label
            )
        if value < 0:
            return _fill(translate("Validation", "%1 cannot be negative."), spec.label)
    if kind == "date":
        if not isinstance(value, date):
            return _fill(
                translate("Validation", "%1 is not a valid date (write it as 2026-11-22)."),
                spec.label,
            )
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            return _fill(
                translate("Validation", "%1 must be a date between 1800 and 2100."), spec.label
            )
    if kind in APPROX_TYPES:
        if not isinstance(value, ApproxDate):
            return _fill(
                translate("Validation", "%1 is not a date (write for example 1985 or 1940s)."),
                spec.label,
            )
        if not (value.earliest.year >= YEAR_MIN and value.latest.year <= YEAR_MAX):
            if kind == "approx_year":
                text = translate("Validation", "%1 must be a year between 1800 and 2100.")
            else:
                text = translate("Validation", "%1 must be a date between 1800 and 2100.")
            return _fill(text, spec.label)
    if kind in ("money", "decimal"):
        if not isinstance(value, Decimal | int) or isinstance(value, bool):
            return _fill(translate("Validation", "%1 must be an amount."), spec.label)
        if not Decimal(value).is_finite():
            return _fill(translate("Validation", "%1 must be an amount."), spec.label)
        if kind == "money" and value < 0:
            return _fill(translate("Validation", "%1 cannot be negative."), spec.label)
        if kind == "decimal" and value <= 0:
            return _fill(translate("Validation", "%1 must be greater than zero."), spec.label)
        # SQLite keeps these columns as floating point: beyond their decimals, or
        # beyond 15 digits in all, the stored value would silently differ.
        places, limit = _AMOUNT_PRECISION[kind]
        amount = Decimal(value)
        if amount != amount.quantize(places):
            text = (
                translate("Validation", "%1 can have at most two decimals.")
                if kind == "money"
                else translate("Validation", "%1 can have at most six decimals.")
            )
            return _fill(text, spec.label)
        if abs(amount) >= limit:
            return _fill(translate("Validation", "%1 is too large."), spec.label)
    if kind == "bool" and not isinstance(value, bool):
        return _fill(translate("Validation", "%1 must be yes or no."), spec.label)
    if kind == "currency" and value not in CURRENCIES:
        return _fill(
            translate("Validation", "%1 is not a currency this program knows."), spec.label
        )
    if kind == "country" and known_countries is not None and value not in known_countries:
        return _fill(translate("Validation", "%1 is not a known country or area code."), spec.label)
    if kind == "email" and not (isinstance(value, str) and _EMAIL.match(value.strip())):
        return _fill(translate("Validation", "%1 is not a valid e-mail address."), spec.label)
    if kind == "latitude" and not (isinstance(value, int | float) and -90 <= value <= 90):
        return _fill(translate("Validation", "%1 must be between -90 and 90."), spec.label)
    if kind == "longitude" and not (isinstance(value, int | float) and -180 <= value <= 180):
        return _fill(translate("Validation", "%1 must be between -180 and 180."), spec.label)
    if kind == "choice" and value not in spec.choices:
        return _fill(translate("Validation", "%1 has a value that is not allowed."), spec.label)
    if kind == "tags" and any(v not in spec.choices for v in value):
        return _fill(translate("Validation", "%1 has a value that is not allowed."), spec.label)
    if kind == "ref" and (isinstance(value, bool) or not isinstance(value, int)):
        return _fill(translate("Validation", "%1 must be chosen from the list."), spec.label)
    return None


def check_date_order(
    values: dict[str, Any], first: str, last: str, labels: dict[str, str]
) -> FieldError | None:
    """An end before its start is an error on the end field.

    Dates known only roughly are in order when they can be: "1976" may end a
    twinning begun "ca 1976", only an end wholly before the start is refused.
    """
    start, end = values.get(first), values.get(last)
    if isinstance(start, ApproxDate):
        start = start.earliest
    if isinstance(end, ApproxDate):
        end = end.latest
    if isinstance(start, date) and isinstance(end, date) and end < start:
        text = translate("Validation", "%1 cannot be before %2.")
        text = text.replace("%1", translate("Field", labels[last]))
        text = text.replace("%2", translate("Field", labels[first]))
        return FieldError(last, text)
    return None


def parse_date(text: str, *, field: str = "", label: str = "Date") -> date:
    """The date written as ``text`` (ISO, 2026-11-22); ValidationError on ``field`` otherwise.

    Only the one written form is accepted: "22/11/2026" could mean two dates
    depending on who wrote it, and "2026-02-30" does not exist. ``label`` is the
    English field label, named in the message in the user's language.
    """
    written = text.strip()
    match = _ISO_DATE.match(written)
    if not written:
        template = translate("Validation", "%1 needs a date, written as 2026-11-22.")
    elif match is None:
        template = translate("Validation", "%1: %2 is not a date; write it as 2026-11-22.")
    else:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            template = translate("Validation", "%1: %2 is a date that does not exist.")
    message = template.replace("%1", translate("Field", label)).replace("%2", written)
    raise ValidationError([FieldError(field, message)])


def as_approx(spec: FieldSpec, value: Any) -> Any:
    """A plain date or year given for an approximate field, as the day or year it is.

    Code that builds records (the demo, older callers) may still pass 1946 or a
    date; anything else is left for check_value to judge.
    """
    if not spec.is_approx or isinstance(value, ApproxDate) or value is None:
        return value
    if isinstance(value, date):
        return ApproxDate.of_day(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999:
        return ApproxDate.of_year(value)
    return value


def stored_columns(spec: FieldSpec, value: Any) -> dict[str, Any]:
    """The database columns of one field's value: the approximate types fill two.

    ``start_date`` "1977" becomes ``start_date`` 1977-01-01 (the earliest day, what
    SQL sorts and compares) and ``start_date_edtf`` "1977" (what was known).
    """
    if not spec.is_approx:
        return {spec.name: value}
    value = as_approx(spec, value)
    if not isinstance(value, ApproxDate):
        return {spec.name: None, f"{spec.name}_edtf": None}
    return {
        spec.name: column_value(value, year_column=spec.type == "approx_year"),
        f"{spec.name}_edtf": value.edtf(),
    }
