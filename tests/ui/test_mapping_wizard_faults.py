"""The mapping wizard's faults of issue 13, each driven with keys as the coordinator would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from helpers import (
    english_interface,  # noqa: F401 (autouse fixture)
    type_text,
)
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWizard

from app.mapping import create_report, load_report
from app.reports.page_images import page_count
from app.workspace import Workspace
from ui import printing
from ui.mapping import MappingWizard
from ui.mapping.wizard import (
    PAGE_AGREEMENTS,
    PAGE_OUTLOOK,
    PAGE_OUTPUT,
    PAGE_OWN_SECTIONS,
    PAGE_SCOPE,
    PAGE_SOURCES,
)


@pytest.fixture
def wizard(qtbot: Any, demo: Workspace) -> Iterator[MappingWizard]:
    shown = MappingWizard(demo, create_report(demo.database))
    qtbot.addWidget(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    task = shown.output_page.preview_task
    if task is not None and task.is_running():
        task.wait()
    shown.close()


def _go_to(qtbot: Any, wizard: MappingWizard, page: int) -> None:
    for _ in range(page):
        if wizard.currentId() >= page:
            break
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == page


def test_the_own_sources_label_shows_no_ampersand_and_alt_y_reaches_its_box(
    qtbot: Any, wizard: MappingWizard
) -> None:
    """ "&Your own sources" names its box: the & is a shortcut, not printed."""
    _go_to(qtbot, wizard, PAGE_SOURCES)
    page = wizard.sources_page
    label = page.findChild(QLabel, "own_sources_label")
    assert label is not None and label.buddy() is page.own_edit
    page.found_list.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.own_edit)


def test_unticking_a_twinning_changes_the_text_of_what_is_in_scope(
    qtbot: Any, wizard: MappingWizard, demo: Workspace
) -> None:
    """Space on Lich takes it out of the sentence of what is covered and into what is left out."""
    _go_to(qtbot, wizard, PAGE_SCOPE)
    page = wizard.scope_page
    before = page.coverage_label.text()
    assert "Lich" in before.split("Left out:")[0]
    listing = page.twinning_list
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith("Lich"))
    listing.setFocus()
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    after = page.coverage_label.text()
    covered, _, left_out = after.partition("Left out:")
    assert "Lich" not in covered and "Lich" in left_out
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert "Lich" in page.coverage_label.text().split("Left out:")[0]


def test_the_agreements_table_fits_the_window(qtbot: Any, wizard: MappingWizard) -> None:
    """At 1280×720 the Avtal table wraps its long titles instead of running off to the right."""
    _go_to(qtbot, wizard, PAGE_AGREEMENTS)
    table = wizard.agreements_page.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    header = table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert used <= table.viewport().width() + 1
    assert table.horizontalScrollBar().maximum() == 0
    title = table.item(0, 0).text()
    assert len(title) > 40  # long enough that it must wrap
    assert table.rowHeight(0) > table.fontMetrics().height() * 1.5


def test_bold_italic_lists_and_quotations_from_the_keyboard(
    qtbot: Any, wizard: MappingWizard, demo: Workspace
) -> None:
    """Ctrl+B and Ctrl+I mark the selection; the list and quotation buttons mark lines."""
    _go_to(qtbot, wizard, PAGE_OWN_SECTIONS)
    page = wizard.own_sections_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.heading_edit, "Lokalavdelningen")
    box = page.text_edit
    box.setFocus()
    type_text(qtbot, box, "viktigt")
    qtbot.keyClick(box, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(box, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, box, "grundad 1945")
    qtbot.keyClick(box, Qt.Key.Key_End)  # past the closing mark
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(qtbot, box, "cirka 100 medlemmar")
    qtbot.mouseClick(box.bullet_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    type_text(qtbot, box, "Ett citat")
    qtbot.mouseClick(box.quote_button, Qt.MouseButton.LeftButton)
    assert box.toPlainText() == ("**viktigt**\n*grundad 1945*\n- cirka 100 medlemmar\n> Ett citat")
    assert wizard.save_now()
    stored = load_report(demo.database, wizard.report.id).content.own_sections
    assert [(s.heading, s.text) for s in stored] == [("Lokalavdelningen", box.toPlainText())]


def test_own_sections_are_renamed_reordered_and_removed(
    qtbot: Any, wizard: MappingWizard, demo: Workspace
) -> None:
    """Three sections added, the last moved to the top, one renamed, one removed."""
    _go_to(qtbot, wizard, PAGE_OWN_SECTIONS)
    page = wizard.own_sections_page
    for name in ("Ett", "Tva", "Tre"):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        type_text(qtbot, page.heading_edit, name)
        type_text(qtbot, page.text_edit, f"Text {name}")
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    page.item_list.setCurrentRow(1)
    page.heading_edit.setFocus()
    page.heading_edit.selectAll()
    type_text(qtbot, page.heading_edit, "Första")
    page.item_list.setCurrentRow(2)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert wizard.save_now()
    stored = load_report(demo.database, wizard.report.id).content.own_sections
    assert [(s.heading, s.text) for s in stored] == [("Tre", "Text Tre"), ("Första", "Text Ett")]


class _PdfPrinter:
    """Stands in for the print dialog: the printer it hands back writes a PDF file."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.asked: list[int] = []

    def __call__(self, parent: Any, pages: int) -> QPrinter:
        self.asked.append(pages)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(100)
        return printer


