"""The document model refuses malformed tables; values read the Swedish way."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from app.reports.cell_text import fill, format_amount, format_cell, format_integer
from app.reports.document import (
    UNKNOWN,
    Amount,
    Letterhead,
    Paragraph,
    PersonalDataStatement,
    ReportDocument,
    Section,
    Table,
    iter_blocks,
)

NB = "\u00a0"


def test_amounts_in_kronor_and_other_currencies(swedish: None) -> None:
    """In Swedish SEK reads "kr", others their code; thousands apart by a no-break space."""
    assert format_amount(Amount(Decimal(10000))) == f"10{NB}000{NB}kr"
    assert format_amount(Amount(Decimal(16800), "DKK")) == f"16{NB}800{NB}DKK"
    assert format_amount(Amount(Decimal("1234567.5"))) == f"1{NB}234{NB}567,50{NB}kr"
    assert format_amount(Amount(Decimal(-350), "eur")) == f"-350{NB}EUR"
    assert format_amount(Amount(35000, "DKK")) == f"35{NB}000{NB}DKK"


def test_amounts_in_english() -> None:
    """In English SEK keeps its code too; thousands apart by a comma, a decimal point."""
    assert format_amount(Amount(Decimal(10000))) == f"10,000{NB}SEK"
    assert format_amount(Amount(Decimal(16800), "DKK")) == f"16,800{NB}DKK"
    assert format_amount(Amount(Decimal("1234567.5"))) == f"1,234,567.50{NB}SEK"
    assert format_amount(Amount(Decimal(-350), "eur")) == f"-350{NB}EUR"


def test_integers_group_only_from_ten_thousand(swedish: None) -> None:
    """Years and member counts stay "1946" and "1135"; 20 000 twinnings are grouped."""
    assert format_integer(1946) == "1946"
    assert format_integer(1135) == "1135"
    assert format_integer(20000) == f"20{NB}000"
    assert format_integer(-1234567) == f"-1{NB}234{NB}567"


def test_cells_of_every_type() -> None:
    """Dates ISO, unknown in words, empty as nothing, text cleaned."""
    assert format_cell(date(2026, 11, 22)) == "2026-11-22"
    assert format_cell(datetime(2026, 11, 22, 9, 5)) == "2026-11-22 09:05"
    assert format_cell(UNKNOWN) == "unknown"
    assert format_cell(None) == ""
    assert format_cell("Ring\x07klocka") == "Ringklocka"


def test_unknown_reads_uppgift_saknas_in_swedish(report_swedish: None) -> None:
    """The unknown marker goes through the translation."""
    assert format_cell(UNKNOWN) == "uppgift saknas"


def test_fill_replaces_numbered_places_once() -> None:
    """A value that itself holds "%2" is not filled again."""
    assert fill("Sida %1 av %2", "%2", "7") == "Sida %2 av 7"


def test_amount_takes_no_float() -> None:
    """Money as a float would round wrong; the model refuses it."""
    with pytest.raises(TypeError):
        Amount(10.5)  # type: ignore[arg-type]


def test_table_rows_must_match_the_columns() -> None:
    """A row or total of the wrong length is refused when the table is made."""
    with pytest.raises(ValueError, match="row 2"):
        Table(columns=("Ort", "År"), rows=[["Nuuk", 1962], ["Eiði"]])
    with pytest.raises(ValueError, match="total"):
        Table(columns=("Ort", "År"), rows=[["Nuuk", 1962]], total=["Summa"])
    with pytest.raises(ValueError):
        Table(columns=(), rows=[])


def test_personal_data_statement() -> None:
    """No categories means the report holds no personal data."""
    assert not PersonalDataStatement().contains_personal_data
    assert PersonalDataStatement(("names",)).contains_personal_data


def test_blocks_are_walked_in_reading_order() -> None:
    """Nested sections are entered where they stand."""
    inner = Paragraph("inner")
    section = Section("B", [inner])
    first = Paragraph("first")
    last = Paragraph("last")
    document = ReportDocument(
        title="T", letterhead=Letterhead("K"), date=date(2026, 1, 1), body=[first, section, last]
    )
    assert iter_blocks(document.body) == [first, section, inner, last]


def test_a_total_prints_its_sum_and_what_it_lacks() -> None:
    """A Total: "1,135 (unknown for 1)"; nothing known is "unknown", never 0."""
    from app.reports.document import Amount as Money
    from app.reports.document import Total, total_of

    nbsp = "\u00a0"
    assert format_cell(Total(1135, 1)) == "1,135 (unknown for 1)"
    assert format_cell(Total(1135)) == "1,135"  # a total is never a year: grouped
    assert format_cell(Total(Money(Decimal("63180.46")), 2)) == (
        f"63,180.46{nbsp}SEK (unknown for 2)"
    )
    assert format_cell(Total(None, 3)) == "unknown"
    assert total_of([100, None, 230]) == Total(330, 1)
    assert total_of([None, None]) == Total(None, 2)
    assert total_of([0, None]) == Total(0, 1)  # a known 0 is a 0
    assert total_of([]) == Total(0, 0)
    with pytest.raises(ValueError):
        Total(None, 0)  # "nothing known" needs something unknown
    with pytest.raises(ValueError):
        Total(5, -1)
