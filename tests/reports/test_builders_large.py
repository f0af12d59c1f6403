"""A national association's register: 30 000 towns through the register report, both formats.

The towns and twinnings are written with SQLAlchemy Core in one transaction
(saving 30 000 records through the services would take minutes); the report
reads them as the program does. Above 500 twin towns the register keeps its
overview of every town and makes fact sheets for the home town's twins only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from app.places.folding import swedish_sort_key
from app.reports import FactSheet, Table, render_pdf, render_xlsx
from app.reports.builders.register import FULL_REGISTER_UP_TO, build_register
from app.reports.document import iter_blocks
from app.workspace import Workspace
from db import models as m

TOWNS = 30_000
HOME_TWINS = 9  # towns 2..10 are twinned with the home town, town 1
NAMES = ["Siglufjörður", "Eiði", "Põltsamaa", "Łódź", "Nuuk", "Århus", "江差町", "Lohja"]
COUNTRIES = ["IS", "FO", "EE", "PL", "GL", "DK", "JP", "FI"]


def _name(number: int) -> str:
    return "Vänersborg" if number == 1 else f"{NAMES[number % len(NAMES)]} {number}"


@pytest.fixture(scope="module")
def large_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("large")
    path = folder / "association.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        workspace = Workspace.create(path, municipality="Föreningen Norden")
        try:
            towns = [
                {
                    "id": number,
                    "name": _name(number),
                    "country": "SE" if number == 1 else COUNTRIES[number % len(COUNTRIES)],
                    "kind": "municipality",
                    "population": None if number % 7 == 0 else 1000 + number,
                    "is_home": number == 1,
                }
                for number in range(1, TOWNS + 1)
            ]
            # The home town's nine twins, then every other town paired with its neighbour.
            pairs = [(1, number) for number in range(2, HOME_TWINS + 2)]
            pairs += [(number, number + 1) for number in range(HOME_TWINS + 2, TOWNS, 2)]
            twinnings = [
                {
                    "town_a_id": a,
                    "town_b_id": b,
                    "contact_year": 1946 + (a % 70),
                    "status": "active",
                }
                for a, b in pairs
            ]
            with workspace.database.transaction() as session:
                session.execute(insert(m.Town.__table__), towns)
                session.execute(insert(m.Twinning.__table__), twinnings)
        finally:
            workspace.close()
    return path


def _expected_order() -> list[str]:
    return sorted((_name(n) for n in range(2, TOWNS + 1)), key=swedish_sort_key)


@pytest.mark.slow
def test_30000_towns_to_excel(large_register: Path, tmp_path: Path) -> None:
    """Every twin town is a row of the overview, in Swedish order; fact sheets for nine."""
    workspace = Workspace.open(large_register)
    try:
        document = build_register(workspace.database, today=date(2026, 11, 22))
    finally:
        workspace.close()
    tables = [b for b in iter_blocks(document.body) if isinstance(b, Table)]
    sheets = [b for b in iter_blocks(document.body) if isinstance(b, FactSheet)]
    assert TOWNS - 1 > FULL_REGISTER_UP_TO
    assert len(tables) == 1 and len(tables[0].rows) == TOWNS - 1
    assert sorted(sheet.title for sheet in sheets) == sorted(_name(n) for n in range(2, 11))
    for sheet in sheets:  # the home town's twins keep their derived status and its grounds
        facts = dict(sheet.facts)
        assert "No contact is recorded at any level in the last four years." in str(facts["Status"])
    target = tmp_path / "register.xlsx"
    render_xlsx(document, target)
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        rows = list(workbook["Twin towns"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert rows[0][0] == "Twin town"
    assert [row[0] for row in rows[1:]] == _expected_order()
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["江差町 30"][1:3] == ("Japan", "municipality")
    assert by_name["Łódź 11"][3] == 1011  # population, a number
    assert by_name["Łódź 11"][-1] == 1  # twinnings: with town 12 only


@pytest.mark.slow
def test_30000_towns_to_pdf(large_register: Path, tmp_path: Path) -> None:
    """Hundreds of pages; the last town of the overview and a fact sheet come back intact."""
    workspace = Workspace.open(large_register)
    try:
        document = build_register(workspace.database, today=date(2026, 11, 22))
    finally:
        workspace.close()
    target = tmp_path / "register.pdf"
    render_pdf(document, target)
    reader = PdfReader(str(target))
    assert len(reader.pages) > 500
    order = _expected_order()
    last_pages = " ".join(" ".join(page.extract_text().split()) for page in reader.pages[-12:])
    assert order[-1] in last_pages  # the overview's last row, just before the fact sheets
    assert "Fact sheets" in last_pages
    assert "with Vänersborg: twin town" in last_pages
    middle = " ".join(reader.pages[len(reader.pages) // 2].extract_text().split())
    assert "Twin town Country or area Kind Population Contact year Twinnings" in middle
