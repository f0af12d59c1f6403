"""Countries as files write them, a value for every row, repeated rows and rows that do not line up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.importing.country_spellings import (
    CountrySpellingError,
    parse_country_as,
    unread_countries,
)
from app.importing.importer import (
    ImportOptions,
    SourceError,
    initial_columns,
    open_table,
    preview,
    read_file,
    run_import,
)
from app.workspace import Workspace
from tests.importing.import_support import problems_by_row, swedish_excel_csv, town_names

HEADINGS = "Ort;Land;Vänort;Land;Kontaktår"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "register.sqlite3", municipality="Exempelby")
    yield workspace
    workspace.close()


def _utf8_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(workspace: Workspace, path: Path, kind: str = "twinnings", **reading: object) -> object:
    table = open_table(path)
    choice = initial_columns(workspace.database, table, kind)
    return read_file(workspace.database, table, choice.kind, choice.columns, **reading)  # type: ignore[arg-type]


def test_every_form_of_the_public_lists_is_read(register: Workspace, tmp_path: Path) -> None:
    """The country strings a public list was refused for all import, each as its country."""
    path = _utf8_csv(
        tmp_path / "pairs.csv",
        [
            "Town;Country;Partner;Partner country",
            "Bath;England, United Kingdom;Aix-en-Provence;France",
            "Perth;Scotland, United Kingdom;Aschaffenburg;Germany",
            "Cardiff;Wales, United Kingdom;Nantes;France",
            "Newry;Northern Ireland, United Kingdom;Kutno;Poland",
            "Galway;Republic of Ireland;Lorient;France",
            "Tbilisi;Georgia (country);Atlanta;Georgia, United States",
            "Mariehamn;Åland Islands, Finland;Nacka;Sweden",
            "Saint-Denis;Réunion, France;Metz;France",
            "Bethlehem;State of Palestine;Chartres;France",
            "Macau;Macau;Lisboa;Portugal",
            "Taipei;Republic of China;Tallinn;Estonia",
            "Chisinau;Moldavia;Iasi;Romania",
            "Mandalay;Burma;Mölndal;Sverige",
            "Delft;Holland;Tórshavn;Færøerne",
        ],
    )
    parsed = _read(register, path)
    plan = preview(register.database, parsed, ImportOptions())  # type: ignore[arg-type]
    assert problems_by_row(plan) == {}
    run_import(register.database, parsed, ImportOptions())  # type: ignore[arg-type]
    countries = {name: country for name, (country, _) in town_names(register).items()}
    assert countries["Bath"] == countries["Perth"] == countries["Newry"] == "GB"
    assert countries["Galway"] == "IE"
    assert (countries["Tbilisi"], countries["Atlanta"]) == ("GE", "US")
    assert (countries["Mariehamn"], countries["Saint-Denis"]) == ("AX", "RE")
    assert (countries["Bethlehem"], countries["Macau"], countries["Taipei"]) == ("PS", "MO", "TW")
    assert (countries["Chisinau"], countries["Mandalay"], countries["Delft"]) == ("MD", "MM", "NL")
    assert countries["Tórshavn"] == "FO"


def test_an_unread_country_is_reported_once_and_the_answer_is_remembered(
    register: Workspace, tmp_path: Path
) -> None:
    """Three rows of "Estniska SSR" make one line; the answer holds for the next file."""
    lines = [
        HEADINGS,
        "Exempelby;Sverige;Tartu;Estniska SSR;1960",
        "Exempelby;Sverige;Pärnu;ESTNISKA SSR;1961",
        "Exempelby;Sverige;Narva;Estniska SSR;1962",
        "Exempelby;Sverige;Herning;Danmark;1946",
    ]
    path = _utf8_csv(tmp_path / "old.csv", lines)
    plan = preview(register.database, _read(register, path), ImportOptions())  # type: ignore[arg-type]
    unread = unread_countries(plan.problems)
    assert [(u.written, u.rows, u.column) for u in unread] == [("Estniska SSR", 3, "Land")]
    assert "(in 3 rows, the first is row 2)" in unread[0].text()

    answers = parse_country_as(["Estniska SSR=EE"])
    parsed = _read(register, path, country_answers=answers)
    summary = run_import(register.database, parsed, ImportOptions())  # type: ignore[arg-type]
    assert summary.counts["twinning"].created == 4
    assert town_names(register)["Narva"][0] == "EE"

    # A second file writing the same spelling (in other case) needs no answer now.
    again = _utf8_csv(
        tmp_path / "again.csv", [HEADINGS, "Exempelby;Sverige;Viljandi;estniska ssr;"]
    )
    plan = preview(register.database, _read(register, again), ImportOptions())  # type: ignore[arg-type]
    assert problems_by_row(plan) == {}


@pytest.mark.parametrize(
    ("pair", "message"),
    [
        ("Holland", "“Holland” is not of the form Text=CODE, as in “Holland=NL”."),
        ("Sowjetunionen=Narnia", "“Narnia” is not a country code or name this program knows."),
    ],
)
def test_a_country_answer_that_cannot_be_used_says_why(pair: str, message: str) -> None:
    """A pair without "=" or with an unknown country is refused with one sentence."""
    with pytest.raises(CountrySpellingError) as refused:
        parse_country_as([pair])
    assert refused.value.message == message


def test_a_fixed_country_fills_every_row_without_a_column(
    register: Workspace, tmp_path: Path
) -> None:
    """A list of Swedish towns with no country column gets Sweden for every town."""
    path = _utf8_csv(tmp_path / "svenska.csv", ["Namn;Invånare", "Mölndal;70000", "Lerum;43000"])
    parsed = _read(register, path, "towns", fixed={"country": "Sverige"})
    run_import(register.database, parsed, ImportOptions())  # type: ignore[arg-type]
    assert {n: c for n, (c, _) in town_names(register).items()} == {
        "Mölndal": "SE",
        "Lerum": "SE",
    }


def test_a_fixed_value_that_cannot_be_read_is_refused_with_a_sentence(
    register: Workspace, tmp_path: Path
) -> None:
    path = _utf8_csv(tmp_path / "svenska.csv", ["Namn", "Mölndal"])
    with pytest.raises(SourceError) as refused:
        _read(register, path, "towns", fixed={"country": "Narnia"})
    assert "“Narnia” is not a country or area this program knows." in refused.value.message


def test_a_row_with_an_unquoted_separator_is_a_problem_at_its_row(
    register: Workspace, tmp_path: Path
) -> None:
    """A cell holding the separator shifts the row: the preview names the row, nothing is cut."""
    path = swedish_excel_csv(
        tmp_path / "skift.csv",
        [
            HEADINGS,
            "Exempelby;Sverige;Herning;Danmark;1946",
            "Exempelby;Sverige;Washington; D.C.;USA;1970",
            "Exempelby;Sverige;Lohja",
            "Exempelby;Sverige;Lich;Tyskland;1961",
        ],
    )
    plan = preview(register.database, _read(register, path), ImportOptions())  # type: ignore[arg-type]
    assert problems_by_row(plan) == {
        3: [
            (
                "",
                "The row has 6 cells but there are 5 headings; a value may hold the separator "
                "without quotation marks around it.",
            )
        ],
        4: [("", "The row has 3 cells but there are 5 headings; a separator may be missing.")],
    }
    summary = run_import(register.database, _read(register, path), ImportOptions(skip_invalid=True))  # type: ignore[arg-type]
    assert summary.counts["twinning"].created == 2
    assert "Washington" not in town_names(register)


def test_a_workbook_value_right_of_the_last_heading_is_a_problem_not_cut(
    register: Workspace, tmp_path: Path
) -> None:
    """In a workbook a value in a column without a heading names its row; nothing is lost."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADINGS.split(";"))
    sheet.append(["Exempelby", "Sverige", "Herning", "Danmark", 1946])
    sheet.append(["Exempelby", "Sverige", "Washington", "USA", 1970, "D.C."])
    sheet.append(["Exempelby", "Sverige", "Lich", "Tyskland"])  # a shorter row is only empty
    path = tmp_path / "vanorter.xlsx"
    workbook.save(path)
    plan = preview(register.database, _read(register, path), ImportOptions())  # type: ignore[arg-type]
    assert problems_by_row(plan) == {
        3: [
            (
                "",
                "The row has a value in column F, which has no heading; give the column a "
                "heading or move the value.",
            )
        ]
    }


