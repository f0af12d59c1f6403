"""Numbers and money follow the language: "1,135" and "16,800 DKK" in English,
"1 135" and "16 800 DKK" in Swedish; dates are ISO in both."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app import i18n
from app.formatting import format_amount, format_date, format_total, group_digits
from app.reports.cell_text import format_cell
from app.reports.document import Amount, Total

NB = "\u00a0"


def test_english_numbers_and_money() -> None:
    i18n.set_language("en")
    assert group_digits(1135) == "1,135"
    assert group_digits(-1234567) == "-1,234,567"
    assert format_amount(16800, "DKK") == f"16,800{NB}DKK"
    assert format_amount(10000) == f"10,000{NB}SEK"
    assert format_amount(Decimal("1234.5"), decimals=True) == f"1,234.50{NB}SEK"
    assert format_total([1000, 135, None]) == "1,135 (unknown for 1)"
    assert format_cell(Total(Amount(Decimal("16800"), "DKK"))) == f"16,800{NB}DKK"
    assert format_date(date(2026, 11, 22)) == "2026-11-22"


def test_swedish_numbers_and_money(swedish: None) -> None:
    assert group_digits(1135) == f"1{NB}135"
    assert format_amount(16800, "DKK") == f"16{NB}800{NB}DKK"
    assert format_amount(10000) == f"10{NB}000{NB}kr"
    assert format_amount(Decimal("1234.5"), decimals=True) == f"1{NB}234,50{NB}kr"
    assert format_total([1000, 135, None]) == f"1{NB}135 (uppgift saknas för 1)"
    assert format_cell(Amount(Decimal("63180.46"))) == f"63{NB}180,46{NB}kr"
    assert format_date(date(2026, 11, 22)) == "2026-11-22"


def test_a_language_can_be_asked_for_explicitly() -> None:
    """The form editors keep the one style their parser reads, whatever the language."""
    i18n.set_language("en")
    assert group_digits(1135, "sv") == f"1{NB}135"
