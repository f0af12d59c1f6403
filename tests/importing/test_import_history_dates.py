"""Twinnings imported with history dates as the sheet writes them, printed back as written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.__main__ import main
from app.dates import ApproxDate
from app.services.listing import ListQuery
from app.workspace import Workspace
from tests.importing.import_support import check, problems_by_row, swedish_excel_csv
from tests.reports.helpers import page_texts

ROWS = [
    "Ort;Land;Vänort;Land;Kontaktår;Formell start;Slutdatum",
    "Exempelby;SE;Herning;DK;1940-talet;i slutet av 1940-talet;",
    "Exempelby;SE;Holmestrand;NO;ca 1949;1950;",
    "Exempelby;SE;Kangasala;FI;1985;1985-05-12;",
    "Exempelby;SE;Utajärvi;FI;;1948;1976",
]


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "x.sqlite3"
    Workspace.create(path, municipality="Exempelby").close()
    return path


def _import(register: Path, sheet: Path) -> None:
    status = main(["--language", "sv", "import", "--database", str(register),
                   "--kind", "twinnings", str(sheet)])  # fmt: skip
    assert status == 0


def _by_partner(register: Path) -> dict[str, object]:
    workspace = Workspace.open(register)
    try:
        names = {t.id: t.name for t in workspace.get_many("town")}
        return {
            names[t.town_b_id] if names[t.town_a_id] == "Exempelby" else names[t.town_a_id]: t
            for t in workspace.get_many("twinning")
        }
    finally:
        workspace.close()


def test_contact_years_as_written_are_imported_with_their_precision(
    register: Path, tmp_path: Path
) -> None:
    _import(register, swedish_excel_csv(tmp_path / "vanorter.csv", ROWS))
    pairs = _by_partner(register)
    assert pairs["Herning"].contact_year == ApproxDate.of_decade(1940)  # type: ignore[attr-defined]
    assert pairs["Herning"].start_date == ApproxDate.of_decade(1940, "late")  # type: ignore[attr-defined]
    assert pairs["Holmestrand"].contact_year == ApproxDate.of_year(1949, approximate=True)  # type: ignore[attr-defined]
    assert pairs["Kangasala"].contact_year == ApproxDate.of_year(1985)  # type: ignore[attr-defined]
    assert pairs["Kangasala"].start_date == ApproxDate.of_day(date(1985, 5, 12))  # type: ignore[attr-defined]
    assert pairs["Utajärvi"].end_date == ApproxDate.of_year(1976)  # type: ignore[attr-defined]


def test_the_register_pdf_prints_the_dates_as_written(register: Path, tmp_path: Path) -> None:
    _import(register, swedish_excel_csv(tmp_path / "vanorter.csv", ROWS))
    out = tmp_path / "register.pdf"
    assert main(["--language", "sv", "export", "--database", str(register),
                 "--report", "register", "--out", str(out)]) == 0  # fmt: skip
    text = " ".join(page_texts(out))
    assert "Herning Danmark kommun 1940-talet" in text
    assert "Holmestrand Norge kommun ca 1949" in text
    assert "Kangasala Finland kommun 1985" in text
    assert "Formell start i slutet av 1940-talet" in text
    assert "Formell start 1950" in text
    assert "Formell start 1985-05-12" in text
    # Only a year is known: no invented day anywhere.
    for invented in ("1940-01-01", "1947-01-01", "1950-01-01", "1948-01-01", "1976-01-01"):
        assert invented not in text


def test_the_register_workbook_keeps_plain_years_as_numbers(register: Path, tmp_path: Path) -> None:
    _import(register, swedish_excel_csv(tmp_path / "vanorter.csv", ROWS))
    out = tmp_path / "register.xlsx"
    assert main(["--language", "sv", "export", "--database", str(register),
                 "--report", "register", "--out", str(out)]) == 0  # fmt: skip
    book = openpyxl.load_workbook(out)
    cells = [cell.value for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert 1985 in cells  # a year a workbook can sort and sum
    assert "1940-talet" in cells and "ca 1949" in cells


def test_a_history_date_that_cannot_be_read_is_a_problem_of_its_row(
    register: Path, tmp_path: Path
) -> None:
    sheet = swedish_excel_csv(
        tmp_path / "fel.csv",
        [ROWS[0], "Exempelby;SE;Herning;DK;40-talet;;", "Exempelby;SE;Lohja;FI;1949;;"],
    )
    workspace = Workspace.open(register)
    try:
        plan = check(workspace, sheet, "twinnings")
    finally:
        workspace.close()
    problems = problems_by_row(plan)
    assert list(problems) == [2]
    [(column, message)] = problems[2]
    assert column == "Kontaktår"
    assert message.startswith("Contact year: “40-talet” is not a date this program can read")


def test_decisions_known_only_by_year_keep_their_order_and_precision(
    register: Path, tmp_path: Path
) -> None:
    sheet = swedish_excel_csv(
        tmp_path / "beslut.csv",
        [
            "Ärende;Organ;Datum;Paragraf",
            "Vänort med Herning;KF;1946;§ 12",
            "Partnerstad Lich;KF;våren 2010;§ 31",
            "Vänortspolicy;KF;2008-06-18;§ 94",
        ],
    )
    status = main(["--language", "sv", "import", "--database", str(register),
                   "--kind", "decisions", str(sheet)])  # fmt: skip
    assert status == 0
    workspace = Workspace.open(register)
    try:
        decided = {d.title: d.decided_on for d in workspace.get_many("decision")}
        listed = [d.title for d in workspace.page("decision", ListQuery(sort="decided_on")).records]
    finally:
        workspace.close()
    assert decided == {
        "Vänort med Herning": ApproxDate.of_year(1946),
        "Partnerstad Lich": ApproxDate.of_season(2010, "spring"),
        "Vänortspolicy": ApproxDate.of_day(date(2008, 6, 18)),
    }
    # Sorted in SQL by the first day each date can mean.
    assert listed == ["Vänort med Herning", "Vänortspolicy", "Partnerstad Lich"]
