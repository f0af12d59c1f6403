"""The Reports menu and its dialog: a file made off the GUI thread and opened, Cancel, Print."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import demo_copy, english_interface, settle  # noqa: F401 (autouse fixture)
from pypdf import PdfReader
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

import ui.reports.dialog as dialog_module
from app.reports.builders import ReportError
from app.reports.document import Cancelled
from app.workspace import Workspace
from ui import printing
from ui.main_window import MainWindow
from ui.reports import install_reports_menu, viewer
from ui.reports.dialog import ReportDialog

TODAY = date(2026, 11, 22)


@pytest.fixture
def workspace(demo: Workspace) -> Workspace:
    """The demo register (the window tests' ``demo``): the reports are tried on it."""
    return demo


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files handed to the system viewer (none really is)."""
    seen: list[Path] = []

    def fake_open(path: Path) -> bool:
        seen.append(path)
        return True

    monkeypatch.setattr(viewer, "open_file", fake_open)
    return seen


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The print dialog answered with a printer that writes a PDF file; its path once asked."""
    seen: list[Path] = []

    def pdf_printer(parent: Any, pages: int) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printer.pdf"))
        printer.setResolution(100)
        seen.append(tmp_path / "printer.pdf")
        return printer

    monkeypatch.setattr(printing, "ask_printer", pdf_printer)
    return seen


def _dialog(
    qtbot: Any, workspace: Workspace, report: str = "register", **kwargs: Any
) -> ReportDialog:
    dialog = ReportDialog(workspace, report, today=TODAY, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_register_is_made_off_the_gui_thread_and_opened(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real_export = dialog_module.export_report

    def watched_export(*args: Any, **kwargs: Any) -> Path:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "export_report", watched_export)
    dialog = _dialog(qtbot, workspace)
    assert dialog.file_field.text().endswith("Twin town register 2026-11-22.pdf")
    target = out / "Vänortsregister 2026-11-22.pdf"
    dialog.file_field.setText(str(target))
    dialog.go_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=60_000)
    assert threads == [False]  # built on the worker thread
    assert dialog.result() == QDialog.DialogCode.Accepted
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    assert "Twin town register" in text and "Siglufjörður" in text


def test_excel_with_contacts_and_a_registry_number(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, Any]] = []
    monkeypatch.setattr(
        dialog_module,
        "export_report",
        lambda source, report, path, options, **kwargs: seen.append((report, options)) or path,
    )
    dialog = _dialog(qtbot, workspace, "grants")
    dialog.format_field.setCurrentIndex(dialog.format_field.findData("xlsx"))
    assert dialog.file_field.text().endswith("Grants 2026-11-22.xlsx")
    dialog.all_years_field.setChecked(False)
    dialog.year_field.setValue(2014)
    assert dialog.file_field.text().endswith("Grants 2014 2026-11-22.xlsx")
    dialog.contacts_field.setChecked(True)
    dialog.registry_field.setText(" KS 2026/9 ")
    dialog.file_field.setText(str(out / "bidrag.xlsx"))
    dialog.go_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    report, options = seen[0]
    assert report == "grants"
    assert (options.year, options.include_contacts, options.registry_no) == (
        2014,
        True,
        "KS 2026/9",
    )


def test_word_is_offered_and_written_as_a_docx(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path]
) -> None:
    """Choosing Word with the keyboard names the file .docx and writes a Word document."""
    import docx

    dialog = _dialog(qtbot, workspace)
    dialog.format_field.setFocus()
    qtbot.keyClicks(dialog.format_field, "W")
    assert dialog.format_field.currentData() == "docx"
    assert dialog.file_field.text().endswith("Twin town register 2026-11-22.docx")
    target = out / "register.docx"
    dialog.file_field.setText(str(target))
    dialog.go_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=60_000)
    document = docx.Document(str(target))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert "Siglufjörður" in cells and "Eiði" in cells
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings and all(headings)


def test_the_fields_follow_the_chosen_report(qtbot: Any, workspace: Workspace) -> None:
    dialog = _dialog(qtbot, workspace)
    form = dialog.form

    def visible() -> set[str]:
        rows = {
            "year": dialog.year_row,
            "term": dialog.term_field,
            "trip": dialog.trip_field,
            "meeting": dialog.meeting_field,
        }
        return {name for name, widget in rows.items() if form.isRowVisible(widget)}

    expected = {
        "register": set(),
        "annual": {"year"},
        "tripreport": {"trip"},
        "term": {"term"},
        "hosting": {"meeting"},
        "grants": {"year"},
    }
    for report, rows in expected.items():
        dialog.report_field.setCurrentIndex(dialog.report_field.findData(report))
        assert visible() == rows, report
    dialog.report_field.setCurrentIndex(dialog.report_field.findData("annual"))
    assert dialog.year_field.value() == 2014  # the latest year the demo has work in
    dialog.report_field.setCurrentIndex(dialog.report_field.findData("hosting"))
    assert "hosted by Vänersborg" in dialog.meeting_field.currentText()
    dialog.report_field.setCurrentIndex(dialog.report_field.findData("term"))
    assert dialog.term_field.currentText() == "2026–2030"
    assert dialog.options().term == 2026


