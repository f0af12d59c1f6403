"""Importing twin towns: problems by row and column, and the register as it is before."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.importing.importer import (
    initial_columns,
    open_table,
)
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import (
    check,
    do_import,
    log_entries,
    problems_by_row,
    snapshot,
    swedish_excel_csv,
)
from tests.importing.twinning_support import (
    HEADINGS,
    NOT_A_DATE,
    SPELLINGS,
    home_town,
    opened_register,
    year_of,
)

# ---------------------------------------------------------------- problems


def test_an_unknown_country_is_a_problem_in_its_row_and_column(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "countries.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Herning;Danmark;1946",
            "Vänersborg;Sverige;Lohja;Finlnd;1947",
        ],
    )
    plan = check(register, path, "twinnings")
    [problem] = plan.problems
    assert (problem.row, problem.column, problem.field) == (3, "Land", "partner_country")
    assert problem.message == (
        "Country of the partner: “Finlnd” is not a country or area this program knows."
    )
    assert problem.text() == f"Row 3, Land: {problem.message}"


def test_a_date_that_does_not_exist_is_a_problem(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(
        tmp_path / "dates.csv",
        [
            "Ort;Land;Vänort;Land;Formell start",
            "Vänersborg;SE;Herning;DK;2023-02-29",
            "Vänersborg;SE;Lohja;FI;2024-02-29",
            "Vänersborg;SE;Lich;DE;29/2/2024",
        ],
    )
    plan = check(register, path, "twinnings")
    assert problems_by_row(plan) == {
        2: [("Formell start", "Formal start: “2023-02-29” is a date that does not exist.")],
        4: [("Formell start", f"Formal start: “29/2/2024” {NOT_A_DATE}")],
    }


def test_required_values_and_values_the_services_refuse(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "values.csv",
        [
            "Ort;Land;Vänort;Land;Kontaktår;Status",
            "Vänersborg;SE;;DK;1946;aktiv",
            "Vänersborg;SE;Lohja;FI;1700;vilande",
            "Vänersborg;SE;Lich;DE;1961;kanske",
            "Vänersborg;SE;Vänersborg;SE;1961;",
        ],
    )
    plan = check(register, path, "twinnings")
    found = problems_by_row(plan)
    assert found[2] == [("Vänort", "Partner town is required.")]
    assert found[3] == [("Kontaktår", "Contact year must be a year between 1800 and 2100.")]
    assert found[4] == [
        (
            "Status",
            "Status: “kanske” is not one of the choices (planned, active, dormant, ended).",
        )
    ]
    assert found[5] == [("Vänort", "A town cannot be twinned with itself.")]


def test_choices_are_read_by_code_and_by_swedish_or_english_label(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "choices.csv",
        [
            "Ort;Land;Vänort;Land;Typ;Status;Samarbetsområden",
            "Vänersborg;SE;Herning;DK;vänort;vilande;Musik, idrott",
            "Vänersborg;SE;Lohja;FI;Friendship town;ended;",
            "Vänersborg;SE;Lich;DE;partner_town;Aktiv;school / youth sports",
        ],
    )
    do_import(register, path, "twinnings")
    got = {(t.kind, t.status, t.areas) for t in register.get_many("twinning")}
    assert got == {
        ("twin_town", "dormant", ("music", "sports")),
        ("friendship_town", "ended", ()),
        ("partner_town", "active", ("school", "youth_sports")),
    }


# ---------------------------------------------------------------- the register as it is


def test_importing_the_same_file_again_creates_nothing_new(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    Workspace.create(path).close()
    source = swedish_excel_csv(tmp_path / "spellings.csv", SPELLINGS)
    with opened_register(path) as workspace:
        first = do_import(workspace, source, "twinnings", merge_all=True)
    assert first.counts["twinning"].created == 3
    before = snapshot(path)
    with opened_register(path) as workspace:
        second = do_import(workspace, source, "twinnings", merge_all=True)
        assert second.counts["twinning"].created == 0
        assert second.counts["twinning"].unchanged == 3
        assert second.counts["town"].created == 0 and second.counts["town"].merged == 0
    after = snapshot(path)
    assert after.records == before.records
    assert after.log_entries == before.log_entries + 1  # the import itself is logged


def test_a_register_value_is_filled_in_but_never_overwritten(
    register: Workspace, tmp_path: Path
) -> None:
    home = home_town(register)
    herning = register.save(r.Town(name="Herning", country="DK"))
    twinning = register.save(r.Twinning(town_a_id=home.id, town_b_id=herning.id))
    path = swedish_excel_csv(tmp_path / "years.csv", [HEADINGS, "Herning;DK;Vänersborg;SE;1946"])
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].updated == 1
    assert summary.counts["twinning"].created == 0
    updated = register.get("twinning", twinning.id)
    assert updated.contact_year == year_of(1946)
    assert updated.version == twinning.version + 1

    other = swedish_excel_csv(tmp_path / "other.csv", [HEADINGS, "Vänersborg;SE;Herning;DK;1949"])
    plan = check(register, other, "twinnings")
    assert problems_by_row(plan) == {
        2: [
            (
                "Kontaktår",
                "This twinning is already in the register with contact year 1946, not 1949.",
            )
        ]
    }


def test_the_import_is_one_change_log_entry(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(tmp_path / "vanorter.csv", SPELLINGS)
    before = log_entries(register)
    do_import(register, path, "twinnings")
    new = log_entries(register)[len(before) :]
    assert len(new) == 1
    action, kind, record_id, summary, changes = new[0]
    assert (action, kind, record_id) == ("import", "twinning", None)
    assert summary == (
        "Import of vanorter.csv (3 rows): Twinnings: 3 created; Twin towns: 5 created"
    )
    assert changes["file"] == [None, "vanorter.csv"]


def test_the_column_choice_is_remembered_for_the_same_headings(
    register: Workspace, tmp_path: Path
) -> None:
    lines = ["Namn A;Nation A;Namn B;Nation B;Sedan", "Vänersborg;SE;Herning;DK;1946"]
    first = swedish_excel_csv(tmp_path / "first.csv", lines)
    columns = "town=Namn A,town_country=Nation A,partner=Namn B,partner_country=#4,year=E"
    do_import(register, first, "twinnings", columns=columns)
    second = swedish_excel_csv(
        tmp_path / "second.csv", ["namn a;NATION A;Namn  B;Nation B;sedan", "Lohja;FI;Lich;DE;1961"]
    )
    choice = initial_columns(register.database, open_table(second), "twinnings")
    assert choice.remembered
    assert choice.columns == {
        "town": 0,
        "town_country": 1,
        "partner": 2,
        "partner_country": 3,
        "year": 4,
    }
    # Different headings: suggested, not remembered.
    third = swedish_excel_csv(tmp_path / "third.csv", ["Ort;Vänort", "Lohja;Lich"])
    assert not initial_columns(register.database, open_table(third), "twinnings").remembered


def test_records_are_plain_after_import(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(tmp_path / "one.csv", [HEADINGS, "Vänersborg;SE;Herning;DK;1946"])
    do_import(register, path, "twinnings")
    [twinning] = register.get_many("twinning")
    # What a form would load: every field of the record type, defaults where the file was silent.
    assert dataclasses.replace(twinning, id=None, version=0, town_a_id=None, town_b_id=None) == (
        r.Twinning(contact_year=year_of(1946))
    )
    assert twinning.town_a_id < twinning.town_b_id
