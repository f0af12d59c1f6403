"""Importing twin towns from spreadsheets: pairs, spellings, problems, and nothing half-done."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from app.dates import ApproxDate
from app.importing import importer
from app.importing.importer import (
    Cancelled,
    ImportOptions,
    ImportRefused,
    SourceError,
    initial_mapping,
    open_table,
    run_import,
)
from app.services import records as r
from app.workspace import Workspace
from tests.importing.import_support import (
    check,
    do_import,
    log_entries,
    parse,
    problems_by_row,
    snapshot,
    swedish_excel_csv,
    town_names,
    twinning_pairs,
)
from tests.importing.workbook_parts import (
    BuildWorkbook,
    billion_laughs,
    shared_strings_xml,
    sheet_xml,
)

HEADINGS = "Ort;Land;Vänort;Land;Kontaktår"
NOT_A_DATE = (
    "is not a date this program can read; write for example 2014-03-05, March 2014, "
    "spring 2014, 1985, 1940s or c. 1949."
)


def _year(year: int) -> ApproxDate:
    return ApproxDate.of_year(year)


def _day(year: int, month: int, day: int) -> ApproxDate:
    return ApproxDate.of_day(date(year, month, day))


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    yield workspace
    workspace.close()


def _home(workspace: Workspace, name: str = "Vänersborg", country: str = "SE") -> r.Town:
    town: r.Town = workspace.save(r.Town(name=name, country=country, is_home=True))
    return town


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
    choice = initial_mapping(register, table, "twinnings")
    # Both columns are headed "Land": each goes to the town on its left.
    assert choice.mapping == {
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
    assert sorted(y for y in years.values() if y) == [_year(1946), _year(1947), _year(1986)]
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
    assert starts == {_year(1961): _day(1961, 6, 1), _year(2007): _day(2008, 3, 14)}


def test_the_home_town_is_the_town_when_the_file_lists_only_partners(
    register: Workspace, tmp_path: Path
) -> None:
    _home(register)
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
    with pytest.raises(importer.ColumnMappingError) as refused:
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
    assert years == {_year(1946), _year(1950)}


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


SPELLINGS = [
    HEADINGS,
    "Vänersborg;Sverige;Herning Kommune;Danmark;1946",
    "Lohja;Finland;Herning;Danmark;1956",
    "Vänersborgs kommun;Sverige;Lohja;Finland;1947",
]


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
    home = _home(register)
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
    with _opened(path) as workspace:
        first = do_import(workspace, source, "twinnings", merge_all=True)
    assert first.counts["twinning"].created == 3
    before = snapshot(path)
    with _opened(path) as workspace:
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
    home = _home(register)
    herning = register.save(r.Town(name="Herning", country="DK"))
    twinning = register.save(r.Twinning(town_a_id=home.id, town_b_id=herning.id))
    path = swedish_excel_csv(tmp_path / "years.csv", [HEADINGS, "Herning;DK;Vänersborg;SE;1946"])
    summary = do_import(register, path, "twinnings")
    assert summary.counts["twinning"].updated == 1
    assert summary.counts["twinning"].created == 0
    updated = register.get("twinning", twinning.id)
    assert updated.contact_year == _year(1946)
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


def test_the_column_mapping_is_remembered_for_the_same_headings(
    register: Workspace, tmp_path: Path
) -> None:
    lines = ["Namn A;Nation A;Namn B;Nation B;Sedan", "Vänersborg;SE;Herning;DK;1946"]
    first = swedish_excel_csv(tmp_path / "first.csv", lines)
    columns = "town=Namn A,town_country=Nation A,partner=Namn B,partner_country=#4,year=E"
    do_import(register, first, "twinnings", columns=columns)
    second = swedish_excel_csv(
        tmp_path / "second.csv", ["namn a;NATION A;Namn  B;Nation B;sedan", "Lohja;FI;Lich;DE;1961"]
    )
    choice = initial_mapping(register, open_table(second), "twinnings")
    assert choice.remembered
    assert choice.mapping == {
        "town": 0,
        "town_country": 1,
        "partner": 2,
        "partner_country": 3,
        "year": 4,
    }
    # Different headings: suggested, not remembered.
    third = swedish_excel_csv(tmp_path / "third.csv", ["Ort;Vänort", "Lohja;Lich"])
    assert not initial_mapping(register, open_table(third), "twinnings").remembered


# ---------------------------------------------------------------- never half a file


@pytest.fixture
def closed_register(tmp_path: Path) -> Path:
    """A register file with a few records, closed, so its bytes can be compared."""
    path = tmp_path / "register.sqlite3"
    workspace = Workspace.create(path, municipality="Vänersborg")
    try:
        home = _home(workspace)
        lohja = workspace.save(r.Town(name="Lohja", country="FI"))
        workspace.save(r.Twinning(town_a_id=home.id, town_b_id=lohja.id, contact_year=1947))
    finally:
        workspace.close()
    return path


@pytest.fixture
def opened(closed_register: Path) -> Iterator[Workspace]:
    with _opened(closed_register) as workspace:
        yield workspace


class _opened:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Workspace:
        self.workspace = Workspace.open(self.path)
        return self.workspace

    def __exit__(self, *_: object) -> None:
        self.workspace.close()


def _mixed_file(tmp_path: Path) -> Path:
    return swedish_excel_csv(
        tmp_path / "mixed.csv",
        [
            HEADINGS,
            "Vänersborg;SE;Herning;DK;1946",
            "Vänersborg;SE;Atlantis;Atlantis;1950",
            "Vänersborg;SE;Lich;DE;1961",
            # The pair of row 2 again, not cell for cell (Sverige): a duplicate, a problem.
            "Vänersborg;Sverige;Herning;DK;1946",
        ],
    )


def test_a_refused_import_leaves_the_database_byte_for_byte_unchanged(
    closed_register: Path, tmp_path: Path
) -> None:
    before = snapshot(closed_register)
    source = _mixed_file(tmp_path)
    with _opened(closed_register) as workspace, pytest.raises(ImportRefused) as refused:
        do_import(workspace, source, "twinnings", merge_all=True)
    assert str(refused.value) == (
        "The file has 2 problems, so nothing was imported; fix them or choose to skip the "
        "rows with problems."
    )
    assert [p.row for p in refused.value.problems] == [3, 5]
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_skipping_rows_with_problems_imports_the_rest_and_writes_them_aside(
    closed_register: Path, tmp_path: Path, vanort_home: Path
) -> None:
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    with _opened(closed_register) as workspace:
        summary = do_import(workspace, source, "twinnings", skip_invalid=True)
        assert twinning_pairs(workspace) == {
            frozenset(("Vänersborg", "Lohja")),
            frozenset(("Vänersborg", "Herning")),
            frozenset(("Vänersborg", "Lich")),
        }
    assert summary.rows_skipped == 2
    # In the program's own folder, not beside the source (a shared folder, a USB stick).
    assert summary.skipped_file == vanort_home / "data" / "skipped-rows" / "mixed-skipped.csv"
    assert not (tmp_path / "mixed-skipped.csv").exists()
    raw = summary.skipped_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel reads it as UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines == [
        "The rows of mixed.csv that were not imported. They may hold personal data: delete "
        "this file when the rows are dealt with.",
        "Ort;Land;Vänort;Land;Kontaktår;Row;Problems",
        "Vänersborg;SE;Atlantis;Atlantis;1950;3;Land: Country of the partner: “Atlantis” is not "
        "a country or area this program knows.",
        "Vänersborg;Sverige;Herning;DK;1946;5;Vänort: A duplicate: the same twinning is already in "
        "row 2.",
    ]
    assert summary.lines()[-1] == f"Rows skipped: 2, written to {summary.skipped_file}."
    # The snapshot sees a committed import (so its equality elsewhere means something).
    after = snapshot(closed_register)
    assert after.file != before.file
    assert len(after.records["twinning"]) == len(before.records["twinning"]) + 2


def test_cancelling_mid_import_leaves_the_database_unchanged(
    closed_register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.importing import writer

    monkeypatch.setattr(writer, "BATCH", 1)  # a check between every two rows written
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    written: list[float | None] = []

    def progress(step: importer.ImportProgress) -> None:
        if step.stage == "writing":
            written.append(step.fraction)

    with _opened(closed_register) as workspace:
        parsed = parse(workspace, source, "twinnings")
        with pytest.raises(Cancelled):
            run_import(
                workspace,
                parsed,
                ImportOptions(skip_invalid=True),
                progress=progress,
                cancelled=lambda: len(written) >= 2,  # after two rows have been written
            )
    assert len(written) == 2
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_a_failure_while_writing_rolls_everything_back(
    closed_register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer, "log_import", broken)  # the very last step
    source = _mixed_file(tmp_path)
    before = snapshot(closed_register)
    with _opened(closed_register) as workspace, pytest.raises(RuntimeError):
        do_import(workspace, source, "twinnings", skip_invalid=True)
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_an_xml_bomb_workbook_is_refused_and_changes_nothing(
    closed_register: Path, build_workbook: BuildWorkbook
) -> None:
    before = snapshot(closed_register)
    bomb = build_workbook(
        "bomb.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=shared_strings_xml(["&lol9;"], prolog=billion_laughs()),
    )
    with _opened(closed_register), pytest.raises(SourceError) as refused:
        open_table(bomb)
    assert "XML entity declarations" in refused.value.message
    assert snapshot(closed_register) == before


def test_skipped_rows_are_never_copied_from_a_file_changed_since_it_was_read(
    opened: Workspace, tmp_path: Path
) -> None:
    source = swedish_excel_csv(
        tmp_path / "changing.csv", [HEADINGS, "Vänersborg;SE;Lich;DE;1961", "Vänersborg;SE;;DK;"]
    )
    parsed = parse(opened, source, "twinnings")
    before = town_names(opened)
    source.write_bytes(source.read_bytes() + "Vänersborg;SE;Husby;DK;\r\n".encode("cp1252"))
    with pytest.raises(SourceError, match="has changed since it was opened"):
        run_import(opened, parsed, ImportOptions(skip_invalid=True))
    assert town_names(opened) == before
    assert not (tmp_path / "changing-skipped.csv").exists()


def test_a_trial_run_writes_nothing(closed_register: Path, tmp_path: Path) -> None:
    before = snapshot(closed_register)
    source = _mixed_file(tmp_path)
    with _opened(closed_register) as workspace:
        summary = do_import(workspace, source, "twinnings", skip_invalid=True, dry_run=True)
    assert summary.dry_run
    assert summary.counts["twinning"].created == 2
    assert summary.lines()[0] == "Trial run: nothing was written."
    assert snapshot(closed_register) == before
    assert not (tmp_path / "mixed-skipped.csv").exists()


def test_records_are_plain_after_import(register: Workspace, tmp_path: Path) -> None:
    path = swedish_excel_csv(tmp_path / "one.csv", [HEADINGS, "Vänersborg;SE;Herning;DK;1946"])
    do_import(register, path, "twinnings")
    [twinning] = register.get_many("twinning")
    # What a form would load: every field of the record type, defaults where the file was silent.
    assert dataclasses.replace(twinning, id=None, version=0, town_a_id=None, town_b_id=None) == (
        r.Twinning(contact_year=_year(1946))
    )
    assert twinning.town_a_id < twinning.town_b_id