def test_cancel_stops_the_work_and_writes_nothing(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def slow_export(source: Any, report: str, path: Path, options: Any, **kwargs: Any) -> Path:
        kwargs["progress"]("Writing the PDF…", 0.2)
        started.set()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if kwargs["is_cancelled"]():
                raise Cancelled()
            time.sleep(0.01)
        raise AssertionError("the cancel flag was never set")

    monkeypatch.setattr(dialog_module, "export_report", slow_export)
    dialog = _dialog(qtbot, workspace)
    dialog.file_field.setText(str(out / "register.pdf"))
    dialog.go_button.click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    job = dialog.job
    assert job is not None and job.is_running()
    assert not dialog.go_button.isEnabled()
    cancel = [b for b in job.dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    assert len(cancel) == 1
    cancel[0].click()
    qtbot.waitUntil(
        lambda: dialog.message.text() == "Cancelled; no file was written.", timeout=10_000
    )
    assert not job.is_running()
    assert opened == [] and list(out.iterdir()) == []
    assert dialog.isVisible() and dialog.go_button.isEnabled()


def test_a_refusal_is_said_in_the_dialog(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, workspace)
    dialog.file_field.setText(str(out / "no such folder" / "register.pdf"))
    dialog.go_button.click()
    assert "the folder does not exist" in dialog.message.text()
    assert dialog.job is None

    def refused(*args: Any, **kwargs: Any) -> Path:
        raise ReportError("There is no trip with the number 5 in the register.")

    monkeypatch.setattr(dialog_module, "export_report", refused)
    dialog.file_field.setText(str(out / "register.pdf"))
    dialog.go_button.click()
    qtbot.waitUntil(lambda: "no trip with the number 5" in dialog.message.text(), timeout=10_000)
    assert opened == []


def test_print_makes_a_pdf_and_hands_it_over(
    qtbot: Any, workspace: Workspace, printed: list[Path], opened: list[Path]
) -> None:
    dialog = _dialog(qtbot, workspace, "annual", print_mode=True)
    assert not dialog.form.isRowVisible(dialog.format_field)
    assert dialog.go_button.text() == "Print…"
    note = dialog.findChild(QLabel, "print_note")
    assert note is not None and note.isVisible()
    assert "print dialog" in note.text()
    dialog.go_button.click()
    qtbot.waitUntil(lambda: bool(printed), timeout=60_000)
    # The pages are painted on the printer (here a PDF file) off the GUI thread.
    job = dialog.findChild(printing.PdfPrinting)
    assert job is not None
    qtbot.waitUntil(lambda: job.pages_printed is not None, timeout=60_000)
    assert job.pages_printed >= 1
    assert len(PdfReader(str(printed[0])).pages) == job.pages_printed
    assert opened == []


def test_the_menu_holds_every_report_and_print(qtbot: Any, workspace: Workspace) -> None:
    """The window installs the entries; a rebuild (new language) or a second install refills
    them in place, and an entry of another package stays."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    mine = [
        "act_report_register",
        "act_report_annual",
        "act_report_tripreport",
        "act_report_term",
        "act_report_hosting",
        "act_report_grants",
        "act_report_decisions",
        "",
        "act_report_print",
    ]
    foreign = QAction("Someone else's report…", window.reports_menu)
    foreign.setObjectName("act_other")
    window.reports_menu.addAction(foreign)
    install_reports_menu(window)  # already installed by the window: filled again, not twice
    window.rebuild()

    def names() -> list[str]:
        return [action.objectName() for action in window.reports_menu.actions()]

    assert names()[: len(mine)] == mine
    assert names().count("act_report_register") == 1
    assert "act_other" in names()
    window.reports_menu.actions()[1].trigger()
    settle(qtbot, window)  # the dialog opens when the worker has read what it offers
    dialogs = [d for d in window.findChildren(ReportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].report_name() == "annual"
    dialogs[0].reject()


def test_the_decision_register_of_a_typed_period(
    qtbot: Any, workspace: Workspace, out: Path, opened: list[Path]
) -> None:
    """From the Reports menu's dialog: a period typed, a wrong day refused in one sentence."""
    from helpers import type_text

    dialog = _dialog(qtbot, workspace, "decisions")
    assert dialog.period_row.isVisible() and not dialog.year_row.isVisible()
    type_text(qtbot, dialog.from_field, "2014-13-01")
    dialog.file_field.setText(str(out / "beslut.pdf"))
    dialog.go_button.click()
    assert dialog.message.text() == "Write the first day of the period as 2026-01-01."
    assert not opened
    dialog.from_field.clear()
    type_text(qtbot, dialog.from_field, "2014-01-01")
    type_text(qtbot, dialog.to_field, "2014-12-31")
    dialog.go_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    text = " ".join(page.extract_text() for page in PdfReader(str(opened[0])).pages)
    flat = " ".join(text.split())
    assert "Decision register" in flat and "Decisions from 2014-01-01 to 2014-12-31" in flat
    assert "KS 2014/187" in flat and "Internationell samordnare" in flat
    assert "KS 2007/607" not in flat  # 2008: outside the period


def test_file_print_opens_the_print_dialog_of_the_reports(qtbot: Any, workspace: Workspace) -> None:
    """File ▸ Print… is in the File menu and opens the report dialog in print mode."""
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "act_print")
    assert action is not None and action in window.file_menu.actions()
    action.trigger()
    settle(qtbot, window)  # the dialog opens when the worker has read what it offers
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.print_mode
    assert dialog.go_button.text() == "Print…"
    dialog.reject()
