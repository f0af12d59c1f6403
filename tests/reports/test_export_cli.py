"""``vanort export``: a file per report, and one sentence with a non-zero exit for each mistake."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from command_line import command_listed
from pypdf import PdfReader

from app.__main__ import main
from tests.reports.helpers import page_texts
from tests.reports.test_builders_data import (
    CONTACT_EMAIL,
    Material,
)


@pytest.fixture(autouse=True)
def export_command_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command as the runner finds it, whether or not the lead has listed it yet."""
    command_listed(monkeypatch, "app.cli.export")


@pytest.fixture
def database(material_template: tuple[Path, Material], tmp_path: Path) -> Path:
    """A copy of the demo with a year of board material (made once per module in the conftest)."""
    copy = tmp_path / "register.sqlite3"
    shutil.copy(material_template[0], copy)
    return copy


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(["--language", "en", "export", *arguments])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].endswith(".")
    return lines[0]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_register_is_written_in_the_format_of_the_ending(
    database: Path, out: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    target = out / f"Vänortsregister{suffix}"
    status, printed, err = _run(
        capsys, "--database", str(database), "--report", "register", "--out", str(target)
    )
    assert (status, err) == (0, "")
    assert str(target) in printed
    if suffix == ".pdf":
        text = " ".join(page_texts(target))
        assert "Twin town register" in text and "Siglufjörður" in text
    else:
        workbook = openpyxl.load_workbook(target, read_only=True)
        try:
            names = [
                row[0] for row in workbook["Twin towns"].iter_rows(min_row=2, values_only=True)
            ]
        finally:
            workbook.close()
        assert "Siglufjörður" in names and "Eiði" in names


@pytest.mark.parametrize(
    ("arguments", "file_name"),
    [
        (("--report", "annual", "--year", "2014"), "annual.pdf"),
        (("--report", "tripreport", "--id", "1"), "trip.pdf"),
        (("--report", "term", "--term", "2022"), "term.xlsx"),
        (("--report", "hosting", "--id", "7"), "hosting.pdf"),
        (("--report", "grants"), "grants.xlsx"),
        (("--report", "grants", "--year", "2014"), "grants-2014.pdf"),
    ],
)
def test_every_report_can_be_exported(
    database: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    file_name: str,
) -> None:
    target = out / file_name
    status, _printed, err = _run(
        capsys, "--database", str(database), *arguments, "--out", str(target)
    )
    assert (status, err) == (0, "")
    if target.suffix == ".pdf":
        assert len(PdfReader(str(target)).pages) >= 2
    else:
        workbook = openpyxl.load_workbook(target, read_only=True)
        try:
            assert len(workbook.sheetnames) >= 2
        finally:
            workbook.close()


def test_contacts_only_with_the_option(
    database: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain, full = out / "plain.pdf", out / "full.pdf"
    assert (
        _run(capsys, "--database", str(database), "--report", "register", "--out", str(plain))[0]
        == 0
    )
    assert (
        _run(
            capsys,
            "--database",
            str(database),
            "--report",
            "register",
            "--with-contacts",
            "--out",
            str(full),
        )[0]
        == 0
    )
    assert CONTACT_EMAIL not in " ".join(page_texts(plain))
    assert CONTACT_EMAIL in " ".join(page_texts(full))


def test_registry_number_on_the_title_page(
    database: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.pdf"
    status, _, _ = _run(
        capsys,
        "--database",
        str(database),
        "--report",
        "register",
        "--registry-no",
        "KS 2026/77",
        "--out",
        str(target),
    )
    assert status == 0
    assert "KS 2026/77" in page_texts(target)[0]


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (("--report", "budget", "--out", "x.pdf"), "There is no report called 'budget'"),
        (("--report", "annual", "--out", "x.pdf"), "needs a year; give it with --year"),
        (
            ("--report", "annual", "--year", "twenty", "--out", "x.pdf"),
            "--year needs a whole number",
        ),
        (
            ("--report", "tripreport", "--id", "999", "--out", "x.pdf"),
            "no trip with the number 999",
        ),
        (("--report", "tripreport", "--out", "x.pdf"), "give its number with --id"),
        (("--report", "hosting", "--id", "999", "--out", "x.pdf"), "no network meeting"),
        (("--report", "term", "--term", "1999", "--out", "x.pdf"), "no term of office 1999"),
        (("--report", "register", "--out", "x.doc"), "as .pdf, .xlsx or .docx, not as .doc"),
        (("--report", "register"), "Name the file to write with --out"),
        (("--out", "x.pdf"), "Name the report with --report"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_1(
    database: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: tuple[str, ...],
    sentence: str,
) -> None:
    monkeypatch.chdir(out)
    status, printed, err = _run(capsys, "--database", str(database), *arguments)
    assert status == 1
    assert printed == ""
    assert sentence in _one_sentence(err)
    assert list(out.iterdir()) == []  # nothing half-written


def test_an_unwritable_place_is_one_sentence(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing folder" / "register.pdf"
    status, _, err = _run(
        capsys, "--database", str(database), "--report", "register", "--out", str(target)
    )
    assert status == 1
    assert "cannot be written to" in _one_sentence(err)
    assert "the folder does not exist" in err


def test_a_missing_database_is_one_sentence(
    tmp_path: Path, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(
        capsys,
        "--database",
        str(tmp_path / "nothing.sqlite3"),
        "--report",
        "register",
        "--out",
        str(out / "r.pdf"),
    )
    assert status == 1
    _one_sentence(err)
    assert list(out.iterdir()) == []


def test_an_unknown_option_is_a_usage_error(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = _run(capsys, "--database", str(database), "--report", "register", "--colour")
    assert status == 2
    assert "--colour" in _one_sentence(err)