def test_a_country_column_that_contradicts_the_names_is_warned_about(
    register: Workspace, tmp_path: Path
) -> None:
    """Swedish municipalities said to be in Denmark: one sentence with the row count."""
    path = _utf8_csv(
        tmp_path / "blandat.csv",
        [
            HEADINGS,
            "Mölndal;Danmark;Herning;Danmark;1950",
            "Lerum;Danmark;Lohja;Finland;1951",
            "Alingsås kommun;Danmark;Lich;Tyskland;1952",
            "Mölndal;Danmark;Holmestrand;Norge;1953",
            "Odense;Danmark;Salem;USA;1960",
        ],
    )
    parsed = _read(register, path)
    warning = (
        "The column Land says Denmark in 4 rows whose towns are Swedish municipalities "
        "(Mölndal, Lerum, Alingsås kommun); check that it holds the country of those towns."
    )
    assert parsed.warnings == [warning]  # type: ignore[attr-defined]
    summary = run_import(register.database, parsed, ImportOptions())  # type: ignore[arg-type]
    assert warning in summary.lines()
    # The file is taken as written: the warning overrides nothing.
    assert town_names(register)["Mölndal"][0] == "DK"


def test_one_namesake_abroad_is_no_contradiction(register: Workspace, tmp_path: Path) -> None:
    """Salem, Berg and Mark are Swedish municipalities and places abroad too."""
    path = _utf8_csv(
        tmp_path / "namnar.csv",
        [
            HEADINGS,
            "Salem;USA;Herning;Danmark;1950",
            "Berg;Tyskland;Lohja;Finland;1951",
            "Mark;Tyskland;Lich;Tyskland;1952",
            "Hamburg;Tyskland;Holmestrand;Norge;1953",
            "Mölndal;Sverige;Tartu;Estland;1953",
        ],
    )
    assert _read(register, path).warnings == []  # type: ignore[attr-defined]
