"""``app.reports.output.export_report``: renderer by file ending, progress, cancel, refusals."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app.reports.builders import ReportError, ReportOptions
from app.reports.document import Cancelled
from app.reports.output import export_report, format_of
from app.workspace import Workspace
from tests.reports.test_builders_data import TODAY


def test_the_ending_chooses_the_format(demo: Workspace, tmp_path: Path) -> None:
    pdf = export_report(
        demo.database, "register", tmp_path / "Register.PDF", ReportOptions(today=TODAY)
    )
    xlsx = export_report(
        demo.database, "register", tmp_path / "register.xlsx", ReportOptions(today=TODAY)
    )
    assert pdf.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(str(pdf)).pages) >= 3
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        assert "Twin towns" in workbook.sheetnames
    finally:
        workbook.close()
    assert format_of("a.Pdf") == "pdf" and format_of("b.XLSX") == "xlsx"


@pytest.mark.parametrize("name", ["report.doc", "report", "report.pdf.txt"])
def test_other_endings_are_refused_before_any_work(
    demo: Workspace, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportError, match=r"\.pdf, \.xlsx or \.docx"):
        export_report(demo.database, "register", out / name)
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_refused_in_one_sentence(demo: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "register.pdf"
    with pytest.raises(ReportError, match=r"cannot be written to .*the folder does not exist"):
        export_report(demo.database, "register", target)


def test_a_folder_as_target_is_refused(demo: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(ReportError, match="it is a folder"):
        export_report(demo.database, "register", folder)


def test_progress_runs_from_reading_to_the_end(demo: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[str, float | None]] = []
    export_report(
        demo.database,
        "register",
        tmp_path / "register.pdf",
        ReportOptions(today=TODAY),
        progress=lambda stage, fraction: seen.append((stage, fraction)),
    )
    assert seen[0] == ("Reading the register…", None)
    fractions = [fraction for _stage, fraction in seen if fraction is not None]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0 and len(fractions) > 3
    assert {stage for stage, _ in seen[1:]} == {"Writing the PDF…"}


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_cancel_leaves_no_file_and_keeps_an_older_one(
    demo: Workspace, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"register{suffix}"
    target.write_bytes(b"the older file")
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # let the reading pass, stop inside the renderer

    with pytest.raises(Cancelled):
        export_report(
            demo.database, "register", target, ReportOptions(today=TODAY), is_cancelled=cancelled
        )
    assert target.read_bytes() == b"the older file"
    assert [p.name for p in out.iterdir()] == [target.name]  # no partial file beside it


def test_cancel_before_reading(demo: Workspace, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        export_report(demo.database, "register", tmp_path / "r.pdf", is_cancelled=lambda: True)
    assert not (tmp_path / "r.pdf").exists()
