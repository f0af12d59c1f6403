"""Turning a spreadsheet cell into a field's value, or into the reason it cannot be one.

Cells come as the reading layer gives them: text (stripped, never empty), a
number, a date or datetime (Excel date cells), or None. Text is read the way a
Swedish office writes it: "1 135" and "10 000,50" are numbers, dates are ISO
(2026-11-22) or, for history, as precisely as known ("1940-talet", "ca 1949"), "ja"/"nej"/"x" are yes and no, countries are codes or names in
Swedish, English or the local language, and choices are codes or their labels
in Swedish or English. Nothing is guessed: what cannot be read is a problem
with its reason.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from app.dates import ApproxDate, DateNotUnderstood, parse_written
from app.i18n import LANGUAGES, translate, translate_in
from app.importing.fields import ImportField
from app.importing.table import Cell, fill
from app.money import CURRENCIES
from app.places.countries import resolve_country
from app.places.folding import match_key
from app.services.errors import ValidationError
from app.services.fields import parse_date
from app.vocabulary import LABELS

# Separators of several values in one cell: "Herning; Lohja". A comma is not one,
# since it belongs to names ("Lich, Hessen") and to Swedish decimals.
_LIST_SEPARATORS = re.compile(r"[;|\n\r]+")
_TAG_SEPARATORS = re.compile(r"[;,|/\n\r]+")
# Spaces Swedish programs put between thousands: plain, no-break, narrow no-break, thin.
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009\u2007']")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_ISO_DATE_AND_TIME = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_AMOUNT_UNITS = re.compile(r"(?i)^(?:sek|kr\.?|kronor)\s*|\s*(?:sek|kr\.?|kronor|:-)$")

_YES = frozenset({"ja", "j", "yes", "y", "x", "sant", "true", "1", "✓", "✔", "jo"})
_NO = frozenset({"nej", "n", "no", "falskt", "false", "0", "-", "–"})
_CURRENCY_WORDS = {"kr": "SEK", "kronor": "SEK", "svenska kronor": "SEK", "euro": "EUR",
                   "€": "EUR", "danska kronor": "DKK", "norska kronor": "NOK",
                   "isländska kronor": "ISK", "$": "USD", "£": "GBP"}  # fmt: skip

# Swedish words for the stored codes, so a Swedish sheet's "vilande" or "KS" is read
# even before the translation catalogue is complete. Labels in the user's language
# and English labels are accepted as well (see _choice_table).
SWEDISH_CHOICES: dict[str, tuple[str, ...]] = {
    "municipality": ("kommun",),
    "city": ("stad",),
    "region": ("region", "landskap", "län"),
    # Not "samhälle": the program writes it for community.
    "village": ("by", "ort"),
    "community": ("gemenskap", "församling"),
    "twin_town": ("vänort", "vänstad", "vänortsförbindelse"),
    "partner_town": ("partnerstad", "partnerort", "partnerkommun"),
    "friendship_town": ("vänskapsort", "vänskapsstad"),
    "municipal_partnership": ("kommunalt partnerskap", "partnerskap"),
    "planned": ("planerad", "planerat", "planerade"),
    "active": ("aktiv", "aktivt", "pågående"),
    "sporadic": ("sporadisk",),
    "dormant": ("vilande", "vilar"),
    # "upphört" is the program's label of expired: where a field offers both, the label
    # wins (see _choice_table); a twinning, which cannot expire, has ended.
    "ended": ("avslutad", "avslutat", "upphört", "uppsagd"),
    "association": ("förening",),
    "local_branch": ("lokalavdelning", "lokalförening", "avdelning"),
    "school": ("skola",),
    "club": ("klubb",),
    "company": ("företag", "bolag"),
    "committee": ("nämnd", "utskott"),
    "department": ("förvaltning",),
    "municipal_company": ("kommunalt bolag", "kommunägt bolag"),
    "other": ("annat", "annan", "övrigt", "övrig"),
    "council": ("kommunfullmäktige", "fullmäktige", "kf"),
    "executive_board": ("kommunstyrelsen", "kommunstyrelse", "ks"),
    "working_committee": ("kommunstyrelsens arbetsutskott", "arbetsutskottet", "ksau", "au"),
    "council_presidium": ("kf presidium", "fullmäktiges presidium", "presidiet"),
    "awaiting_approval": ("väntar på godkännande", "för godkännande"),
    "approved": ("godkänd", "beviljad"),
    "done": ("genomförd", "klar", "gjord"),
    "reported": ("återrapporterad", "redovisad"),
    "cancelled": ("inställd", "avbokad", "struken"),
    "official_meeting": ("officiellt möte", "officiellt besök", "möte"),
    "school_exchange": ("skolutbyte",),
    "culture": ("kultur",),
    "sports": ("idrott", "sport"),
    "business": ("näringsliv", "handel"),
    "project": ("projekt",),
    "youth_sports": ("ungdomsidrott",),
    "music": ("musik",),
    "art": ("konst",),
    "photo": ("foto", "fotografi"),
    "youth": ("ungdom", "unga"),
    "democracy": ("demokrati",),
    "environment": ("miljö",),
    "urban_planning": ("samhällsplanering", "stadsplanering"),
    "municipal_technology": ("kommunalteknik", "teknik"),
    "social_care": ("omsorg", "vård och omsorg", "socialtjänst"),
    "tourism": ("turism",),
}

Parsed = tuple[Any, str | None]
"""A parsed value and None, or None and the translated reason it could not be read."""


def cell_text(cell: Cell) -> str | None:
    """A cell as the text a person would read in it: 2014.0 as "2014", dates as ISO."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return translate("Import", "yes") if cell else translate("Import", "no")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        if cell.time() == dt.time():
            return cell.date().isoformat()
        return cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    text = str(cell).strip()
    return text or None


