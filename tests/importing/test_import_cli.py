"""``vanort import``: the preview's problems and the summary, exit statuses, one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from command_line import command_listed

from app.__main__ import main
from app.workspace import Workspace
from tests.importing.import_support import snapshot, swedish_excel_csv, town_names
from tests.importing.twinning_support import opened_register
from tests.importing.workbook_parts import (
    BuildWorkbook,
    billion_laughs,
    shared_strings_xml,
    sheet_xml,
)

HEADINGS = "Ort;Land;Vänort;Land;Kontaktår"


@pytest.fixture(autouse=True)
def import_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command as the runner finds it, whether or not the lead has listed it yet."""
    command_listed(monkeypatch, "app.cli.import_cmd")


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["--language", "en", "import", *arguments])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_clean_file_is_imported_with_exit_status_0(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = swedish_excel_csv(
        tmp_path / "vanorter.csv",
        [HEADINGS, "Vänersborg;Sverige;Herning;Danmark;1946", "Lohja;FI;Vänersborg;SE;1947"],
    )
    status, out, err = _run(capsys, str(source), "--database", str(database), "--kind", "twinnings")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Read vanorter.csv as cp1252 with columns separated by “;”.",
        "Columns: town=Ort, town_country=Land, partner=Vänort, partner_country=Land, "
        "year=Kontaktår",
        "Twinnings: 2 created",
        "Twin towns: 3 created",
    ]
    with opened_register(database) as workspace:
        assert set(town_names(workspace)) == {"Vänersborg", "Herning", "Lohja"}
    # The same file again: nothing new, and the remembered columns are said to be used.
    status, out, _ = _run(capsys, str(source), "--database", str(database), "--kind", "twinnings")
    assert status == 0
    assert "Using the columns remembered for these headings." in out
    assert out.splitlines()[-1] == "Twinnings: 2 unchanged"


PROBLEM_LINES = [
    HEADINGS,
    "Vänersborg;SE;Herning Kommune;DK;1946",
    "Vänersborg;SE;Atlantis;Atlantis;1950",
    "Herning;DK;Lohja;FI;2026-02-30",
    "Herning;DK;Lich;DE;1961",
]


def test_problems_are_printed_by_row_and_column_and_nothing_is_written(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = swedish_excel_csv(tmp_path / "problems.csv", PROBLEM_LINES)
    before = snapshot(database)
    status, out, err = _run(capsys, str(source), "--database", str(database), "--kind", "twinnings")
    assert status == 1
    assert _one_sentence(err) == (
        "The file has 2 problems, so nothing was imported; fix them or choose to skip the rows "
        "with problems."
    )
    assert out.splitlines()[2:] == [
        "Towns that look alike:",
        "  “Herning Kommune”, “Herning” (Denmark) → one new town “Herning”",
        "    Same country, and one name is the other plus “municipality”.",
        "Problems (2):",
        "  Row 3, Land: “Atlantis” is not a country or area this program knows; say which "
        "country it is.",
        "  Row 4, Kontaktår: Contact year: “2026-02-30” is a date that does not exist.",
        "Say which country each of these is with --country-as, for example --country-as "
        '"Atlantis=CODE"; the answer is remembered for later imports.',
    ]
    assert snapshot(database) == before


def test_a_trial_run_says_what_would_happen_and_writes_nothing(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = swedish_excel_csv(tmp_path / "problems.csv", PROBLEM_LINES)
    before = snapshot(database)
    arguments = [str(source), "--database", str(database), "--kind", "twinnings", "--dry-run"]
    status, _, err = _run(capsys, *arguments)
    assert status == 1 and "nothing was imported" in _one_sentence(err)
    status, out, err = _run(capsys, *arguments, "--skip-invalid", "--merge-similar")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert "Trial run: nothing was written." in lines
    assert "Twinnings: 2 to be created" in lines
    assert "Rows to be skipped: 2." in lines
    assert snapshot(database) == before
    assert not (tmp_path / "problems-skipped.csv").exists()


def test_skip_invalid_and_merge_similar(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], vanort_home: Path
) -> None:
    source = swedish_excel_csv(tmp_path / "problems.csv", PROBLEM_LINES)
    skipped = vanort_home / "data" / "skipped-rows" / "problems-skipped.csv"
    status, out, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings",
        "--skip-invalid", "--merge-similar",
    )  # fmt: skip
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert "  “Herning Kommune”, “Herning” (Denmark) → one new town “Herning” – merged" in lines
    assert lines[-4:] == [
        "Twinnings: 2 created",
        "Twin towns: 3 created, 1 merged",
        "Similar town names: 1 of 1 groups merged.",
        f"Rows skipped: 2, written to {skipped}.",
    ]
    assert skipped.exists() and not (tmp_path / "problems-skipped.csv").exists()
    with opened_register(database) as workspace:
        assert town_names(workspace)["Herning"] == ("DK", ("Herning Kommune",))


