"""The Excel renderer: text stays text, numbers stay numbers, the first sheet explains."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app.reports import (
    UNKNOWN,
    Amount,
    Cancelled,
    DataSource,
    Letterhead,
    Paragraph,
    PersonalDataStatement,
    ReportDocument,
    Section,
    Table,
    render_xlsx,
)
from app.reports.xlsx import MAX_CELL_CHARS, sheet_title
from tests.reports.helpers import BELL, BELL_CLEANED, HOSTILE, long_note
from tests.reports.sample_documents import hostile_report, mapping_report


def _document(body: list, **kwargs: object) -> ReportDocument:
    fields: dict = {
        "title": "Testrapport",
        "letterhead": Letterhead("Vänersborgs kommun"),
        "date": date(2026, 11, 22),
    }
    fields.update(kwargs)
    return ReportDocument(body=body, **fields)


def _sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        }


def test_hostile_strings_stay_text(out: Path) -> None:
    """Formula-like and error-like strings read back as the same strings of type text."""
    target = out / "hostile.xlsx"
    render_xlsx(hostile_report(long_note()), target)
    workbook = openpyxl.load_workbook(target)
    sheet = workbook.worksheets[1]
    column_a = [sheet.cell(row=row, column=1) for row in range(2, len(HOSTILE) + 2)]
    assert [cell.value for cell in column_a] == HOSTILE
    assert all(cell.data_type == "s" for cell in column_a)
    third = [sheet.cell(row=row, column=3).value for row in range(2, len(HOSTILE) + 2)]
    assert third == [f"{text} / rad" for text in HOSTILE]
    assert sheet.cell(row=len(HOSTILE) + 2, column=1).value == BELL_CLEANED
    # Nothing anywhere is a formula or an error value.
    for xml in _sheet_xml(target).values():
        assert "<f>" not in xml and "<f " not in xml
        assert 't="e"' not in xml
        assert BELL not in xml


def test_formula_like_text_carries_the_quote_prefix(out: Path) -> None:
    """Excel keeps "=..." as text even after the user edits the cell."""
    target = out / "prefix.xlsx"
    render_xlsx(hostile_report("kort"), target)
    sheet = openpyxl.load_workbook(target).worksheets[1]
    flags = {sheet.cell(row=row, column=1).value: sheet.cell(row=row, column=1).quotePrefix
             for row in range(2, len(HOSTILE) + 2)}  # fmt: skip
    assert flags['=HYPERLINK("http://example.org","x")'] is True
    assert flags["#N/A"] is True
    assert flags["@SUM(A1)"] is True
    assert flags["Nuuk"] is False


def test_first_sheet_says_what_where_and_whether_personal_data(out: Path) -> None:
    """Title, description, database, filters, created time and the personal-data statement."""
    target = out / "about.xlsx"
    render_xlsx(hostile_report("kort"), target)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.title == "About this report"
    values = {
        row[0].value: row[1].value
        for row in sheet.iter_rows(min_row=1, max_col=2)
        if row[0].value is not None
    }
    assert sheet["A1"].value == "Rapport om Smith & Co <AB> och R&D"
    assert values["Database"] == "vanort <test>.sqlite3"
    assert values["Filters"] == "Namn: =1+1"
    assert values["What it is"] == '=HYPERLINK("http://example.org","x") beskrivning'
    assert values["Personal data"] == (
        "This report contains personal data: names of contact persons, e-mail addresses."
    )
    assert values["Registry number"] == "KS 2026/1 <b>"
    assert isinstance(values["Created"], datetime)
    assert values["Date"] == datetime(2026, 11, 22)
    filter_rows = [row[1].value for row in sheet.iter_rows(max_col=2) if row[1].value]
    assert "Land: #N/A" in filter_rows


def test_no_personal_data_is_said_too(out: Path) -> None:
    """A report without personal data states that on its first sheet."""
    target = out / "none.xlsx"
    render_xlsx(_document([], personal_data=PersonalDataStatement()), target)
    cells = [
        c.value for row in openpyxl.load_workbook(target).worksheets[0].iter_rows() for c in row
    ]
    assert "This report contains no personal data." in cells


def test_table_sheet_has_frozen_bold_filtered_header_and_typed_values(out: Path) -> None:
    """Header bold and frozen with a filter; dates, amounts and counts are real numbers."""
    table = Table(
        columns=("Förening", "Datum", "Bidrag", "Medlemmar"),
        rows=[
            ["Herning", date(2013, 5, 1), Amount(Decimal(16800), "DKK"), 230],
            ["Husby", date(2013, 6, 2), Amount(Decimal(35000), "DKK"), 340],
            ["Vänersborg", date(2013, 7, 3), Amount(Decimal("10000.50")), UNKNOWN],
        ],
        total=["Totalt", None, None, 570],
        caption="Bidrag",
    )
    target = out / "typed.xlsx"
    render_xlsx(_document([table]), target)
    sheet = openpyxl.load_workbook(target)["Bidrag"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D4"
    assert all(sheet.cell(row=1, column=c).font.b for c in range(1, 5))
    assert sheet["B2"].value == datetime(2013, 5, 1)
    assert sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].value == 16800 and sheet["C2"].data_type == "n"
    assert sheet["C2"].number_format == '#,##0 "DKK"'
    assert sheet["C4"].value == pytest.approx(10000.5)
    assert sheet["C4"].number_format == '#,##0.00 "kr"'
    assert sheet["D3"].value == 340
    assert sheet["D4"].value == "unknown"
    assert [sheet.cell(row=5, column=c).value for c in range(1, 5)] == ["Totalt", None, None, 570]
    assert sheet["A5"].font.b and sheet["D5"].font.b


def test_swedish_unknown_in_excel(out: Path, report_swedish: None) -> None:
    """The unknown marker is written in the chosen language."""
    target = out / "sv.xlsx"
    render_xlsx(mapping_report(), target)
    sheet = openpyxl.load_workbook(target)["Vänorter"]
    assert sheet["D8"].value == "uppgift saknas"
    assert sheet["A11"].value == "Totalt" and sheet["D11"].value == 1135


def test_column_widths_fit_and_are_capped_and_long_text_wraps(out: Path) -> None:
    """Short columns stay narrow, a long text column is capped and its cells wrap."""
    remark = "Besöket gällde skolutbyte, kultur och idrott. " * 10
    table = Table(columns=("Ort", "Anteckning"), rows=[["Nuuk", remark], ["Eiði", "kort"]])
    target = out / "widths.xlsx"
    render_xlsx(_document([table]), target)
    sheet = openpyxl.load_workbook(target).worksheets[1]
    assert 8 <= sheet.column_dimensions["A"].width <= 12
    assert sheet.column_dimensions["B"].width == 60
    assert sheet["B2"].alignment.wrap_text is True
    assert sheet["B2"].value == remark


def test_over_long_cell_text_is_cut_to_excels_limit(out: Path) -> None:
    """Excel cannot hold more than 32 767 characters in a cell; the text is cut visibly."""
    table = Table(columns=("Text",), rows=[["å" * 40_000]])
    target = out / "huge.xlsx"
    render_xlsx(_document([table]), target)
    value = openpyxl.load_workbook(target).worksheets[1]["A2"].value
    assert len(value) == MAX_CELL_CHARS
    assert value.endswith("…")


def test_sheet_names_are_valid_and_unique(out: Path) -> None:
    """Captions with forbidden characters, long ones and repeated ones all get valid names."""
    tables = [
        Table(columns=("A",), rows=[["1"]], caption="Bidrag [DKK]: 2013/2014 *?\\"),
        Table(columns=("A",), rows=[["2"]], caption="Bidrag [DKK]: 2013/2014 *?\\"),
        Table(
            columns=("A",),
            rows=[["3"]],
            caption="En mycket lång rubrik som inte får plats i fliken",
        ),
        Table(columns=("A",), rows=[["4"]]),
        Table(columns=("A",), rows=[["5"]], sheet_name="History"),
    ]
    target = out / "names.xlsx"
    render_xlsx(_document([Section("Tabeller", tables)]), target)
    names = openpyxl.load_workbook(target).sheetnames
    assert len(names) == 6
    assert len({name.lower() for name in names}) == 6
    for name in names:
        assert len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
    assert names[1] == "Bidrag DKK 2013 2014"
    assert names[2] == "Bidrag DKK 2013 2014 (2)"
    assert names[4] == "Table 4"
    assert names[5].lower() != "history"


def test_sheet_title_rules() -> None:
    """The naming function on its own: cleaning, cutting, numbering, the fallback."""
    used: set[str] = set()
    assert sheet_title("'Vänorter'", used, "x") == "Vänorter"
    assert sheet_title("vänorter", used, "x") == "vänorter (2)"
    assert sheet_title("   ", used, "Tabell 9") == "Tabell 9"
    assert sheet_title("a" * 40, used, "x") == "a" * 31
    assert sheet_title("a" * 40, used, "x") == "a" * 27 + " (2)"


def test_map_figure_becomes_a_coordinate_sheet(out: Path) -> None:
    """The map's places are listed with their numbers and coordinates as numbers."""
    target = out / "map.xlsx"
    render_xlsx(mapping_report(), target)
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Figure 1"]
    assert [c.value for c in sheet[1]] == ["No.", "Place", "Latitude", "Longitude"]
    assert [c.value for c in sheet[5]] == [4, "Siglufjörður", 66.15, -18.91]
    facts = workbook["Fact sheets"]
    assert [c.value for c in facts[2]] == ["Vänersborg", "Land eller område", "Sverige"]


