"""How numbers, amounts and dates read in board materials: "10 000 kr" in Swedish and
"10,000 SEK" in English, 2026-11-22 in both, and history dates as precisely as they are
known: "1940-talet", "ca 1949", "våren 2014"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from app.dates import ApproxDate, known_date, written
from app.i18n import Context, current_language, translate

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Format = Context("Format")

# A no-break space keeps "10 000" together when a line wraps.
THOUSANDS = "\u00a0"


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes numbers and amounts."""

    thousands: str  # between groups of three digits
    decimal: str  # before the decimals
    krona: str  # the unit written after an amount in SEK


# A table of two rows rather than Babel: the program speaks two languages and needs
# only these three facts of each, and Babel would ship its locale data (tens of MB) for
# them. Swedish groups with a no-break space and writes a decimal comma ("1 135",
# "10 000,50 kr"); English groups with a comma and writes a decimal point ("1,135",
# "10,000.50 SEK"). Other currencies keep their code in both: "16 800 DKK", "16,800 DKK".
NUMBER_STYLES: dict[str, NumberStyle] = {
    "sv": NumberStyle(thousands=THOUSANDS, decimal=",", krona="kr"),
    "en": NumberStyle(thousands=",", decimal=".", krona="SEK"),
}


def number_style(language: str | None = None) -> NumberStyle:
    """The style of ``language`` (default: the current language)."""
    return NUMBER_STYLES.get(language or current_language(), NUMBER_STYLES["en"])


def group_text(digits: str, language: str | None = None) -> str:
    """A string of digits grouped by thousands in ``language``'s style: "1135" → "1 135"."""
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return number_style(language).thousands.join(reversed(groups))


def group_digits(number: int, language: str | None = None) -> str:
    """``1135`` as "1 135" in Swedish and "1,135" in English (default: current language)."""
    sign = "-" if number < 0 else ""
    return sign + group_text(str(abs(number)), language)


def format_int(number: int | None) -> str:
    """``1135`` as "1 135" ("1,135" in English); None as the unknown marker."""
    if number is None:
        return unknown_text()
    return group_digits(number)


def format_amount(
    amount: Decimal | int | float | None, currency: str = "SEK", *, decimals: bool = False
) -> str:
    """``10000`` SEK as "10 000 kr" ("10,000 SEK" in English); other currencies keep their
    code: "16 800 DKK", "16,800 DKK"."""
    if amount is None:
        return unknown_text()
    style = number_style()
    value = Decimal(str(amount))
    whole = int(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    text = group_digits(whole)
    if decimals:
        cents = abs(value - int(value)).quantize(Decimal("0.01"))
        text = f"{group_digits(int(value))}{style.decimal}{str(cents)[2:]}"
    unit = style.krona if currency == "SEK" else currency
    return f"{text}{THOUSANDS}{unit}"


def format_date(value: date | datetime | None) -> str:
    """ISO 8601: 2026-11-22 (a datetime keeps its minutes: 2026-11-22 14:05)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def format_known(value: ApproxDate | None) -> str:
    """A history date as written: "1985", "i slutet av 1940-talet", "ca 1949"; "" if unknown."""
    return "" if value is None else written(value)


def format_stored(column: date | int | None, stored: str | None) -> str:
    """A history date read straight from its two columns (the earliest day and EDTF text).

    For reports that read rows, not records: ``format_stored(t.start_date,
    t.start_date_edtf)`` prints "1977" where the column holds 1977-01-01.
    """
    return format_known(known_date(column, stored))


def year_or_text(column: int | None, stored: str | None) -> int | str | None:
    """A year column for a table cell: a plain year stays a number (workbooks sum and sort
    it), anything known less precisely or only approximately is its written text."""
    value = known_date(column, stored)
    if value is None:
        return None
    if value.precision == "year" and not value.approximate:
        return value.earliest.year
    return written(value)


def unknown_text() -> str:
    """The word for a value nobody recorded ("okänt")."""
    return translate("Format", "unknown")


def total_with_unknowns(values: list[int | None]) -> tuple[int, int]:
    """The sum of the known values and how many are unknown: never count unknown as 0."""
    known = [v for v in values if v is not None]
    return sum(known), len(values) - len(known)


def format_total(values: list[int | None]) -> str:
    """ "1 135 (uppgift saknas för 1)", "1,135 (unknown for 1)": the sum of what is known, with the unknowns counted.

    When every value is unknown the total is "uppgift saknas" too, never "0".
    """
    total, unknown = total_with_unknowns(values)
    if unknown and unknown == len(values):
        return unknown_text()
    text = group_digits(total)
    if unknown:
        text += " " + Format.tr("(unknown for %n)", "", unknown)
    return text


def minute_item(section: str | None) -> str:
    """The minute item as minutes print it: "§ 94" whether the register holds "94" or "§ 94"."""
    text = (section or "").strip()
    return text if not text or text.startswith("§") else f"§ {text}"
