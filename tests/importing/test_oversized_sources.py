"""Zip bombs, oversized workbooks and damaged CSV text are refused early, cheaply and in words."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.importing.sources import SourceError, open_table
from tests.importing.workbook_parts import (
    ROOT_RELS,
    BuildWorkbook,
    content_types,
    shared_strings_xml,
    sheet_xml,
    workbook_rels,
    workbook_xml,
)

REPO = Path(__file__).resolve().parents[2]

# A child process opens the file and reports the refusal and its peak memory, so the
# figure is the whole process's, as a coordinator's laptop would see it.
PROBE = """
import json, sys, time
from app import i18n
from app.importing.sources import SourceError, open_table
i18n.set_language("en")
started = time.monotonic()
try:
    open_table(__import__("pathlib").Path(sys.argv[1]))
    message = None
except SourceError as error:
    message = error.message
# VmHWM belongs to this program alone; ru_maxrss would count the parent's pages
# inherited through fork.
status = open('/proc/self/status').read().split('VmHWM:')[1]
peak_kib = int(status.split()[0])
print(json.dumps({"message": message, "peak_mib": peak_kib / 1024,
                  "seconds": time.monotonic() - started}))
"""


def _probe(path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _bomb(path: Path, cell_bytes: int) -> Path:
    """A workbook of a few MB whose one cell unpacks to ``cell_bytes`` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package:
        package.writestr("[Content_Types].xml", content_types(1, False))
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", workbook_xml(["Blad1"]))
        package.writestr("xl/_rels/workbook.xml.rels", workbook_rels(1, False))
        with package.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            head, tail = sheet_xml(
                '<row r="1"><c r="A1" t="inlineStr"><is><t>§</t></is></c></row>'
            ).split("§")
            sheet.write(head.encode())
            block = b"a" * (1 << 20)
            for _ in range(cell_bytes // len(block)):
                sheet.write(block)
            sheet.write(tail.encode())
    return path


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    """1.5 GB in one cell, packed into a few MB, is refused with little memory."""
    path = _bomb(tmp_path / "bomb.xlsx", 1536 * 1024 * 1024)
    assert path.stat().st_size < 5 * 1024 * 1024
    result = _probe(path)
    assert result["message"] == (
        "The workbook bomb.xlsx was refused because a part of it unpacks to an unreasonable "
        "size (xl/worksheets/sheet1.xml)."
    )
    assert isinstance(result["peak_mib"], float) and result["peak_mib"] < 300


def test_a_workbook_of_too_many_rows_is_refused_before_its_cells_are_read(
    build_workbook: BuildWorkbook,
) -> None:
    """A million rows are counted from the packed XML, not parsed into cells."""
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 1_000_001))
    path = build_workbook("miljon.xlsx", {"Blad1": sheet_xml(rows)})
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "The workbook miljon.xlsx was refused because a sheet of it has more than "
        "250,000 rows; split it into smaller workbooks."
    )


def test_a_workbook_of_too_many_texts_is_refused(build_workbook: BuildWorkbook) -> None:
    """Over a million shared strings are refused without being loaded."""
    strings = shared_strings_xml([f"Ort {n}" for n in range(1_000_001)])
    path = build_workbook(
        "texter.xlsx",
        {"Blad1": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
        shared_strings=strings,
    )
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "The workbook texter.xlsx was refused because it holds more than 1,000,000 "
        "different texts; split it into smaller workbooks."
    )


def test_a_workbook_just_under_the_row_limit_is_read(build_workbook: BuildWorkbook) -> None:
    """The row count is not fooled by elements whose names start with "row"."""
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 4))
    sheet = sheet_xml(rows).replace("</worksheet>", '<rowBreaks count="0"/></worksheet>')
    path = build_workbook("liten.xlsx", {"Blad1": sheet})
    table = open_table(path)
    assert table.headers == ["1"]


def test_a_csv_mixing_utf8_and_windows_1252_names_both_lines(tmp_path: Path) -> None:
    """ "Göteborg" in UTF-8 and "Borås" in Windows-1252 in one file is refused, not garbled."""
    path = tmp_path / "blandad.csv"
    path.write_bytes(
        b"Ort;Land\n" + "Göteborg;SE\n".encode() + b"Lich;DE\n" + "Borås;SE\n".encode("cp1252")
    )
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "The file blandad.csv mixes two character encodings: line 2 is UTF-8 and line 4 is "
        "Windows-1252. Save the whole file again as “CSV UTF-8” and import that."
    )


def test_a_csv_in_windows_1252_alone_is_still_read(tmp_path: Path) -> None:
    """The mixed-encoding check leaves a plain Windows-1252 file alone."""
    path = tmp_path / "ansi.csv"
    path.write_bytes("Ort;Land\nGöteborg;SE\nBorås;SE\n".encode("cp1252"))
    table = open_table(path)
    assert [cells[0] for _, cells in table.rows()] == ["Göteborg", "Borås"]


def test_a_csv_field_over_the_limit_is_called_too_long(tmp_path: Path) -> None:
    """A 10 MB value is reported as too long, not as an unclosed quotation mark."""
    path = tmp_path / "lang.csv"
    path.write_text("Ort;Anteckning\nLich;" + "x" * (10 * 1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        list(open_table(path).rows())
    assert caught.value.message == (
        "Row 2 of lang.csv holds a value longer than 131,072 characters, which is more "
        "than any field of the register takes; shorten it or look for a quotation mark that "
        "is not closed."
    )
