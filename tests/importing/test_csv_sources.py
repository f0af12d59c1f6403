"""Reading CSV files as Swedish Excel and others write them."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from app.importing.csv_source import detect_delimiter
from app.importing.sources import Cancelled, ReadProgress, SourceError, open_table

# What Swedish Excel writes for "CSV (semikolonavgränsad)": Windows-1252, semicolons,
# CRLF, a number with a space as thousands separator kept as text.
SWEDISH_EXCEL = (
    "Ort;Land;Kontaktår;Medlemmar\r\n"
    "Göteborg;Sverige;1946;1 135\r\n"
    "Århus;Danmark;1949;\r\n"
    "Siglufjörður;Island;1949;30\r\n"
)


def test_swedish_excel_csv_is_read_as_windows_1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "vanorter.csv"
    path.write_bytes(SWEDISH_EXCEL.encode("cp1252"))
    table = open_table(path)
    assert table.kind == "csv"
    assert table.detected == {"encoding": "cp1252", "delimiter": ";"}
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert table.sheets == [] and table.sheet is None
    assert table.headers == ["Ort", "Land", "Kontaktår", "Medlemmar"]
    assert list(table.rows()) == [
        (2, ["Göteborg", "Sverige", "1946", "1 135"]),
        (3, ["Århus", "Danmark", "1949", None]),
        (4, ["Siglufjörður", "Island", "1949", "30"]),
    ]


def test_utf8_with_byte_order_mark_and_commas(tmp_path: Path) -> None:
    path = tmp_path / "utf8.csv"
    text = 'Ort,Land,Anteckning\nŁódź,Polen,"Lich, Hessen"\nEiði,Färöarna,\n'
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = open_table(path)
    assert table.detected == {"encoding": "utf-8-sig", "delimiter": ","}
    assert table.headers == ["Ort", "Land", "Anteckning"]  # no mark glued to "Ort"
    assert list(table.rows()) == [
        (2, ["Łódź", "Polen", "Lich, Hessen"]),
        (3, ["Eiði", "Färöarna", None]),
    ]


def test_utf8_without_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "utan-bom.csv"
    path.write_text("Ort;Land\nPõltsamaa;Eesti\n", encoding="utf-8")
    table = open_table(path)
    assert table.detected == {"encoding": "utf-8", "delimiter": ";"}
    assert list(table.rows()) == [(2, ["Põltsamaa", "Eesti"])]


def test_tab_separated(tmp_path: Path) -> None:
    path = tmp_path / "tabb.csv"
    path.write_text("Ort\tLand\tNot\nNuuk\tGrönland\t1,5; 2\nArsuk\tGrönland\t\n", "utf-8")
    table = open_table(path)
    assert table.delimiter == "\t"
    assert list(table.rows()) == [
        (2, ["Nuuk", "Grönland", "1,5; 2"]),
        (3, ["Arsuk", "Grönland", None]),
    ]


def test_utf16_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Ort\tLand\r\nEsashi 江差町\tJapan\r\n".encode("utf-16"))
    table = open_table(path)
    assert table.detected == {"encoding": "utf-16", "delimiter": "\t"}
    assert list(table.rows()) == [(2, ["Esashi 江差町", "Japan"])]


def test_a_late_windows_1252_letter_is_found(tmp_path: Path) -> None:
    # Two megabytes of plain ASCII first: looking at the start alone would say UTF-8.
    path = tmp_path / "sent.csv"
    lines = ["Ort;Nr"] + [f"Lich;{n}" for n in range(200_000)] + ["Vänersborg;1"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    assert path.stat().st_size > 2 * 1024 * 1024
    table = open_table(path)
    assert table.encoding == "cp1252"
    *_, last = table.rows()
    assert last == (200_002, ["Vänersborg", "1"])


def test_broken_encoding_is_refused(tmp_path: Path) -> None:
    # Not UTF-8 (a lone 0xF6), and 0x81 is a byte Windows-1252 does not define.
    path = tmp_path / "trasig.csv"
    path.write_bytes(b"Ort;Land\nG\xf6teborg;Sverige\nX\x81Y;Z\n")
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "The file trasig.csv is neither UTF-8 nor Windows-1252 text; save it again as "
        "“CSV UTF-8” and import that."
    )


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x00\x01\x02binary\x00" * 100, "is not a text file"),
        (b"PK\x03\x04" + bytes(200), "perhaps an Excel workbook"),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "binar.csv"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert fragment in caught.value.message
    assert "binar.csv" in caught.value.message


def test_the_user_can_override_encoding_and_separator(tmp_path: Path) -> None:
    path = tmp_path / "val.csv"
    path.write_bytes("Ort;Antal\nHolbæk;1,5\n".encode("cp1252"))
    table = open_table(path, encoding="iso-8859-1", delimiter=",")
    assert table.encoding == "iso-8859-1" and table.delimiter == ","
    assert table.detected == {}  # nothing was detected: both were chosen
    assert table.headers == ["Ort;Antal"]
    assert list(table.rows()) == [(2, ["Holbæk;1", "5"])]


def test_a_wrong_encoding_chosen_by_hand_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fel.csv"
    path.write_bytes(SWEDISH_EXCEL.encode("cp1252"))
    with pytest.raises(SourceError) as caught:
        open_table(path, encoding="utf-8")
    assert caught.value.message == (
        "The file fel.csv cannot be read as utf-8; choose another character encoding."
    )


def test_unknown_encoding_and_bad_separator_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Ort\nLich\n", "utf-8")
    with pytest.raises(SourceError) as caught:
        open_table(path, encoding="klingon-8")
    assert caught.value.message == "klingon-8 is not a known character encoding."
    for bad in ("", ";;", '"', "\n"):
        with pytest.raises(SourceError):
            open_table(path, delimiter=bad)


def test_excel_separator_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text("sep=,\r\nOrt,Land;Region\r\nHusby,Tyskland;Sydslesvig\r\n", "utf-8")
    table = open_table(path)
    assert table.delimiter == ","
    assert table.headers == ["Ort", "Land;Region"]
    # Excel hides the hint line, so the headings are row 1 as the user sees them.
    assert list(table.rows()) == [(2, ["Husby", "Tyskland;Sydslesvig"])]


def test_quoted_fields_with_separators_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "citat.csv"
    path.write_text(
        'Ort;Anteckning;Land\n"Lich; Hessen";"Partnerstad sedan 2010,\nbeslut KS 2010/12";DE\n'
        'Omaruru;"Säger ""hej""";NA\n',
        "utf-8",
    )
    table = open_table(path)
    assert table.delimiter == ";"
    assert list(table.rows()) == [
        (2, ["Lich; Hessen", "Partnerstad sedan 2010,\nbeslut KS 2010/12", "DE"]),
        (3, ["Omaruru", 'Säger "hej"', "NA"]),
    ]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("Ort;Antal\nLich;1,5\nHerning;2,25\n", ";"),  # decimal commas do not fool it
        ('Ort,Not\n"Lich; Hessen",a\n"Husby; SH",b\n', ","),  # quoted semicolons neither
        ("Ort\tLand\nA\tB\n", "\t"),
        ("Vänorter 2014\nOrt;Land;År\nA;B;1\nC;D;2\nE;F;3\n", ";"),  # a title line above
        ("Ort\nLich\nHerning\n", ","),  # one column
        ("", ","),
    ],
)
def test_separator_detection(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == expected


def test_heading_row_below_a_title(tmp_path: Path) -> None:
    path = tmp_path / "rubrik.csv"
    path.write_text("Vänortskedjan\n\nOrt;Land\nHerning;Danmark\n\n;\nEidi;Färöarna\n", "utf-8")
    table = open_table(path, header_row=3)
    assert table.headers == ["Ort", "Land"]
    # Blank rows are skipped and numbers stay those of the file.
    assert list(table.rows()) == [(4, ["Herning", "Danmark"]), (7, ["Eidi", "Färöarna"])]


def test_short_rows_are_padded_and_long_rows_keep_their_values(tmp_path: Path) -> None:
    path = tmp_path / "ojamn.csv"
    path.write_text("Ort;Land;År;;\nLich\nHusby;DE;1988;extra;\nArsuk;GL;;;\n", "utf-8")
    table = open_table(path)
    assert table.headers == ["Ort", "Land", "År"]  # blank headings at the end dropped
    assert list(table.rows()) == [
        (2, ["Lich", None, None]),
        (3, ["Husby", "DE", "1988", "extra"]),
        (4, ["Arsuk", "GL", None]),
    ]


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    table = open_table(path)
    assert table.is_empty
    assert table.empty_message == "The file is empty."
    assert table.headers == []
    assert list(table.rows()) == []


def test_only_headings(tmp_path: Path) -> None:
    path = tmp_path / "rubriker.csv"
    path.write_text("Ort;Land\r\n;\r\n", "utf-8")
    table = open_table(path)
    assert table.headers == ["Ort", "Land"]
    assert table.empty_message == "There are no rows below the column headings in row 1."


def test_an_empty_heading_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tomrad.csv"
    path.write_text("\nOrt;Land\nLich;DE\n", "utf-8")
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == "Row 1 is empty; choose the row that holds the column headings."


def test_an_unclosed_quote_is_reported_not_swallowed(tmp_path: Path) -> None:
    path = tmp_path / "citat.csv"
    path.write_text('Ort;Not\nLich;"aldrig stängd\n' + "mer text;\n" * 30_000, "utf-8")
    # Found while looking for data below the headings, so already on opening.
    with pytest.raises(SourceError) as caught:
        open_table(path)
    assert caught.value.message == (
        "Row 2 of citat.csv could not be read as CSV; look for a quotation mark that is not closed."
    )


def test_a_file_changed_after_opening_is_not_read_blindly(tmp_path: Path) -> None:
    path = tmp_path / "andras.csv"
    path.write_text("Ort\nLich\n", "utf-8")
    table = open_table(path)
    path.write_text("Ort\nLich\nHerning\n", "utf-8")
    with pytest.raises(SourceError) as caught:
        list(table.rows())
    assert "has changed since it was opened" in caught.value.message


def test_rows_can_be_read_again(tmp_path: Path) -> None:
    path = tmp_path / "igen.csv"
    path.write_text("Ort\nLich\nHerning\n", "utf-8")
    table = open_table(path)
    assert list(table.rows()) == list(table.rows()) == [(2, ["Lich"]), (3, ["Herning"])]


def test_progress_goes_by_bytes_to_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "framsteg.csv"
    path.write_text("Ort;Nr\n" + "".join(f"Lich;{n}\n" for n in range(5000)), "utf-8")
    reports: list[ReadProgress] = []
    rows = list(open_table(path).rows(progress=reports.append))
    assert len(rows) == 5000
    size = path.stat().st_size
    assert all(report.total == size for report in reports)
    assert [report.done for report in reports] == sorted(report.done for report in reports)
    assert reports[-1] == ReadProgress(rows_read=5000, done=size, total=size)
    assert reports[-1].fraction == 1.0
    assert len(reports) >= 5


def _write_million_rows(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write("Nr;Ort;Land;Medlemmar\r\n")
        for start in range(0, 1_000_000, 10_000):
            stream.write(
                "".join(
                    f"{n};Vänersborg;Sverige;{n % 1000}\r\n" for n in range(start, start + 10_000)
                )
            )


@pytest.mark.slow
def test_a_million_rows_stream_with_progress_and_stop_when_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "miljon.csv"
    _write_million_rows(path)
    table = open_table(path)
    assert table.headers == ["Nr", "Ort", "Land", "Medlemmar"]

    reports: list[ReadProgress] = []

    def half_way() -> bool:
        return bool(reports) and (reports[-1].fraction or 0.0) >= 0.5

    rows = table.rows(progress=reports.append, cancelled=half_way)
    read = 0
    last_number = 0
    # Memory is traced over the first 60 000 rows only (tracing is slow): loading the
    # file first, or keeping the rows, would show there as tens of megabytes.
    tracemalloc.start()
    try:
        for number, cells in rows:
            read += 1
            last_number = number
            assert cells[0] == str(number - 2)
            if read == 60_000:
                break
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024

    with pytest.raises(Cancelled):
        for number, cells in rows:
            read += 1
            last_number = number
            assert cells[0] == str(number - 2)
    # Stopped about half way through the 30 MB file.
    assert 450_000 < read < 550_000
    assert last_number == read + 1
    assert reports[-1].total == path.stat().st_size
    assert 0.5 <= (reports[-1].fraction or 0.0) < 0.55
