"""The six standard reports built from a register and read back from both formats.

Totals are checked against sums worked out by hand from the fixture's values
(tests/reports/test_builders_data.py), never against the code's own sums.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.reports import (
    UNKNOWN,
    Amount,
    FactSheet,
    Paragraph,
    ReportDocument,
    Table,
    render_pdf,
    render_xlsx,
)
from app.reports.builders import ReportError, ReportOptions, build_report, default_file_name
from app.reports.builders.annual import build_annual_report
from app.reports.builders.grants import build_grants_report
from app.reports.builders.hosting import build_hosting_followup
from app.reports.builders.register import build_register
from app.reports.builders.term import build_term_evaluation
from app.reports.builders.trip import build_trip_report
from app.reports.document import Total, iter_blocks
from app.services.errors import RecordNotFound
from app.services.records import Grant
from app.workspace import Workspace
from tests.reports.helpers import BELL, BELL_CLEANED, HOSTILE, LONG_NOTE_END, long_note, page_texts
from tests.reports.test_builders_data import (
    CONTACT_EMAIL,
    CONTACT_PHONE,
    GRANTS_2013_SEK,
    ORGANISATION_EMAIL,
    TODAY,
    TRIPS_2014_SEK,
    Material,
    board_material,
    demo_database,
    hostile_towns,
)

NBSP = "\u00a0"


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Material]:
    """The demo, and the demo with a year of board material, made once for the module."""
    folder = tmp_path_factory.mktemp("registers")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        demo = demo_database(folder)
        material_path = folder / "material.sqlite3"
        shutil.copy(demo, material_path)
        workspace = Workspace.open(material_path)
        try:
            material = board_material(workspace)
        finally:
            workspace.close()
    return demo, material_path, material


def _open_copy(source: Path, folder: Path) -> Workspace:
    copy = folder / source.name
    shutil.copy(source, copy)
    return Workspace.open(copy)


@pytest.fixture
def demo(templates: tuple[Path, Path, Material], tmp_path: Path) -> Iterator[Workspace]:
    workspace = _open_copy(templates[0], tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def material(
    templates: tuple[Path, Path, Material], tmp_path: Path
) -> Iterator[tuple[Workspace, Material]]:
    workspace = _open_copy(templates[1], tmp_path)
    yield workspace, templates[2]
    workspace.close()


# ---------------------------------------------------------------- reading back


def _both(document: ReportDocument, folder: Path) -> tuple[str, list[str]]:
    """The PDF's text (pages joined) and every text cell of the workbook."""
    pdf, xlsx = folder / "report.pdf", folder / "report.xlsx"
    render_pdf(document, pdf)
    render_xlsx(document, xlsx)
    return " ".join(page_texts(pdf)), _cells(xlsx)


def _cells(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    try:
        return [
            cell.value
            for sheet in workbook.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, str)
        ]
    finally:
        workbook.close()


