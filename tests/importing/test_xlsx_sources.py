"""Reading Excel workbooks: cached formula values, merged cells, empty sheets, hostile files."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.importing import xlsx_source
from app.importing.sources import ReadProgress, SourceError, open_table
from tests.importing.workbook_parts import (
    BuildWorkbook,
    billion_laughs,
    shared_strings_xml,
    sheet_xml,
)

# Kontaktår and member counts from the Vänersborg mapping (seeds/004).
FORMULA_ROWS = (
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>1946</v></c>'
    '<c r="C2"><f>B2+1</f><v>1947</v></c>'
    '<c r="D2" t="str"><f>CONCATENATE(A2," kommune")</f><v>Herning kommune</v></c></row>'
    '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3"><v>1949</v></c>'
    '<c r="C3"><f>B3+1</f><v>1950</v></c>'
    '<c r="D3" t="e"><f>VLOOKUP(A3,X1:X2,2,FALSE)</f><v>#N/A</v></c></row>'
)
FORMULA_STRINGS = ["Ort", "Kontaktår", "Året efter", "Namn", "Herning", "Siglufjörður"]


def test_openpyxl_parses_with_defusedxml() -> None:
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    # The streaming parser of sheets and shared strings is defusedxml's.
    assert functions.iterparse.__module__.startswith("defusedxml")


def test_formula_cells_give_their_cached_values(build_workbook: BuildWorkbook) -> None:
    path = build_workbook(
        "formler.xlsx",
        {"Vänorter": sheet_xml(FORMULA_ROWS)},
        shared_strings=shared_strings_xml(FORMULA_STRINGS),
    )
    table = open_table(path)
    assert table.kind == "xlsx"
    assert table.sheets == ["Vänorter"]
    assert table.sheet == "Vänorter"
    assert table.headers == ["Ort", "Kontaktår", "Året efter", "Namn"]
    assert not table.is_empty
    rows = list(table.rows())
    assert rows == [
        (2, ["Herning", 1946, 1947, "Herning kommune"]),
        (3, ["Siglufjörður", 1949, 1950, "#N/A"]),
    ]


def test_a_formula_never_calculated_by_excel_reads_as_empty(tmp_path: Path) -> None:
    # openpyxl writes formulas without a cached value; the formula text never leaks through.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Ort", "Summa"])
    sheet.append(["Lich", "=1+1"])
    path = tmp_path / "okalkylerad.xlsx"
    workbook.save(path)
    assert list(open_table(path).rows()) == [(2, ["Lich", None])]


def test_values_are_typed_and_text_is_stripped(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Möten"
    sheet.append(["Ort", "Datum", "Tid", "Antal", "Belopp", "Aktiv", "Anteckning"])
    sheet.append(
        [
            "  Husby  ",
            dt.date(2014, 9, 19),
            dt.datetime(2014, 9, 19, 14, 30),
            340,
            35000.5,
            True,
            "   ",
        ]
    )
    path = tmp_path / "typer.xlsx"
    workbook.save(path)
    [(number, cells)] = list(open_table(path).rows())
    assert number == 2
    assert cells == ["Husby", dt.date(2014, 9, 19), dt.datetime(2014, 9, 19, 14, 30), 340,
                     35000.5, True, None]  # fmt: skip
    assert type(cells[1]) is dt.date


def test_merged_cells_hold_the_value_in_the_top_left_cell_only(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Land", "Ort", "Kontaktår"])
    sheet.append(["Danmark", "Herning", 1946])
    sheet.append([None, "Holbæk", 1949])
    sheet.merge_cells("A2:A3")  # "Danmark" spans both rows, as people lay out lists
    sheet.append(["Grönland", "Arsuk", 1987])
    sheet.merge_cells("B4:C4")
    path = tmp_path / "sammanslagna.xlsx"
    workbook.save(path)
    assert list(open_table(path).rows()) == [
        (2, ["Danmark", "Herning", 1946]),
        (3, [None, "Holbæk", 1949]),
        (4, ["Grönland", "Arsuk", None]),
    ]


def test_sheets_are_listed_and_one_can_be_chosen(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Översikt"
    first.append(["Text"])
    first.append(["Inget här"])
    towns = workbook.create_sheet("Vänorter")
    towns.append(["Vänortskedjan 2014"])  # a title row above the headings
    towns.append([])
    towns.append(["Ort", "Land"])
    towns.append(["Eiði", "Färöarna"])
    towns.append([])
    towns.append(["Arsuk", "Grönland"])
    workbook.create_sheet("Tom")
    workbook.active = 1
    path = tmp_path / "flera.xlsx"
    workbook.save(path)

    default = open_table(path, header_row=3)
    assert default.sheets == ["Översikt", "Vänorter", "Tom"]
    assert default.sheet == "Vänorter"  # the sheet Excel shows on opening
    assert default.headers == ["Ort", "Land"]
    # Row numbers are the sheet's own; the blank row 5 is skipped.
    assert list(default.rows()) == [(4, ["Eiði", "Färöarna"]), (6, ["Arsuk", "Grönland"])]

    chosen = open_table(path, sheet="Översikt")
    assert chosen.headers == ["Text"]
    assert list(chosen.rows()) == [(2, ["Inget här"])]


def test_an_empty_sheet_gives_no_rows_and_says_so(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ort"])
    workbook.create_sheet("Tom")
    path = tmp_path / "tom.xlsx"
    workbook.save(path)
    table = open_table(path, sheet="Tom")
    assert table.is_empty
    assert table.empty_message == "The sheet “Tom” is empty."
    assert table.headers == []
    assert list(table.rows()) == []


def test_headings_without_rows_below_say_so(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ort", "Land"])
    path = tmp_path / "bara-rubriker.xlsx"
    workbook.save(path)
    table = open_table(path)
    assert table.headers == ["Ort", "Land"]
    assert table.empty_message == "There are no rows below the column headings in row 1."
    assert list(table.rows()) == []


def test_an_empty_heading_row_is_refused_when_the_sheet_has_content(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ort", "Land"])
    workbook.active.append(["Lich", "Tyskland"])
    path = tmp_path / "fel-rad.xlsx"
    workbook.save(path)
    with pytest.raises(SourceError) as caught:
        open_table(path, header_row=7)
    assert caught.value.message == (
        "Row 7 is empty; choose the row that holds the column headings."
    )


def test_an_unknown_sheet_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "Blad1"
    path = tmp_path / "blad.xlsx"
    workbook.save(path)
    with pytest.raises(SourceError) as caught:
        open_table(path, sheet="Blad2")
    assert caught.value.message == "The workbook blad.xlsx has no sheet named “Blad2”."


def test_headings_are_text_even_when_numbers_or_dates(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ort", 2014, 2015.0, dt.date(2016, 1, 1), None, " Not ", None])
    workbook.active.append(["Lich", 1, 2, 3, 4, 5])
    path = tmp_path / "rubriker.xlsx"
    workbook.save(path)
    table = open_table(path)
    assert table.headers == ["Ort", "2014", "2015", "2016-01-01", "", "Not"]
    assert list(table.rows()) == [(2, ["Lich", 1, 2, 3, 4, 5])]


def test_a_wrong_stored_size_neither_cuts_rows_nor_pads_them(
    build_workbook: BuildWorkbook,
) -> None:
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Ort</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Herning</t></is></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><t>Lich</t></is></c></row>'
    )
    too_small = build_workbook("liten.xlsx", {"Blad1": sheet_xml(rows, dimension="A1")})
    assert [cells for _, cells in open_table(too_small).rows()] == [["Herning"], ["Lich"]]
    too_large = build_workbook("stor.xlsx", {"Blad1": sheet_xml(rows, dimension="A1:XFD1048576")})
    assert [cells for _, cells in open_table(too_large).rows()] == [["Herning"], ["Lich"]]


def test_progress_counts_sheet_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nr"])
    for number in range(2500):
        workbook.active.append([number])
    path = tmp_path / "manga.xlsx"
    workbook.save(path)
    reports: list[ReadProgress] = []
    rows = list(open_table(path).rows(progress=reports.append))
    assert len(rows) == 2500
    assert reports[-1].rows_read == 2500
    assert reports[-1].total == 2501  # the sheet's rows, headings included
    assert reports[-1].fraction == 1.0
    assert [report.done for report in reports] == sorted(report.done for report in reports)
    assert len(reports) >= 3


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (bytes(range(256)) * 40, "slump.xlsx"),
        (b"Ort;Land\nLich;Tyskland\n", "text.xlsx"),  # a renamed .txt
        (b"", "tom.xlsx"),
    ],
)
def test_a_file_that_is_not_a_workbook_is_refused(
    tmp_path: Path, content: bytes, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert (
        caught.value.message
        == f"The file {name} is not an Excel workbook (.xlsx) or it is damaged."
    )


def test_a_zip_without_workbook_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("protokoll.txt", "KS 2023/329")
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert "not an Excel workbook" in caught.value.message


def test_a_package_with_broken_parts_is_refused(build_workbook: BuildWorkbook) -> None:
    path = build_workbook("trasig.xlsx", {"Blad1": "<worksheet><sheetData><row>"})
    with pytest.raises(SourceError) as caught:
        list(open_table(path).rows())
    assert "not an Excel workbook" in caught.value.message


def test_an_old_or_encrypted_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "gammal.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert ".xls" in caught.value.message and "password-protected" in caught.value.message


ATTACK_MESSAGE = (
    "The workbook bomb.xlsx was refused because it contains XML entity declarations, "
    "which can be used to attack the computer."
)


def _refused_within_memory(path: Path) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(SourceError) as caught:
            open_table(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Expanded, the bomb would be 3 GB of "lol"; refused, it costs next to nothing.
    assert peak < 20 * 1024 * 1024
    return caught.value.message


def test_an_xml_bomb_in_the_shared_strings_is_refused(build_workbook: BuildWorkbook) -> None:
    path = build_workbook(
        "bomb.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=shared_strings_xml(["&lol9;"], prolog=billion_laughs()),
    )
    assert _refused_within_memory(path) == ATTACK_MESSAGE


def test_an_xml_bomb_in_a_sheet_is_refused(build_workbook: BuildWorkbook) -> None:
    bomb = sheet_xml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
        prolog=billion_laughs(),
    )
    path = build_workbook("bomb.xlsx", {"Blad1": bomb})
    assert _refused_within_memory(path) == ATTACK_MESSAGE


def test_an_xml_bomb_in_the_workbook_part_is_refused(build_workbook: BuildWorkbook) -> None:
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?>' + billion_laughs() + "<workbook xmlns="
        '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="&lol9;" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    path = build_workbook(
        "bomb.xlsx", {"Blad1": sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>')},
        workbook=workbook,
    )  # fmt: skip
    assert _refused_within_memory(path) == ATTACK_MESSAGE


def test_a_bomb_hidden_past_the_first_check_is_still_refused_by_the_parser(
    build_workbook: BuildWorkbook,
) -> None:
    # A long comment pushes the declaration beyond the bytes the first check looks at;
    # defusedxml, the second guard, refuses it when openpyxl parses the part.
    padding = "<!--" + "x" * (70 * 1024) + "-->"
    path = build_workbook(
        "bomb.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=shared_strings_xml(["&lol9;"], prolog=padding + billion_laughs()),
    )
    assert _refused_within_memory(path) == ATTACK_MESSAGE


def test_a_part_that_unpacks_too_large_is_refused_unparsed(
    build_workbook: BuildWorkbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_source, "MAX_PART_BYTES", 1024 * 1024)
    strings = shared_strings_xml(["Herning " * 10] * 30_000)  # about 2.5 MB, packs small
    path = build_workbook(
        "stor.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=strings,
    )
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "The workbook stor.xlsx was refused because a part of it unpacks to an unreasonable "
        "size (xl/sharedStrings.xml)."
    )


def test_a_workbook_changed_after_opening_is_not_read_blindly(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Ort"])
    workbook.active.append(["Lich"])
    path = tmp_path / "andras.xlsx"
    workbook.save(path)
    table = open_table(path)
    workbook.active.append(["Omaruru"])
    workbook.save(path)
    with pytest.raises(SourceError) as caught:
        list(table.rows())
    assert caught.value.message == (
        "The file andras.xlsx has changed since it was opened; open it again."
    )
