"""Importing twin towns from spreadsheets: a real-looking file, pairs and spellings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.importing import importer
from app.importing.importer import (
    initial_columns,
    open_table,
)
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import (
    check,
    do_import,
    parse,
    problems_by_row,
    swedish_excel_csv,
    town_names,
    twinning_pairs,
)
from tests.importing.twinning_support import (
    HEADINGS,
    SPELLINGS,
    day_of,
    home_town,
    year_of,
)

# ---------------------------------------------------------------- reading a real-looking file


def test_a_swedish_excel_csv_of_twin_towns_is_imported(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(
        tmp_path / "vänorter.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Herning;Danmark;1946",
            "Vänersborg;Sverige;Lohja;Suomi;1947",
            "Vänersborg;Sverige;Eiði;Färöarna;1986",
            "Vänersborg;Sverige;Siglufjörður;Island;",
        ],
    )
    table = open_table(path)
    assert table.detected == {"encoding": "cp1252", "delimiter": ";"}
    choice = initial_columns(register.database, table, "twinnings")
    # Both columns are headed "Land": each goes to the town on its left.
    assert choice.columns == {
        "town": 0,
        "town_country": 1,
        "partner": 2,
        "partner_country": 3,
        "year": 4,
    }
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].created == 4
    assert summary.counts["town"].created == 5
    # New towns take the gazetteer's other names (Lojo is Lohja in Swedish).
    assert town_names(register) == {
        "Vänersborg": ("SE", ("Venersburgum", "Venershbori")),
        "Herning": ("DK", ()),
        "Lohja": ("FI", ("Lojo",)),
        "Eiði": ("FO", ("Aji", "Eide", "Ejde")),
        "Siglufjörður": ("IS", ("Hvanneyri", "Siglifjerdir")),
    }
    years = {
        frozenset(pair): twinning.contact_year
        for pair, twinning in zip(
            sorted(twinning_pairs(register), key=sorted),
            sorted(register.get_many("twinning"), key=lambda t: t.id),
            strict=False,
        )
    }
    assert sorted(y for y in years.values() if y) == [year_of(1946), year_of(1947), year_of(1986)]
    assert all(
        t.kind == "twin_town" and t.status == "active" for t in register.get_many("twinning")
    )


def test_a_workbook_with_date_cells_and_numbers_stored_as_floats(
    register: Workspace, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Vänorter"
    sheet.append(["Town", "Country", "Partner", "Partner country", "Year", "Formal start"])
    sheet.append(["Vänersborg", "SE", "Lich", "Germany", 1961.0, datetime(1961, 6, 1)])
    sheet.append(["Vänersborg", "SE", "Omaruru", "NA", 2007, date(2008, 3, 14)])
    path = tmp_path / "vanorter.xlsx"
    book.save(path)
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].created == 2
    starts = {t.contact_year: t.start_date for t in register.get_many("twinning")}
    assert starts == {year_of(1961): day_of(1961, 6, 1), year_of(2007): day_of(2008, 3, 14)}


def test_the_home_town_is_the_town_when_the_file_lists_only_partners(
    register: Workspace, tmp_path: Path
) -> None:
    home_town(register)
    path = swedish_excel_csv(
        tmp_path / "partners.csv",
        ["Vänort;Land;Kontaktår", "Herning;Danmark;1946", "Lohja;Finland;1947"],
    )
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].created == 2
    assert twinning_pairs(register) == {
        frozenset(("Vänersborg", "Herning")),
        frozenset(("Vänersborg", "Lohja")),
    }


def test_without_a_home_town_the_town_column_is_required(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(tmp_path / "partners.csv", ["Vänort;Land", "Herning;Danmark"])
    with pytest.raises(importer.ColumnChoiceError) as refused:
        parse(register, path, "twinnings")
    assert refused.value.message == "Choose the column that holds Town."


# ---------------------------------------------------------------- pairs and spellings


def test_pairs_written_both_ways_are_one_twinning(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(
        tmp_path / "both-ways.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Herning;Danmark;1946",
            "Herning;Danmark;Vänersborg;Sverige;1946",
            "Lohja;Finland;Herning;Danmark;",
            "Herning;Danmark;Lohja;Finland;1950",
        ],
    )
    plan = check(register, path, "twinnings")
    assert plan.problems == []
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].created == 2
    assert summary.counts["twinning"].merged == 2
    assert len(register.get_many("twinning")) == 2
    # The year given only by the second writing of the pair is kept.
    years = {t.contact_year for t in register.get_many("twinning")}
    assert years == {year_of(1946), year_of(1950)}


def test_a_pair_written_both_ways_with_different_years_is_a_problem(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "both-ways.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Herning;Danmark;1946",
            "Herning;Danmark;Vänersborg;Sverige;1964",
        ],
    )
    plan = check(register, path, "twinnings")
    assert problems_by_row(plan) == {
        3: [("Kontaktår", "The same twinning is in row 2 with contact year 1946, not 1964.")]
    }


def test_the_same_row_twice_is_counted_once_and_reported(
    register: Workspace, tmp_path: Path
) -> None:
    """A row repeated cell for cell blocks nothing: one twinning, and the summary says so."""
    path = swedish_excel_csv(
        tmp_path / "twice.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Herning;Danmark;1946",
            "Vänersborg;Sverige;Lohja;Finland;1947",
            "Vänersborg;Sverige;Herning;Danmark;1946",
        ],
    )
    plan = check(register, path, "twinnings")
    assert problems_by_row(plan) == {}
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].created == 2
    assert len(register.get_many("twinning")) == 2
    assert "1 row repeats an earlier row exactly and was counted once (row 4)." in summary.lines()


def test_a_town_under_two_spellings_is_offered_for_merging(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(tmp_path / "spellings.csv", SPELLINGS)
    plan = check(register, path, "twinnings")
    assert plan.problems == []
    offered = {(g.country, g.spellings, g.name, g.existing) for g in plan.groups}
    assert offered == {
        ("SE", ("Vänersborg", "Vänersborgs kommun"), "Vänersborg", None),
        ("DK", ("Herning Kommune", "Herning"), "Herning", None),
    }
    assert all(len(g.rows) >= 2 for g in plan.groups)


def test_an_accepted_merge_makes_one_town_that_keeps_the_other_name(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(tmp_path / "spellings.csv", SPELLINGS)
    plan = check(register, path, "twinnings")
    herning = next(g for g in plan.groups if g.country == "DK")
    summary = do_import(register, path, "twinnings", merge_groups=frozenset({herning.id}))
    towns = town_names(register)
    assert towns["Herning"] == ("DK", ("Herning Kommune",))
    assert "Herning Kommune" not in towns
    # The group not accepted stays two towns.
    assert towns["Vänersborg"] == ("SE", ("Venersburgum", "Venershbori"))
    assert towns["Vänersborgs kommun"] == ("SE", ())
    assert summary.counts["town"].created == 4
    assert summary.counts["town"].merged == 1
    assert summary.groups_merged == 1 and summary.groups_offered == 2
    assert twinning_pairs(register) == {
        frozenset(("Vänersborg", "Herning")),
        frozenset(("Lohja", "Herning")),
        frozenset(("Vänersborgs kommun", "Lohja")),
    }


def test_merging_all_groups(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(tmp_path / "spellings.csv", SPELLINGS)
    do_import(register, path, "twinnings", merge_all=True)
    assert town_names(register) == {
        "Vänersborg": ("SE", ("Vänersborgs kommun", "Venersburgum", "Venershbori")),
        "Herning": ("DK", ("Herning Kommune",)),
        "Lohja": ("FI", ("Lojo",)),
    }
    assert len(register.get_many("twinning")) == 3


def test_a_new_spelling_of_a_register_town_can_join_it(register: Workspace, tmp_path: Path) -> None:
    home = home_town(register)
    lich = register.save(r.Town(name="Lich", country="DE"))
    path = swedish_excel_csv(
        tmp_path / "lich.csv",
        [HEADINGS, "Vanersborg;Sverige;Stadt Lich;Tyskland;1961", "Lich (Hessen);DE;Husby;DK;"],
    )
    plan = check(register, path, "twinnings")
    groups = {g.spellings: g.existing for g in plan.groups}
    assert groups == {
        ("Vanersborg",): (home.id, "Vänersborg"),
        ("Stadt Lich", "Lich (Hessen)"): (lich.id, "Lich"),
    }
    summary = do_import(register, path, "twinnings", merge_all=True)
    assert summary.counts["town"].created == 1  # only Husby
    assert summary.counts["town"].merged == 3
    towns = town_names(register)
    assert towns["Lich"] == ("DE", ("Stadt Lich", "Lich (Hessen)"))
    assert towns["Vänersborg"] == ("SE", ("Vanersborg",))
    lich_after = register.get("town", lich.id)
    assert lich_after.version == lich.version  # other names live in their own table
    # A second import finds every spelling at once: nothing to offer, nothing new.
    again = check(register, path, "twinnings")
    assert again.groups == [] and again.problems == []
    assert again.counts["twinning"].created == 0


def test_towns_with_the_same_key_in_different_countries_are_different_towns(
    register: Workspace, tmp_path: Path
) -> None:
    path = swedish_excel_csv(
        tmp_path / "husby.csv",
        [HEADINGS, "Husby;Sverige;Husby (dansk);Danmark;2001", "Husby;Danmark;Lohja;FI;"],
    )
    plan = check(register, path, "twinnings")
    assert [g.spellings for g in plan.groups] == [("Husby (dansk)", "Husby")]
    do_import(register, path, "twinnings", merge_all=True)
    countries = sorted(t.country or "" for t in register.get_many("town") if "usby" in t.name)
    assert countries == ["DK", "SE"]