def split_list(text: str) -> list[str]:
    """The values of a cell holding several ("Herning; Lohja"), without blanks."""
    return [part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()]


def _problem(template: str, field: ImportField, written: object) -> Parsed:
    return None, fill(template, field.display_label(), written)


def _as_integer(cell: Cell, field: ImportField) -> Parsed:
    if isinstance(cell, bool):
        return _problem(translate("Import", "%1: “%2” is not a number."), field, cell_text(cell))
    if isinstance(cell, int):
        return cell, None
    if isinstance(cell, float):
        if cell.is_integer():
            return int(cell), None
        return _problem(
            translate("Import", "%1: %2 is not a whole number."), field, cell_text(cell)
        )
    text = cell_text(cell) or ""
    compact = _GROUP_SPACES.sub("", text)
    if _INTEGER.match(compact):
        return int(compact), None
    number = _decimal_of(compact)
    if number is not None and number.is_finite():
        if number == number.to_integral_value() and "," not in compact and "." not in compact:
            return int(number), None
        return _problem(translate("Import", "%1: %2 is not a whole number."), field, text)
    return _problem(translate("Import", "%1: “%2” is not a number."), field, text)


def _decimal_of(text: str) -> Decimal | None:
    """A number written with a decimal comma or point and any thousands grouping."""
    if not text:
        return None
    commas, points = text.count(","), text.count(".")
    if commas and points:
        # "10.000,50" or "10,000.50": the last one is the decimal separator.
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif commas > 1:
        text = text.replace(",", "")
    elif commas == 1:
        text = text.replace(",", ".")  # Swedish decimal comma
    elif points > 1:
        text = text.replace(".", "")
    if not re.match(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _too_many_decimals() -> str:
    return translate("Import", "%1: “%2” has more than two decimals; write amounts as 10 000,50.")


def _as_decimal(cell: Cell, field: ImportField) -> Parsed:
    if isinstance(cell, (bool, dt.date)):
        return _problem(translate("Import", "%1: “%2” is not an amount."), field, cell_text(cell))
    if isinstance(cell, int):
        return Decimal(cell), None
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return _problem(translate("Import", "%1: “%2” is not an amount."), field, cell)
        # Excel keeps amounts as binary fractions (0.30000000000000004); read them as
        # shown with two decimals when that is what they are.
        shown = round(cell, 2)
        if field.type == "money" and abs(shown - cell) > 1e-9:
            return _problem(_too_many_decimals(), field, cell_text(cell))
        return (Decimal(repr(shown)) if field.type == "money" else Decimal(repr(cell))), None
    text = cell_text(cell) or ""
    compact = _GROUP_SPACES.sub("", _AMOUNT_UNITS.sub("", text.strip()))
    number = _decimal_of(compact)
    if number is None or not number.is_finite():
        return _problem(translate("Import", "%1: “%2” is not an amount."), field, text)
    if field.type == "money" and _decimals(number) > 2:
        return _problem(_too_many_decimals(), field, text)
    return number, None


def _decimals(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _as_float(cell: Cell, field: ImportField) -> Parsed:
    if isinstance(cell, (bool, dt.date)):
        return _problem(translate("Import", "%1: “%2” is not a number."), field, cell_text(cell))
    if isinstance(cell, int | float):
        return float(cell), None
    text = cell_text(cell) or ""
    number = _decimal_of(_GROUP_SPACES.sub("", text))
    if number is None:
        return _problem(translate("Import", "%1: “%2” is not a number."), field, text)
    return float(number), None


def _as_date(cell: Cell, field: ImportField) -> Parsed:
    if isinstance(cell, dt.datetime):
        return cell.date(), None
    if isinstance(cell, dt.date):
        return cell, None
    if isinstance(cell, int | float):
        # A date cell Excel did not mark as one arrives as a serial number; reading it
        # would be a guess about the file's date system.
        return _problem(
            translate("Import", "%1: %2 is not a date; write it as 2026-11-22."),
            field,
            cell_text(cell),
        )
    text = cell_text(cell) or ""
    match = _ISO_DATE_AND_TIME.match(text)
    try:
        return parse_date(match.group(1) if match else text, label=field.label), None
    except ValidationError as error:
        if field.context == "Field":
            return None, error.errors[0].message
        # parse_date names the field through the "Field" context; say it again in ours.
        message = error.errors[0].message
        return None, message.replace(translate("Field", field.label), field.display_label(), 1)


def _as_approx(cell: Cell, field: ImportField) -> Parsed:
    """A date as precisely as the sheet knows it: "1940-talet", "ca 1949", 1985, a date cell."""
    if isinstance(cell, dt.datetime):
        return ApproxDate.of_day(cell.date()), None
    if isinstance(cell, dt.date):
        return ApproxDate.of_day(cell), None
    if isinstance(cell, bool):
        return _problem(translate("Import", "%1: “%2” is not a date."), field, cell_text(cell))
    if isinstance(cell, int | float):
        # A number is a year ("1985"); a date cell Excel did not mark as one would be
        # a serial number such as 45123, and reading it would be a guess.
        if float(cell).is_integer() and 1000 <= cell <= 2999:
            return ApproxDate.of_year(int(cell)), None
        return _problem(translate("Import", "%1: “%2” is not a date."), field, cell_text(cell))
    text = cell_text(cell) or ""
    match = _ISO_DATE_AND_TIME.match(text)
    try:
        return parse_written(match.group(1) if match else text), None
    except DateNotUnderstood as error:
        return None, f"{field.display_label()}: {error}"


def _as_bool(cell: Cell, field: ImportField) -> Parsed:
    if isinstance(cell, bool):
        return cell, None
    text = cell_text(cell) or ""
    folded = text.strip().casefold()
    if folded in _YES:
        return True, None
    if folded in _NO:
        return False, None
    return _problem(
        translate("Import", "%1: “%2” is neither yes nor no (write ja or nej)."), field, text
    )


def _as_country(cell: Cell, field: ImportField) -> Parsed:
    text = cell_text(cell) or ""
    code = _country_code(text)
    if code is None:
        return _problem(
            translate("Import", "%1: “%2” is not a country or area this program knows."),
            field,
            text,
        )
    return code, None


@functools.lru_cache(maxsize=4096)
def _country_code(text: str) -> str | None:
    return resolve_country(text)


def _as_currency(cell: Cell, field: ImportField) -> Parsed:
    text = (cell_text(cell) or "").strip()
    code = _CURRENCY_WORDS.get(text.casefold(), text.upper())
    if code not in CURRENCIES:
        return _problem(
            translate("Import", "%1: “%2” is not a currency this program knows."), field, text
        )
    return code, None


@functools.lru_cache(maxsize=64)
def _choice_table(choices: tuple[str, ...], language_marker: str) -> dict[str, str]:
    """Folded code, label in every language and other Swedish words → code.

    The labels the program itself writes come first, in both languages whatever the
    current one, so that an export read back in keeps every value: a looser Swedish
    word of one code ("samhälle") never shadows the label of another.
    """
    table: dict[str, str] = {}
    for code in choices:
        english = LABELS.get(code, code.replace("_", " "))
        words = [code, code.replace("_", " "), english]
        words += [translate_in(language, "Choice", english) for language in LANGUAGES]
        for word in words:
            table.setdefault(match_key(word), code)
    for code in choices:
        for word in SWEDISH_CHOICES.get(code, ()):
            table.setdefault(match_key(word), code)
    return table


def _as_choice(cell: Cell, field: ImportField) -> Parsed:
    from app.i18n import current_language

    text = cell_text(cell) or ""
    code = _choice_table(field.choices, current_language()).get(match_key(text))
    if code is None:
        return None, _not_a_choice(field, text)
    return code, None


def _not_a_choice(field: ImportField, text: str) -> str:
    from app.vocabulary import label

    allowed = ", ".join(label(code) for code in field.choices)
    return fill(
        translate("Import", "%1: “%2” is not one of the choices (%3)."),
        field.display_label(),
        text,
        allowed,
    )


def _as_tags(cell: Cell, field: ImportField) -> Parsed:
    from app.i18n import current_language

    text = cell_text(cell) or ""
    table = _choice_table(field.choices, current_language())
    codes: list[str] = []
    for part in _TAG_SEPARATORS.split(text):
        if not part.strip():
            continue
        code = table.get(match_key(part))
        if code is None:
            return None, _not_a_choice(field, part.strip())
        if code not in codes:
            codes.append(code)
    return tuple(codes), None


def _as_text(cell: Cell, field: ImportField) -> Parsed:
    text = cell_text(cell)
    if text is not None and field.max_length is not None and len(text) > field.max_length:
        return None, fill(
            translate("Import", "%1 is too long (at most %2 characters)."),
            field.display_label(),
            field.max_length,
        )
    return text, None


def _as_list(cell: Cell, field: ImportField) -> Parsed:
    text = cell_text(cell) or ""
    return tuple(dict.fromkeys(split_list(text))), None


_PARSERS: dict[str, Callable[[Cell, ImportField], Parsed]] = {
    "int": _as_integer,
    "year": _as_integer,
    "money": _as_decimal,
    "decimal": _as_decimal,
    "latitude": _as_float,
    "longitude": _as_float,
    "date": _as_date,
    "approx_date": _as_approx,
    "approx_year": _as_approx,
    "bool": _as_bool,
    "country": _as_country,
    "town_country": _as_country,
    "currency": _as_currency,
    "choice": _as_choice,
    "tags": _as_tags,
    "names": _as_list,
    "towns": _as_list,
    "organisations": _as_list,
}


def parse_cell(cell: Cell, field: ImportField) -> Parsed:
    """The value of ``cell`` for ``field``: (value, None), or (None, reason) if unreadable.

    An empty cell gives (None, None); whether a value is required is checked
    afterwards. Text fields, town and organisation names are kept as written.
    """
    if cell is None:
        return None, None
    parser = _PARSERS.get(field.type, _as_text)
    return parser(cell, field)
