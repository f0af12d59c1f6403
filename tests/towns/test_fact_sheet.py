"""One town's fact sheet written as PDF and Word and read back."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest

from app.reports.builders import ReportError
from app.services.records import Town
from app.towns.fact_sheet import write_town_fact_sheet
from app.workspace import Workspace


def holmestrand(demo: Workspace) -> int:
    (found,) = [t.id for t in demo.get_many("town") if t.name == "Holmestrand"]
    return int(found)


def test_the_pdf_holds_the_towns_facts(demo: Workspace, tmp_path: Path) -> None:
    """Name, country, contact year and the agreement come back out of the PDF."""
    written = write_town_fact_sheet(demo.database, holmestrand(demo), tmp_path / "sheet.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    text = " ".join(text.split())
    for expected in ("Holmestrand", "Norway", "1947", "Avtal om vänortsarbetet"):
        assert expected in text


def test_the_word_file_holds_the_same_facts(demo: Workspace, tmp_path: Path) -> None:
    """The .docx opens with python-docx and carries the same facts, in its tables or text."""
    written = write_town_fact_sheet(demo.database, holmestrand(demo), tmp_path / "sheet.docx")
    document = docx.Document(str(written))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = " ".join([p.text for p in document.paragraphs] + cells)
    for expected in ("Holmestrand", "Norway", "1947", "Avtal om vänortsarbetet"):
        assert expected in text


def test_no_fact_sheet_for_a_town_in_no_twinning(demo: Workspace, tmp_path: Path) -> None:
    """One sentence says why, and no file is left behind."""
    lone = demo.save(Town(name="Põltsamaa", country="EE"))
    with pytest.raises(ReportError, match="Põltsamaa is in no twinning"):
        write_town_fact_sheet(demo.database, lone.id, tmp_path / "sheet.pdf")
    assert list(tmp_path.glob("sheet*")) == []


def test_only_pdf_or_word(demo: Workspace, tmp_path: Path) -> None:
    """A spreadsheet ending is refused in one sentence."""
    with pytest.raises(ReportError, match=r"\.pdf or \.docx"):
        write_town_fact_sheet(demo.database, holmestrand(demo), tmp_path / "sheet.xlsx")