def test_without_merge_similar_the_groups_are_named_but_not_merged(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = swedish_excel_csv(
        tmp_path / "spellings.csv",
        [HEADINGS, "Vänersborg;SE;Herning Kommune;DK;1946", "Herning;DK;Lohja;FI;"],
    )
    status, out, _ = _run(capsys, str(source), "--database", str(database), "--kind", "twinnings")
    assert status == 0
    assert (
        "  “Herning Kommune”, “Herning” (Denmark) → one new town “Herning” – not merged "
        "(use --merge-similar)"
    ) in out.splitlines()


def test_a_workbook_sheet_and_header_row(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Om listan"
    first.append(["Sammanställd 2014"])
    sheet = book.create_sheet("Vänorter")
    sheet.append(["Vänersborgs vänorter"])
    sheet.append([])
    sheet.append(["Ort", "Land", "Vänort", "Land", "Kontaktår"])
    sheet.append(["Vänersborg", "Sverige", "Herning", "Danmark", 1946])
    path = tmp_path / "vanorter.xlsx"
    book.save(path)
    status, out, err = _run(
        capsys, str(path), "--database", str(database), "--kind", "twinnings",
        "--sheet", "Vänorter", "--header-row", "3",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "Read the sheet “Vänorter” of vanorter.xlsx."
    assert "Twinnings: 1 created" in out.splitlines()


def test_columns_delimiter_and_encoding_given_by_hand(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tabbar.txt"
    path.write_bytes("A\tB\tC\r\nVänersborg\tEiði\tFO\r\n".encode())
    status, out, err = _run(
        capsys, str(path), "--database", str(database), "--kind", "twinnings",
        "--delimiter", "\\t", "--encoding", "utf-8",
        "--columns", "town=A,partner=B,partner_country=C",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert "Columns: town=A, partner=B, partner_country=C" in out.splitlines()
    cp1252 = swedish_excel_csv(tmp_path / "cp1252.csv", [HEADINGS, "Vänersborg;SE;Herning;DK;"])
    status, _, err = _run(
        capsys, str(cp1252), "--database", str(database), "--kind", "twinnings",
        "--encoding", "utf-8",
    )  # fmt: skip
    assert status == 1
    assert _one_sentence(err) == (
        "The file cp1252.csv cannot be read as utf-8; choose another character encoding."
    )


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (["--columns", "partner=Nope"],
         "There is no column headed “Nope”; the headings are: Ort, Land, Vänort, Land, Kontaktår."),
        (["--columns", "year=Kontaktår"], "Choose the column that holds Town."),
        (["--header-row", "0"], "--header-row must be 1 or more."),
    ],
)  # fmt: skip
def test_a_wrong_command_line_is_one_sentence(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    sentence: str,
) -> None:
    source = swedish_excel_csv(tmp_path / "vanorter.csv", [HEADINGS, "Vänersborg;SE;Lich;DE;"])
    status, _, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings", *extra
    )
    assert status == 1
    assert _one_sentence(err) == sentence


def test_an_unknown_kind_is_a_usage_error(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, "x.csv", "--database", str(database), "--kind", "evaluations")
    assert status == 2
    assert _one_sentence(err).startswith("The command line is not right:")


def test_hostile_and_broken_files_are_refused_and_change_nothing(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    build_workbook: BuildWorkbook,
) -> None:
    bomb = build_workbook(
        "bomb.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=shared_strings_xml(["&lol9;"], prolog=billion_laughs()),
    )
    not_a_workbook = tmp_path / "fake.xlsx"
    not_a_workbook.write_text("Ort;Vänort\n")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    before = snapshot(database)
    cases = [
        (bomb, "The workbook bomb.xlsx was refused because it contains XML entity declarations, "
               "which can be used to attack the computer."),
        (not_a_workbook, "The file fake.xlsx is not an Excel workbook (.xlsx) or it is damaged."),
        (empty, "The file is empty."),
        (tmp_path / "missing.csv", "The file missing.csv does not exist."),
        (tmp_path / "old.xls", "The file old.xls does not exist."),
    ]  # fmt: skip
    for path, sentence in cases:
        status, _, err = _run(capsys, str(path), "--database", str(database), "--kind", "towns")
        assert status == 1, path
        assert _one_sentence(err) == sentence
    assert snapshot(database) == before


def test_an_unread_country_is_one_line_and_country_as_answers_it_for_good(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two rows of one unknown spelling: one line with the count; --country-as imports them."""
    source = swedish_excel_csv(
        tmp_path / "gamla.csv",
        [
            HEADINGS,
            "Vänersborg;Sverige;Tartu;Estniska SSR;1960",
            "Vänersborg;Sverige;Narva;Estniska SSR;1962",
            "Vänersborg;Sverige;Bath;England, United Kingdom;1970",
        ],
    )
    arguments = (str(source), "--database", str(database), "--kind", "twinnings")
    status, out, _ = _run(capsys, *arguments)
    assert status == 1
    assert out.count("Estniska SSR") == 2  # the line with the count, and the example to give
    assert (
        "Land: “Estniska SSR” (in 2 rows, the first is row 2) is not a country or area this "
        "program knows; say which country it is." in out
    )
    assert '--country-as "Estniska SSR=CODE"' in out

    status, out, _ = _run(capsys, *arguments, "--country-as", "Estniska SSR=Estland")
    assert status == 0, out
    assert town_names_of(database)["Narva"] == "EE"
    assert town_names_of(database)["Bath"] == "GB"

    later = swedish_excel_csv(
        tmp_path / "senare.csv", [HEADINGS, "Vänersborg;Sverige;Viljandi;Estniska SSR;1990"]
    )
    status, out, _ = _run(capsys, str(later), "--database", str(database), "--kind", "twinnings")
    assert status == 0, out
    assert town_names_of(database)["Viljandi"] == "EE"


def test_a_value_for_every_row_gives_a_list_without_a_country_column_its_country(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = swedish_excel_csv(tmp_path / "orter.csv", ["Namn", "Mölndal", "Lerum"])
    arguments = (str(source), "--database", str(database), "--kind", "towns")
    status, out, err = _run(capsys, *arguments, "--value", "land=SE")
    assert status == 1
    assert _one_sentence(err).startswith("land is not a field of this kind; the fields are ")
    status, out, err = _run(capsys, *arguments, "--value", "country=SE")
    assert status == 0, err
    assert "The same on every row: country=SE" in out
    assert town_names_of(database)["Lerum"] == "SE"


def town_names_of(database: Path) -> dict[str, str | None]:
    """{town name: country} of the register in ``database``."""
    workspace = Workspace.open(database)
    try:
        return {name: country for name, (country, _) in town_names(workspace).items()}
    finally:
        workspace.close()


def test_a_value_for_every_row_can_be_the_town_of_a_twinnings_file(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A list of one town's partners, with no column for the town itself."""
    source = swedish_excel_csv(
        tmp_path / "partner.csv", ["Vänort;Land", "Herning;Danmark", "Lohja;Finland"]
    )
    status, out, err = _run(
        capsys, str(source), "--database", str(database), "--kind", "twinnings",
        "--value", "town=Vänersborg", "--value", "town_country=SE",
    )  # fmt: skip
    assert status == 0, err
    assert "Twinnings: 2 created" in out
    workspace = Workspace.open(database)
    try:
        assert town_names(workspace)["Vänersborg"][0] == "SE"
    finally:
        workspace.close()
