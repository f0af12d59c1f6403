"""The entry point: which files are taken, the messages for the rest, header signatures."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing.sources import (
    CSV_DELIMITERS,
    CSV_ENCODINGS,
    Cancelled,
    SourceError,
    header_signature,
    open_table,
)


def test_suffixes_choose_the_reader_whatever_their_case(tmp_path: Path) -> None:
    for name in ("a.CSV", "b.tsv", "c.txt"):
        path = tmp_path / name
        path.write_text("Ort\tLand\nLich\tDE\n", "utf-8")
        assert open_table(path).kind == "csv"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "gammal.xls",
            "The file gammal.xls is in the old Excel 97–2003 format; save it as an Excel "
            "workbook (.xlsx) and import that.",
        ),
        (
            "calc.ods",
            "The file calc.ods is an OpenDocument spreadsheet; save it as an Excel workbook "
            "(.xlsx) or as CSV and import that.",
        ),
        ("protokoll.pdf", "Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported."),
        ("utan-andelse", "Only Excel workbooks (.xlsx) and CSV files (.csv) can be imported."),
    ],
)
def test_other_kinds_of_file_are_refused_with_advice(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == message
    assert str(caught.value) == message


@pytest.mark.parametrize("name", ["saknas.csv", "saknas.xlsx", "saknas.pdf"])
def test_a_missing_file(tmp_path: Path, name: str) -> None:
    with pytest.raises(SourceError) as caught:
        open_table(tmp_path / name)
    assert caught.value.message == f"The file {name} does not exist."


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "mapp.csv"
    folder.mkdir()
    with pytest.raises(SourceError) as caught:
        open_table(folder)
    assert caught.value.message == "mapp.csv is a folder, not a file."


def test_header_row_counts_from_one(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Ort\nLich\n", "utf-8")
    with pytest.raises(ValueError):
        open_table(path, header_row=0)


def test_cancelling_stops_reading(tmp_path: Path) -> None:
    path = tmp_path / "avbryt.csv"
    path.write_text("Nr\n" + "".join(f"{n}\n" for n in range(10_000)), "utf-8")
    calls = 0

    def cancel_on_third_check() -> bool:
        nonlocal calls
        calls += 1
        return calls == 3

    read = []
    with pytest.raises(Cancelled):
        for _, cells in open_table(path).rows(cancelled=cancel_on_third_check):
            read.append(cells[0])
    # The check comes every 1000 rows; the third one stops before the 3000th row is given.
    assert len(read) == 2999
    assert read[-1] == "2998"


def test_choices_offered_for_overriding_csv_detection() -> None:
    assert CSV_DELIMITERS == (",", ";", "\t")
    assert "utf-8" in CSV_ENCODINGS and "cp1252" in CSV_ENCODINGS


def test_header_signature_ignores_case_spacing_and_composition() -> None:
    base = header_signature(["Ort", "Land", "Kontaktår"])
    assert len(base) == 64 and int(base, 16) >= 0
    assert header_signature(["  ort ", "LAND", "Kontakt\u0061\u030ar"]) == base  # å decomposed
    assert header_signature(["Ort", "Land", "Kontaktår", "", " "]) == base


def test_header_signature_tells_lists_apart() -> None:
    base = header_signature(["Ort", "Land", "Kontaktår"])
    assert header_signature(["Land", "Ort", "Kontaktår"]) != base
    assert header_signature(["Ort", "Land"]) != base
    assert header_signature(["Ort", "", "Land", "Kontaktår"]) != base
    assert header_signature(["Ort Land", "Kontaktår"]) != base
    assert header_signature(["Ort", "Land", "Kontaktar"]) != base


def test_messages_keep_file_names_that_look_like_placeholders(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as caught:
        open_table(tmp_path / "vänorter %1 %2.csv")
    assert caught.value.message == "The file vänorter %1 %2.csv does not exist."
