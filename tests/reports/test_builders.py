"""The register and annual report builders, read back from the files they render."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from app.reports import (
    UNKNOWN,
    Amount,
    render_pdf,
    render_xlsx,
)
from app.reports.builders.annual import build_annual_report
from app.reports.builders.register import build_register
from app.reports.document import Total
from app.workspace import Workspace
from tests.reports.builder_support import NBSP, _both, _fact_sheets, _squeezed, _table
from tests.reports.helpers import BELL, BELL_CLEANED, HOSTILE, LONG_NOTE_END, long_note, page_texts
from tests.reports.test_builders_data import (
    CONTACT_EMAIL,
    CONTACT_PHONE,
    ORGANISATION_EMAIL,
    TODAY,
    TRIPS_2014_SEK,
    Material,
    hostile_towns,
)

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
    status = herning["Status"]  # the period is named in its grounds, not in the label
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
    expected = (
        f"The trips cost 53,123.55{NBSP}SEK in all, not counting 2 amounts that are missing "
        "(1 amount unknown, 1 amount in ISK without an exchange rate)."
    )
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


def test_a_year_without_exchanges_or_trips_says_none_in_words(
    material: tuple[Workspace, Material], tmp_path: Path, swedish: None
) -> None:
    """A board reads "inga resor", not "0 resor"."""
    workspace, _ = material
    document = build_annual_report(workspace.database, 1990, today=TODAY)
    text, _cells = _both(document, tmp_path)
    assert (
        "Under 1990 innehåller registret inga utbyten eller andra aktiviteter med vänorterna "
        "och inga resor." in _squeezed(text)
    )
