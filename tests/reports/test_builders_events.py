"""The grants, trip, term, hosting reports and the report catalogue, read back from their files."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.reports import (
    UNKNOWN,
    Amount,
    Paragraph,
)
from app.reports.builders import ReportError, ReportOptions, build_report, default_file_name
from app.reports.builders.grants import build_grants_report
from app.reports.builders.hosting import build_hosting_followup
from app.reports.builders.term import build_term_evaluation
from app.reports.builders.trip import build_trip_report
from app.reports.document import Total, iter_blocks
from app.services.errors import RecordNotFound
from app.services.records import Grant
from app.workspace import Workspace
from tests.reports.builder_support import _both, _fact_sheets, _sheet_rows, _squeezed, _table
from tests.reports.helpers import HOSTILE
from tests.reports.test_builders_data import (
    GRANTS_2013_SEK,
    TODAY,
    Material,
)

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
    rows = _sheet_rows(document, tmp_path / "grants.xlsx", "Totals per payer", min_row=2)
    by_payer = {row[0]: row for row in rows}
    assert by_payer["Herning"][2] == pytest.approx(20490.96)
    assert isinstance(by_payer["Husby"][2], float | int)
    assert by_payer["Kangasala"][2] == "unknown"


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
    rows = _sheet_rows(document, tmp_path / "own.xlsx", "Own grants per year")
    total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
    total, unknowns = rows[total_at], rows[total_at + 1]
    assert total[2] == pytest.approx(15544.50)
    assert unknowns[0] == "Values unknown, not in the total"
    assert unknowns[2] == 1
    assert rows[total_at - 1][2] == "unknown"  # 2015: nothing known, never 0


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
    assert "A report is asked for on 1 grant. It has not been received and is overdue." in summary


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
    assert "Vänersborg hosts again in 2027." in flat  # by name, as the table names it
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


def _hosted_meeting_in(workspace: Workspace, made: Material, year: int) -> Any:
    """A copy of the demo's hosted meeting held in ``year``, without dates."""
    hosted = workspace.get("meeting", made.hosted_meeting)
    return workspace.save(
        dataclasses.replace(
            hosted, id=None, version=0, year=year, start_date=None, end_date=None,
            follow_up_date=None,
        )
    )  # fmt: skip


def test_hosting_member_total_of_only_unknown_counts_reads_unknown_never_zero(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """A meeting in a year without any member count: the total is "unknown", not 0."""
    workspace, made = material
    earlier = _hosted_meeting_in(workspace, made, 1990)
    document = build_hosting_followup(workspace.database, earlier.id, today=TODAY)
    members = _table(document, "Members")
    assert members.rows and all(row[1] is UNKNOWN for row in members.rows)
    assert members.total == ["Total", Total(None, len(members.rows))]
    pdf_text, _cells = _both(document, tmp_path)
    assert "Total unknown" in _squeezed(pdf_text)
    assert "Total 0" not in _squeezed(pdf_text)
    rows = _sheet_rows(document, tmp_path / "hosting.xlsx", "Members")
    total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
    assert rows[total_at][1] == "unknown"
    assert rows[total_at + 1] == ["Values unknown, not in the total", len(members.rows)]


def test_hosting_member_total_is_a_number_in_the_workbook(
    material: tuple[Workspace, Material], tmp_path: Path
) -> None:
    """The 2013 chain (the survey's Figur 1): 1 135 members, Eiði's count unknown."""
    workspace, made = material
    in_2013 = _hosted_meeting_in(workspace, made, 2013)
    document = build_hosting_followup(workspace.database, in_2013.id, today=TODAY)
    assert _table(document, "Members").total == ["Total", Total(1135, 1)]
    rows = _sheet_rows(document, tmp_path / "hosting.xlsx", "Members")
    total_at = next(i for i, row in enumerate(rows) if row[0] == "Total")
    assert rows[total_at][1] == 1135
    assert rows[total_at + 1] == ["Values unknown, not in the total", 1]