def _squeezed(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def _table(document: ReportDocument, sheet_name: str) -> Table:
    found = [b for b in iter_blocks(document.body) if isinstance(b, Table)]
    matches = [t for t in found if t.sheet_name == sheet_name]
    assert len(matches) == 1, [t.sheet_name for t in found]
    return matches[0]


def _fact_sheets(document: ReportDocument) -> list[FactSheet]:
    return [b for b in iter_blocks(document.body) if isinstance(b, FactSheet)]


# ---------------------------------------------------------------- register


def test_every_demo_town_comes_back_from_both_formats(demo: Workspace, tmp_path: Path) -> None:
    """Each town of the demo, home town included, is in the PDF's text and the workbook's cells."""
    names = sorted(demo.labels("town").values())
    assert len(names) == 12 and "Siglufjörður" in names and "Eiði" in names
    text, cells = _both(build_register(demo.database, today=TODAY), tmp_path)
    for name in names:
        assert name in text, name
        if name == "Vänersborg":
            # The home town is no row of its own: its fact sheets name it as the partner.
            assert "with Vänersborg: twin town" in cells
        else:
            assert name in cells, name  # a cell of its own, exactly the name


def test_register_overview_lists_the_twin_towns_in_swedish_order(demo: Workspace) -> None:
    """Eleven twin towns (not the home town), Å after Z; Utajärvi with its ended twinning."""
    document = build_register(demo.database, today=TODAY)
    table = _table(document, "Twin towns")
    names = [row[0] for row in table.rows]
    assert names == [
        "15 landkommuner",
        "Arsuk",
        "Eiði",
        "Herning",
        "Holmestrand",
        "Husby",
        "Kangasala",
        "Lich",
        "Omaruru",
        "Siglufjörður",
        "Utajärvi",
    ]
    by_name = {row[0]: row for row in table.rows}
    assert by_name["Herning"][1] == "Denmark"
    assert by_name["Husby"][1] == "Germany, Sydslesvig"
    assert by_name["Herning"][table.columns.index("Contact year")] == 1946
    assert by_name["Utajärvi"][-1] == "ended"
    assert by_name["Arsuk"][-1] == "dormant"  # the coordinator's judgement, with its reason


def test_register_fact_sheet_holds_status_evidence_networks_and_organisations(
    demo: Workspace,
) -> None:
    sheets = {
        sheet.title: dict(sheet.facts)
        for sheet in _fact_sheets(build_register(demo.database, today=TODAY))
    }
    assert len(sheets) == 11
    herning = sheets["Herning"]
    assert herning["Country or area"] == "Denmark"
    assert herning["Twinning"] == "with Vänersborg: twin town"
    assert herning["Contact year"] == 1946
    status = next(value for key, value in herning.items() if key.startswith("Status 2022-11-23"))
    # Per level, her judgement first: the municipal level is the one she judged.
    assert isinstance(status, str) and status.startswith("Municipal level: dormant")
    assert "Civil level: " in status
    assert "Kartläggningen 2014" in status  # the reason for the judgement
    assert "Den nordiska vänortskedjan (member since 1946)" in herning["Networks"]
    assert "Foreningen Norden Herning (local branch)" in herning["Organisations"]
    holmestrand = sheets["Holmestrand"]
    assert "2014-05-17 Vargöns musikkår vid Holmestrands nationaldagsfirande 2014" in str(
        holmestrand["Recent activities"]
    )
    assert "Avtal om vänortsarbetet" in str(holmestrand["Agreements"])


def test_register_without_people_says_it_holds_no_personal_data(
    demo: Workspace, tmp_path: Path
) -> None:
    document = build_register(demo.database, today=TODAY)
    assert not document.personal_data.contains_personal_data
    text, cells = _both(document, tmp_path)
    assert "This report contains no personal data." in text
    assert "This report contains no personal data." in cells


def test_contact_details_are_left_out_unless_asked_for(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """Names and roles are there and declared; e-mail and phone only with include_contacts."""
    workspace, _ = material
    document = build_register(workspace.database, today=TODAY)
    text, cells = _both(document, tmp_path)
    joined = " ".join(cells)
    assert "Kirsten Lund" in text and "Kirsten Lund" in joined
    for detail in (CONTACT_EMAIL, CONTACT_PHONE, ORGANISATION_EMAIL):
        assert detail not in _squeezed(text) and detail not in joined
    assert "names and roles of contact persons" in text
    assert "e-mail" not in document.personal_data.categories[0]
    assert "E-mail addresses and phone numbers are left out of this report" in _squeezed(text)

    with_contacts = build_register(workspace.database, today=TODAY, include_contacts=True)
    folder = tmp_path / "with"
    folder.mkdir()
    text, cells = _both(with_contacts, folder)
    joined = " ".join(cells)
    for detail in (CONTACT_EMAIL, CONTACT_PHONE, ORGANISATION_EMAIL):
        assert detail in _squeezed(text) and detail in joined
    assert "e-mail addresses and phone numbers" in _squeezed(text)


def test_hostile_names_and_notes_come_back_as_plain_text(demo: Workspace, tmp_path: Path) -> None:
    """Formulas, tags, ampersands, error literals and CJK stay exactly as typed; BEL is dropped."""
    hostile_towns(demo)
    document = build_register(demo.database, today=TODAY)
    pdf, xlsx = tmp_path / "hostile.pdf", tmp_path / "hostile.xlsx"
    render_pdf(document, pdf)
    render_xlsx(document, xlsx)
    text = " ".join(page_texts(pdf))
    for hostile in HOSTILE:
        assert hostile in text, hostile
        assert f"Anteckning: {hostile} slut" in text, hostile
    assert BELL_CLEANED in text and BELL not in text
    assert "&amp;" not in text and "&lt;" not in text
    workbook = openpyxl.load_workbook(xlsx)
    try:
        overview = workbook["Twin towns"]
        names = {row[0].value: row[0] for row in overview.iter_rows(min_row=2)}
        for hostile in HOSTILE:
            cell = names[hostile]
            assert cell.data_type == "s", hostile  # never a formula, never an error value
        assert BELL_CLEANED in names and BELL not in names
        facts = workbook["Fact sheets"]
        notes = {
            row[0].value: row[2].value
            for row in facts.iter_rows(min_row=2)
            if row[1].value == "Notes"
        }
        for hostile in HOSTILE:
            assert notes[hostile] == f"Anteckning: {hostile} slut"
        assert notes[BELL_CLEANED] == f"Anteckning: {BELL_CLEANED} slut"
    finally:
        workbook.close()


def test_a_40000_character_note_comes_back_whole(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """Excel holds at most 32 767 characters a cell: the note continues in a second fact."""
    workspace, _ = material
    document = build_register(workspace.database, today=TODAY)
    pdf, xlsx = tmp_path / "long.pdf", tmp_path / "long.xlsx"
    render_pdf(document, pdf)
    render_xlsx(document, xlsx)
    workbook = openpyxl.load_workbook(xlsx)
    try:
        pieces = [
            row[2].value
            for row in workbook["Fact sheets"].iter_rows(min_row=2)
            if row[0].value == "Långa anteckningars by" and str(row[1].value).startswith("Notes")
        ]
    finally:
        workbook.close()
    assert len(pieces) == 2
    assert _squeezed(" ".join(pieces)) == _squeezed(long_note())
    texts = page_texts(pdf)
    assert any(LONG_NOTE_END in page for page in texts)
    sentence = "Vänortsmötet i Eiði samlade deltagare från hela kedjan och alla var nöjda."
    written = long_note().count(sentence)
    printed = sum(_squeezed(page).count(sentence) for page in texts)
    # A sentence cut by a page break is printed in two halves; all others whole.
    assert written - len(texts) <= printed <= written


def test_register_asks_the_registry_number_and_states_its_source(demo: Workspace) -> None:
    document = build_register(demo.database, today=TODAY, registry_no="KS 2026/12")
    assert document.registry_no == "KS 2026/12"
    assert document.letterhead.municipality == "Vänersborgs kommun"
    assert document.letterhead.lines == ("Kommunstyrelsens förvaltning · Internationellt arbete",)
    assert document.source is not None and document.source.database == "demo.sqlite3"
    assert document.date == TODAY


# ---------------------------------------------------------------- annual report


def test_annual_total_is_the_hand_sum_with_the_missing_amounts_said(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    workspace, _ = material
    document = build_annual_report(workspace.database, 2014, today=TODAY)
    trips = _table(document, "Trips")
    titles = [row[1] for row in trips.rows]
    assert "Resa året innan" not in titles and len(titles) == 7
    # 53 123,55 kr: written out by hand from TRIPS_2014_SEK (in English: 53,123.55 SEK).
    assert Decimal("53123.55") == TRIPS_2014_SEK
    expected = f"53,123.55{NBSP}SEK + 2 amounts missing"
    assert trips.total is not None
    assert trips.total[-1] == Total(Amount(Decimal("53123.55")), 2)
    costs = {row[0]: row[1] for row in _table(document, "Costs").rows}
    assert costs["Cost of those trips in SEK"] == Amount(TRIPS_2014_SEK)
    assert costs["Trips whose cost is unknown"] == 1
    assert costs["Trips whose cost has no exchange rate"] == 1
    assert costs["Trips with a cost counted"] == 4
    text, cells = _both(document, tmp_path)
    assert expected.replace(NBSP, " ") in _squeezed(text)
    assert "1 amount unknown, 1 amount in ISK without an exchange rate" in _squeezed(text)
    assert "Total 53,123.55 SEK (unknown for 2)" in _squeezed(text)  # the table's total row
    workbook = openpyxl.load_workbook(tmp_path / "report.xlsx")
    try:
        rows = [[c.value for c in row] for row in workbook["Trips"].iter_rows()]
    finally:
        workbook.close()
    total_at = next(i for i, row in enumerate(rows) if row[1] == "Total")
    assert Decimal(str(rows[total_at][5])) == Decimal("53123.55")  # a number, not text
    assert rows[total_at + 1][1] == "Values unknown, not in the total"
    assert rows[total_at + 1][5] == 2
    assert "Total" in cells


def test_annual_rows_show_each_cost_in_its_currency_and_in_sek(
    material: tuple[Workspace, Material],
) -> None:
    workspace, _ = material
    rows = {
        row[1]: row for row in _table(build_annual_report(workspace.database, 2014), "Trips").rows
    }
    herning = rows["Studiebesök i Herning"]
    assert herning[3] == Amount(Decimal("11500"), "DKK")
    assert herning[5] == Amount(Decimal("14026.55"))  # 11 500 x 1.2197
    assert rows["Vänortsmöte i Kangasala"][4] == "estimated"
    assert rows["Kulturutbyte i Siglufjörður"][5] == "no exchange rate"
    assert rows["Planerad resa till Lich"][5] is UNKNOWN  # no cost entered: not 0 kr
    assert rows["Inställd resa till Arsuk"][3] is None  # the estimate of a cancelled trip
    assert rows["Inställd resa till Arsuk"][4] == "cancelled"


def test_annual_report_lists_the_activities_of_the_year(
    material: tuple[Workspace, Material],
) -> None:
    workspace, _ = material
    document = build_annual_report(workspace.database, 2014)
    activities = _table(document, "Activities")
    assert [row[1] for row in activities.rows] == [
        "Vargöns musikkår vid Holmestrands nationaldagsfirande 2014"
    ]
    other_year = build_annual_report(workspace.database, 2002)
    assert [row[1] for row in _table(other_year, "Activities").rows] == [
        "Vargöns musikkår vid Holmestrands nationaldagsfirande 2002"
    ]


def test_annual_report_in_excel_keeps_amounts_as_numbers(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    workspace, _ = material
    target = tmp_path / "annual.xlsx"
    render_xlsx(build_annual_report(workspace.database, 2014), target)
    workbook = openpyxl.load_workbook(target)
    try:
        sheet = workbook["Trips"]
        header = [cell.value for cell in sheet[1]]
        rows = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
        sek = header.index("Cost in SEK")
        cell = rows["Studiebesök i Herning"][sek]
        assert cell.data_type == "n" and Decimal(str(cell.value)) == Decimal("14026.55")
        costs = {row[0].value: row[1].value for row in workbook["Costs"].iter_rows(min_row=2)}
        assert Decimal(str(costs["Cost of those trips in SEK"])) == Decimal("53123.55")
    finally:
        workbook.close()


# ---------------------------------------------------------------- grants


OWN = "Vänersborgs kommun (own grants)"


def test_the_municipality_s_own_grants_are_kept_apart_from_other_payers(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """Herning's and Husby's grants to their own branches are never added to Vänersborg's."""
    workspace, _ = material
    document = build_grants_report(workspace.database, today=TODAY)
    # By hand: the municipality paid 10 000 kr and 5 000 NOK (x 1.1089 = 5 544.50) in 2013;
    # Herning 16 800 DKK and Husby 35 000 DKK (x 1.2197) and Kangasala an unknown amount in 2014.
    assert Decimal("15544.50") == GRANTS_2013_SEK
    per_payer = {row[0]: row[1:] for row in _table(document, "Totals per payer").rows}
    assert per_payer == {
        OWN: [2, Total(Amount(Decimal("15544.50")), 0), 0, 0],
        "Herning": [1, Total(Amount(Decimal("20490.96")), 0), 0, 0],
        "Husby": [1, Total(Amount(Decimal("42689.50")), 0), 0, 0],
        "Kangasala": [1, Total(None, 1), 1, 0],
    }
    assert next(iter(per_payer)) == OWN  # the municipality first
    own = _table(document, "Own grants per year")
    assert own.rows == [[2013, 2, Total(Amount(Decimal("15544.50")), 0), 0, 0]]
    assert own.total == ["Total", 2, Total(Amount(Decimal("15544.50")), 0), 0, 0]
    text = _squeezed(" ".join(block.text for block in iter_blocks(document.body)
                              if isinstance(block, Paragraph)))  # fmt: skip
    assert "The grants paid by Vänersborgs kommun itself come to 15,544.50 SEK in all." in text
    assert "63,180.46" not in text  # the old sum of other towns' grants


def test_grant_totals_per_payer_and_currency_as_paid(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """Each payer's grants in each currency are summed exactly, without any exchange rate."""
    workspace, _ = material
    document = build_grants_report(workspace.database, today=TODAY)
    per_currency = {
        (row[0], row[1]): row[2:] for row in _table(document, "Totals per currency").rows
    }
    assert per_currency == {
        ("Vänersborgs kommun", "NOK"): [1, Total(Amount(Decimal("5000"), "NOK"), 0), 0],
        ("Vänersborgs kommun", "SEK"): [1, Total(Amount(Decimal("10000")), 0), 0],
        ("Herning", "DKK"): [1, Total(Amount(Decimal("16800"), "DKK"), 0), 0],
        ("Husby", "DKK"): [1, Total(Amount(Decimal("35000"), "DKK"), 0), 0],
        ("Kangasala", "EUR"): [1, Total(None, 1), 1],
    }
    pdf_text, _cells = _both(document, tmp_path)
    flat = _squeezed(pdf_text)
    assert "Kangasala EUR 1 unknown 1" in flat  # every amount unknown: never "0"
    workbook_path = tmp_path / "grants.xlsx"
    render_xlsx(document, workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    try:
        rows = [[c.value for c in row] for row in workbook["Totals per payer"].iter_rows(min_row=2)]
        by_payer = {row[0]: row for row in rows}
        assert by_payer["Herning"][2] == pytest.approx(20490.96)
        assert isinstance(by_payer["Husby"][2], float | int)
        assert by_payer["Kangasala"][2] == "unknown"
    finally:
        workbook.close()


def test_a_workbook_total_is_a_number_with_its_unknowns_in_a_cell_of_their_own(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """A total lacking amounts stays a number; the count of what it lacks stands below it."""
    workspace, _ = material
    branch = _id_of_organisation(workspace, "Föreningen Norden Vänersborg")
    workspace.save(Grant(organisation_id=branch, year=2015, amount=None))
    document = build_grants_report(workspace.database, today=TODAY)
    own = _table(document, "Own grants per year")
    assert own.rows[-1] == [2015, 1, Total(None, 1), 1, 0]
    assert own.total == ["Total", 3, Total(Amount(Decimal("15544.50")), 1), 1, 0]
    pdf_text, _cells = _both(document, tmp_path)
    assert "15,544.50 SEK (unknown for 1)" in _squeezed(pdf_text)
    workbook_path = tmp_path / "own.xlsx"
    render_xlsx(document, workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    try:
        rows = [[c.value for c in row] for row in workbook["Own grants per year"].iter_rows()]
        total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
        total, unknowns = rows[total_at], rows[total_at + 1]
        assert total[2] == pytest.approx(15544.50)
        assert unknowns[0] == "Values unknown, not in the total"
        assert unknowns[2] == 1
        assert rows[total_at - 1][2] == "unknown"  # 2015: nothing known, never 0
    finally:
        workbook.close()


def _id_of_organisation(workspace: Workspace, name: str) -> int:
    return next(o.id for o in workspace.get_many("organisation") if o.name == name)


def test_grants_of_one_year_per_recipient_in_their_currencies(
    material: tuple[Workspace, Material],
) -> None:
    workspace, _ = material
    document = build_grants_report(workspace.database, 2014, today=TODAY)
    grants = _table(document, "Grants")
    rows = {row[1]: row for row in grants.rows}
    assert set(rows) == {
        "Foreningen Norden Herning",
        "Föreningen Norden Husby",
        "Föreningen Norden Kangasala",
    }
    assert rows["Foreningen Norden Herning"][3] == Amount(Decimal("16800"), "DKK")
    assert rows["Foreningen Norden Herning"][4] == Amount(Decimal("20490.96"))
    assert rows["Föreningen Norden Kangasala"][3] is UNKNOWN
    payers = {row[0] for row in _table(document, "Totals per payer").rows}
    assert payers == {"Herning", "Husby", "Kangasala"}  # no grant of the municipality's own


def test_grant_reports_due_and_received(material: tuple[Workspace, Material]) -> None:
    workspace, _ = material
    document = build_grants_report(workspace.database, today=TODAY)
    outstanding = _table(document, "Reports outstanding")
    assert outstanding.rows == [
        ["Foreningen Norden Holmestrand", 2013, date(2014, 3, 31), "overdue"]
    ]
    summary = " ".join(
        block.text for block in iter_blocks(document.body) if isinstance(block, Paragraph)
    )
    assert "Reports asked for: 1. Received: 0. Not yet received: 1, of which 1 overdue" in summary


# ---------------------------------------------------------------- one trip


def test_trip_report_tells_the_board_everything_about_one_trip(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    workspace, made = material
    document = build_trip_report(workspace.database, made.trips["herning"], today=TODAY)
    assert document.registry_no == "KS 2014/101"  # the report-back decision's case
    assert document.personal_data.categories == ("names of the travellers",)
    text, cells = _both(document, tmp_path)
    flat = _squeezed(text)
    for expected in (
        "Studiebesök i Herning",
        "Herning",
        "2014-05-12 – 2014-05-14",
        "Anna Ek, Bo Lind",
        "Lära av Hernings arbete med ungdomsråd.",
        "Ett förslag till ungdomsråd i Vänersborg.",
        "Förslaget lämnas till kommunstyrelsen i oktober.",
        "12,000 DKK",
        "14,636.40 SEK",  # 12 000 x 1.2197
        "11,500 DKK",
        "14,026.55 SEK",  # 11 500 x 1.2197
        "Kommunstyrelsens internationella anslag.",
        "KS 2014/100",
        "KS 2014/101",
        "exceeds 10,000 SEK",
    ):
        assert expected in flat, expected
    assert "Anna Ek, Bo Lind" in cells


def test_trip_report_of_a_missing_trip_is_refused(demo: Workspace) -> None:
    with pytest.raises(RecordNotFound, match="no trip with the number 999"):
        build_trip_report(demo.database, 999)


# ---------------------------------------------------------------- term


def test_term_evaluation_by_start_year_or_id(material: tuple[Workspace, Material]) -> None:
    workspace, made = material
    by_year = build_term_evaluation(workspace.database, 2022, today=TODAY)
    by_id = build_term_evaluation(workspace.database, made.term_2022, today=TODAY)
    rows = _table(by_year, "Evaluation").rows
    assert rows == _table(by_id, "Evaluation").rows
    by_twinning = {row[0]: row for row in rows}
    assert "Vänersborg – Utajärvi" not in by_twinning  # ended in 1976
    herning = by_twinning["Vänersborg – Herning"]
    # Twinning, municipal level, civil level, contacts, suggestion, recommendation, decision.
    assert herning[5] == "keep"
    assert herning[6] == "KS 2026/55"  # no verdict recorded: the decision alone
    # Lich: in force all term (since 2010) with no contact at any level, while Herning had
    # some; the program suggests ending it, and the recommendation stays hers to write.
    lich = by_twinning["Vänersborg – Lich"]
    assert (lich[4], lich[5]) == ("end", "not evaluated")
    assert herning[4] is None
    sheet = {s.title: dict(s.facts) for s in _fact_sheets(by_year)}["Vänersborg – Herning"]
    assert sheet["Benefit"] == "Stor nytta för föreningslivet."
    assert "KS 2026/55" in str(sheet["Decision that followed"])
    with pytest.raises(RecordNotFound):
        build_term_evaluation(workspace.database, 1999)


# ---------------------------------------------------------------- hosting


def test_hosting_follow_up_with_rotation_and_history(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    workspace, made = material
    document = build_hosting_followup(workspace.database, made.hosted_meeting, today=TODAY)
    assert document.personal_data.categories == ("names of the participants",)
    # The rotation by hand: positions Kangasala 1, Husby 2, Herning 3, Siglufjörður 4,
    # Holmestrand 5, Vänersborg 6, Åland 7. The last meeting (2013) was Åland's, the 2014
    # seminar used up its year, so from 2015 Kangasala, ... 2026 Holmestrand, 2027 Vänersborg.
    rotation = _table(document, "Rotation").rows
    assert rotation[0] == [2026, "Holmestrand"]
    assert rotation[1] == [2027, "Vänersborg"]
    history = _table(document, "History").rows
    assert ["1976", "Utajärvi leaves Den nordiska vänortskedjan"] in history
    text, _cells = _both(document, tmp_path)
    flat = _squeezed(text)
    assert "Margareta Holm, Erik Sandberg och 40 gäster från kedjan" in flat
    assert "Mötet samlade 42 deltagare. Nästa möte hålls på Åland." in flat
    assert "The home municipality hosts again in 2027." in flat
    with pytest.raises(RecordNotFound):
        build_hosting_followup(workspace.database, 4242)


# ---------------------------------------------------------------- the catalogue


def test_build_report_by_name_checks_what_each_report_needs(demo: Workspace) -> None:
    with pytest.raises(ReportError, match="no report called 'budget'"):
        build_report(demo.database, "budget", ReportOptions())
    with pytest.raises(ReportError, match="needs a year"):
        build_report(demo.database, "annual", ReportOptions())
    with pytest.raises(ReportError, match="needs a trip"):
        build_report(demo.database, "tripreport", ReportOptions())
    with pytest.raises(ReportError, match="needs a meeting"):
        build_report(demo.database, "hosting", ReportOptions())
    with pytest.raises(ReportError, match="needs a term"):
        build_report(demo.database, "term", ReportOptions())
    grants = build_report(demo.database, "grants", ReportOptions(today=TODAY))
    assert grants.title == "Grants"


def test_default_file_names() -> None:
    assert default_file_name("register", ReportOptions(), ".pdf", TODAY) == (
        "Twin town register 2026-11-22.pdf"
    )
    assert default_file_name("annual", ReportOptions(year=2014), ".xlsx", TODAY) == (
        "Exchanges and trips 2014 2026-11-22.xlsx"
    )
    assert default_file_name("tripreport", ReportOptions(record_id=3), ".pdf", TODAY) == (
        "Trip report-back nr 3 2026-11-22.pdf"
    )


def test_the_quick_sort_key_is_the_swedish_one() -> None:
    """The register's letter-by-letter key agrees with app.places.folding for every name."""
    from app.places.folding import swedish_sort_key
    from app.reports.builders.common import sort_key

    names = [chr(code) for code in range(0x250)]
    names += [f"Ab{chr(code)}cd" for code in range(0x80, 0x250)]
    names += [*HOSTILE, "Straße", "Ærø", "Ørsta", "Über", "e\u0301cole", "Αθήνα", "Київ", "ĲSSEL"]
    for name in names:
        assert sort_key(name) == swedish_sort_key(name), repr(name)
    towns = ["Zürich", "Åbo", "Ängelholm", "Östersund", "Aalborg", "Ærøskøbing", "Łódź", "Lund"]
    assert sorted(towns, key=sort_key) == [
        "Aalborg",
        "Łódź",  # folds to "lodz", before "lund"
        "Lund",
        "Zürich",  # ü sorts as y
        "Åbo",
        "Ängelholm",
        "Ærøskøbing",
        "Östersund",
    ]


# ---------------------------------------------------------------- totals of unknowns


def test_hosting_member_total_of_only_unknown_counts_reads_unknown_never_zero(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """A meeting in a year without any member count: the total is "unknown", not 0."""
    workspace, made = material
    hosted = workspace.get("meeting", made.hosted_meeting)
    earlier = workspace.save(
        dataclasses.replace(
            hosted, id=None, version=0, year=1990, start_date=None, end_date=None,
            follow_up_date=None,
        )
    )  # fmt: skip
    document = build_hosting_followup(workspace.database, earlier.id, today=TODAY)
    members = _table(document, "Members")
    assert members.rows and all(row[1] is UNKNOWN for row in members.rows)
    assert members.total == ["Total", Total(None, len(members.rows))]
    pdf_text, _cells = _both(document, tmp_path)
    assert "Total unknown" in _squeezed(pdf_text)
    assert "Total 0" not in _squeezed(pdf_text)
    workbook_path = tmp_path / "hosting.xlsx"
    render_xlsx(document, workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    try:
        rows = [[c.value for c in row] for row in workbook["Members"].iter_rows()]
        total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
        assert rows[total_at][1] == "unknown"
        assert rows[total_at + 1] == ["Values unknown, not in the total", len(members.rows)]
    finally:
        workbook.close()


def test_hosting_member_total_is_a_number_in_the_workbook(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """The 2013 chain (the survey's Figur 1): 1 135 members, Eiði's count unknown."""
    workspace, made = material
    hosted = workspace.get("meeting", made.hosted_meeting)
    in_2013 = workspace.save(
        dataclasses.replace(
            hosted, id=None, version=0, year=2013, start_date=None, end_date=None,
            follow_up_date=None,
        )
    )  # fmt: skip
    document = build_hosting_followup(workspace.database, in_2013.id, today=TODAY)
    assert _table(document, "Members").total == ["Total", Total(1135, 1)]
    workbook_path = tmp_path / "hosting.xlsx"
    render_xlsx(document, workbook_path)
    workbook = openpyxl.load_workbook(workbook_path)
    try:
        rows = [[c.value for c in row] for row in workbook["Members"].iter_rows()]
        total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
        assert rows[total_at][1] == 1135
        assert rows[total_at + 1] == ["Values unknown, not in the total", 1]
    finally:
        workbook.close()
