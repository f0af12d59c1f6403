"""A register of 30 000 rows renders in both formats (the national association's size)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.reports import (
    Amount,
    CellValue,
    Letterhead,
    ReportDocument,
    Section,
    Table,
    render_pdf,
    render_xlsx,
)

ROWS = 30_000
NAMES = ["Siglufjörður", "Eiði", "Põltsamaa", "Łódź", "Nuuk", "Århus", "江差町", "Vänersborg"]


def _register() -> ReportDocument:
    rows: list[list[CellValue]] = [
        [
            f"{NAMES[n % len(NAMES)]} {n}",
            ["Sverige", "Danmark", "Norge", "Island", "Japan"][n % 5],
            1946 + n % 70,
            date(2020, 1, 1 + n % 28),
            Amount(Decimal(n)),
            "Skolutbyte och kultur sedan länge, med besök varje år" if n % 9 == 0 else "",
        ]
        for n in range(ROWS)
    ]
    table = Table(
        columns=("Vänort", "Land", "Kontaktår", "Senaste möte", "Bidrag", "Anteckning"),
        rows=rows,
        total=["Totalt", None, None, None, Amount(Decimal(sum(range(ROWS)))), None],
        caption="Alla vänortsförbindelser",
    )
    return ReportDocument(
        title="Vänortsregister",
        letterhead=Letterhead("Föreningen Norden"),
        date=date(2026, 11, 22),
        body=[Section("Register", [table])],
    )


@pytest.mark.slow
def test_30000_rows_render_to_pdf(tmp_path: Path) -> None:
    """Hundreds of pages, the header on each, the last row and the total on the last page."""
    target = tmp_path / "register.pdf"
    render_pdf(_register(), target)
    reader = PdfReader(str(target))
    assert len(reader.pages) > 500
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"{NAMES[(ROWS - 1) % len(NAMES)]} {ROWS - 1}" in last
    assert "Totalt 449,985,000 SEK" in last  # the numbers in the English of the test run
    middle = " ".join(reader.pages[len(reader.pages) // 2].extract_text().split())
    assert "Vänort Land Kontaktår Senaste möte Bidrag Anteckning" in middle


@pytest.mark.slow
def test_30000_rows_render_to_excel(tmp_path: Path) -> None:
    """Every row is there, typed, with the total after them."""
    target = tmp_path / "register.xlsx"
    render_xlsx(_register(), target)
    workbook = openpyxl.load_workbook(target, read_only=True)
    sheet = workbook["Alla vänortsförbindelser"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == ROWS + 2
    assert rows[1][:3] == ("Siglufjörður 0", "Sverige", 1946)
    assert rows[ROWS][0] == f"{NAMES[(ROWS - 1) % len(NAMES)]} {ROWS - 1}"
    assert rows[ROWS][4] == ROWS - 1
    assert rows[-1][0] == "Totalt" and rows[-1][4] == sum(range(ROWS))
    workbook.close()