def test_paragraph_only_report_still_has_its_first_sheet(out: Path) -> None:
    """Text alone gives one sheet: the description of the report."""
    target = out / "text.xlsx"
    render_xlsx(_document([Paragraph("Bara text.")], source=DataSource("db")), target)
    assert openpyxl.load_workbook(target).sheetnames == ["About this report"]


def test_cancelling_leaves_no_file_and_keeps_the_old_one(out: Path) -> None:
    """A cancel part-way raises Cancelled; an earlier export at the path is untouched."""
    target = out / "register.xlsx"
    target.write_bytes(b"last week")
    asked: list[int] = []

    def cancel_on_third_question() -> bool:
        asked.append(1)
        return len(asked) >= 3

    rows = [[f"Ort {n}", n] for n in range(5000)]
    with pytest.raises(Cancelled):
        render_xlsx(
            _document([Table(columns=("Ort", "Nr"), rows=rows)]),
            target,
            is_cancelled=cancel_on_third_question,
        )
    assert target.read_bytes() == b"last week"
    assert sorted(p.name for p in out.iterdir()) == ["register.xlsx"]


def test_progress_ends_complete(out: Path) -> None:
    """Progress rises to its total."""
    reports: list[tuple[int, int]] = []
    rows = [[f"Ort {n}", n] for n in range(2000)]
    render_xlsx(
        _document([Table(columns=("Ort", "Nr"), rows=rows)]),
        out / "p.xlsx",
        progress=lambda done, total: reports.append((done, total)),
    )
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)
    assert reports[-1][0] == reports[-1][1]
