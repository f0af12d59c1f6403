"""How values read in print: "10 000 kr", "16 800 DKK", "2026-11-22", "uppgift saknas"."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from app.formatting import group_digits, group_text, number_style
from app.i18n import Context, translate
from app.reports.document import Amount, CellValue, PersonalDataStatement, Total, Unknown
from app.reports.text_safety import clean_text

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Format = Context("Format")

NBSP = "\u00a0"
"""Thousands separator: a space that never breaks a number over two lines."""


def fill(template: str, *values: str) -> str:
    """``template`` with Qt-style ``%1``, ``%2`` ... replaced in one go.

    One pass, so a value that itself contains "%2" is left alone.
    """

    def _value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", _value, template)


def counted(number: int, one: str, many: str, none: str | None = None) -> str:
    """``one`` for 1, else ``many`` with %1 as the number: "1 vänort", "13 000 invånare".

    The one way the reports and the mapping count things in a sentence. The number is
    grouped by thousands as the language writes it (a no-break space in Swedish, so
    "13 000" never breaks over two lines). ``none``, when given, stands for 0: a board
    reads "inga resor", not "0 resor". All are translated texts; ``one`` may hold %1 too.
    """
    if number == 0 and none is not None:
        return none
    return fill(one if number == 1 else many, group_digits(number))


def _group_thousands(digits: str) -> str:
    # One way of grouping for the whole program, in the current language's style.
    return group_text(digits)


def format_integer(number: int) -> str:
    """An integer; grouped by thousands only from 10 000 up, so years stay "1946"."""
    sign = "-" if number < 0 else ""
    digits = str(abs(number))
    return sign + (_group_thousands(digits) if abs(number) >= 10_000 else digits)


def format_amount(amount: Amount) -> str:
    """An amount in the current language: "10 000 kr", "16 800 DKK", "1 234,50 kr";
    "10,000 SEK", "16,800 DKK", "1,234.50 SEK" in English."""
    style = number_style()
    value = amount.value
    whole = value == value.to_integral_value()
    quantised = value.quantize(Decimal(1) if whole else Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if quantised < 0 else ""
    integer_part, _, fraction = f"{abs(quantised):f}".partition(".")
    text = sign + _group_thousands(integer_part) + (style.decimal + fraction if fraction else "")
    unit = style.krona if amount.currency.upper() == "SEK" else amount.currency.upper()
    return f"{text}{NBSP}{unit}"


def format_date(value: date) -> str:
    """ISO date; a datetime keeps its time to the minute."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def unknown_text() -> str:
    """What an unknown value reads as in the current language ("uppgift saknas")."""
    return translate("Reports", "unknown")


def format_total_cell(total: Total) -> str:
    """ "1 135 (uppgift saknas för 1)", "63 180,46 kr", or "uppgift saknas" when all are unknown."""
    if total.value is None:
        return unknown_text()
    if isinstance(total.value, int):
        # A total is never a year: "1 135", grouped from a thousand up.
        sign = "-" if total.value < 0 else ""
        text = sign + _group_thousands(str(abs(total.value)))
    else:
        text = format_cell(total.value)
    if total.unknown:
        text += " " + Format.tr("(unknown for %n)", "", total.unknown)
    return text


def format_cell(value: CellValue) -> str:
    """The printed text of one table cell or fact, cleaned of control characters."""
    if value is None:
        return ""
    if isinstance(value, Unknown):
        return unknown_text()
    if isinstance(value, Amount):
        return format_amount(value)
    if isinstance(value, Total):
        return format_total_cell(value)
    if isinstance(value, bool):
        # bool is an int to Python; a report shows it as text rather than 1/0.
        return translate("Reports", "yes") if value else translate("Reports", "no")
    if isinstance(value, int):
        return format_integer(value)
    if isinstance(value, date):
        return format_date(value)
    return clean_text(str(value))


def personal_data_sentence(statement: PersonalDataStatement) -> str:
    """What a report says on its title page (or first sheet) about the personal data it holds."""
    if statement.contains_personal_data:
        categories = ", ".join(clean_text(c).strip() for c in statement.categories)
        return fill(translate("Reports", "This report contains personal data: %1."), categories)
    return translate("Reports", "This report contains no personal data.")