def _dark_share(path: Path, page_index: int) -> float:
    document = pypdfium2.PdfDocument(str(path))
    try:
        picture = document[page_index].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    histogram = picture.histogram()  # 256 counts of grey levels
    return sum(histogram[:200]) / (picture.width * picture.height)


def test_print_goes_through_the_print_dialog_and_paints_every_page(
    qtbot: Any, wizard: MappingWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Print… writes the report, asks for a printer and paints each page on it."""
    printed = tmp_path / "printed.pdf"
    dialog = _PdfPrinter(printed)
    monkeypatch.setattr(printing, "ask_printer", dialog)
    _go_to(qtbot, wizard, PAGE_OUTPUT)
    page = wizard.output_page
    qtbot.waitUntil(lambda: page.preview_task is None and bool(page.page_labels), timeout=60_000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent to the printer" in page.status_label.text(), timeout=60_000)
    expected = len(page.page_labels)
    assert dialog.asked == [expected]
    assert page_count(printed) == expected
    width, height = PdfReader(str(printed)).pages[0].mediabox.upper_right
    assert abs(float(width) - 595) < 3 and abs(float(height) - 842) < 3  # A4, not shrunk
    # Real pages, not blank sheets: the title page has its letters and the rest their text.
    # (A blank sheet has no pixel darker than light grey; the pale UTKAST is lighter still.)
    shares = [_dark_share(printed, i) for i in range(expected)]
    assert all(share > 0.001 for share in shares), shares


def test_a_printer_page_range_prints_only_those_pages(tmp_path: Path, qtbot: Any) -> None:
    """Pages 2 to 3 of a report: two sheets."""
    from datetime import date

    from app.reports import Letterhead, Paragraph, ReportDocument, Section, render_pdf

    source = tmp_path / "source.pdf"
    body = [Section(f"Kapitel {n}", [Paragraph("Text. " * 600)]) for n in range(4)]
    render_pdf(ReportDocument("Rapport", Letterhead("Kommun"), date(2026, 1, 1), body=body), source)
    printer = _PdfPrinter(tmp_path / "range.pdf")(None, 0)
    printer.setFromTo(2, 3)
    assert printing.paint_pdf(source, printer) == 2
    assert page_count(tmp_path / "range.pdf") == 2


def test_a_text_block_saved_in_one_report_is_inserted_into_the_next(
    qtbot: Any, demo: Workspace, wizard: MappingWizard
) -> None:
    """An outlook paragraph saved as a block comes back, word for word, in a later report."""
    from helpers import when_dialog_opens
    from PySide6.QtWidgets import QInputDialog

    from app.mapping.text_blocks import list_text_blocks

    def answer(dialog: Any, typed: str | None = None) -> None:
        assert isinstance(dialog, QInputDialog)
        if typed is not None:
            line = dialog.findChild(QLineEdit)
            line.selectAll()
            type_text(qtbot, line, typed)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _go_to(qtbot, wizard, PAGE_OUTLOOK)
    box = wizard.outlook_page.text_edit
    paragraph = "Enligt **SKR:s** enkät har 131 kommuner nordiska vänorter."
    # The outlook starts drafted from the reference facts: she writes her own instead.
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    type_text(qtbot, box, paragraph)
    when_dialog_opens(lambda d: answer(d, "Omvärld, SKR"), of_type=QInputDialog)
    qtbot.mouseClick(box.save_block_button, Qt.MouseButton.LeftButton)
    assert [(b.name, b.text) for b in list_text_blocks(demo.database)] == [
        ("Omvärld, SKR", paragraph)
    ]

    later = MappingWizard(demo, create_report(demo.database))
    qtbot.addWidget(later)
    later.show()
    _go_to(qtbot, later, PAGE_OWN_SECTIONS)
    page = later.own_sections_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.heading_edit, "Omvärlden")
    when_dialog_opens(answer, of_type=QInputDialog)
    qtbot.mouseClick(page.text_edit.insert_block_button, Qt.MouseButton.LeftButton)
    assert page.text_edit.toPlainText() == paragraph
    assert later.save_now()
    assert load_report(demo.database, later.report.id).content.own_sections[0].text == paragraph
    later.close()
