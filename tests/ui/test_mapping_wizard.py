"""The mapping wizard driven page by page as the coordinator would, on the demo register."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    answer_message_box,
    english_interface,  # noqa: F401 (autouse fixture)
    type_text,
)
from mapping_written import everything_written
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidget, QMessageBox, QWizard

from app.mapping import create_report as create_mapping
from app.mapping import (
    heading,
    latest_report,
    load_report,
    mark_final,
    placeholder,
    save_content,
)
from app.services import records as r
from app.workspace import Workspace
from ui.mapping import MappingReportsDialog, MappingWizard
from ui.mapping import wizard as wizard_module
from ui.mapping.widgets import table_texts
from ui.mapping.wizard import (
    PAGE_ACTIVITIES,
    PAGE_AGREEMENTS,
    PAGE_ANALYSIS,
    PAGE_APPENDIX,
    PAGE_COMMISSION,
    PAGE_HISTORY,
    PAGE_OUTLOOK,
    PAGE_OUTPUT,
    PAGE_OWN_SECTIONS,
    PAGE_RECOMMENDATIONS,
    PAGE_SCOPE,
    PAGE_SOURCES,
    PAGE_TOWNS,
)


def _next(qtbot: Any, wizard: MappingWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)


def _replace_text(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def _toggle(qtbot: Any, listing: QListWidget, label_start: str) -> None:
    for row in range(listing.count()):
        if listing.item(row).text().startswith(label_start):
            listing.setFocus()
            listing.setCurrentRow(row)
            qtbot.keyClick(listing, Qt.Key.Key_Space)
            return
    raise AssertionError(f"no entry {label_start!r}")


def _town(ws: Workspace, name: str) -> Any:
    return next(t for t in ws.get_many("town") if t.name == name)


def _pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.replace("\u00a0", " ").split())


def test_a_new_register_lists_no_report_and_says_so(qtbot: Any, tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "ny.sqlite3", municipality="Exempelby kommun")
    try:
        dialog = MappingReportsDialog(ws)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.empty_label.isVisible)
        assert dialog.table.rowCount() == 0
        assert not dialog.follow_button.isEnabled()
    finally:
        ws.close()


def test_the_whole_wizard_page_by_page_then_reopened(
    qtbot: Any,
    reports: MappingReportsDialog,
    demo: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo ships its 2014 report as a draft: listed, but nothing final to start from.
    assert reports.table.rowCount() == 1 and not reports.empty_label.isVisible()
    assert not reports.follow_button.isEnabled()
    qtbot.mouseClick(reports.new_button, Qt.MouseButton.LeftButton)
    wizard = reports.wizard
    assert wizard is not None and reports.table.rowCount() == 2
    report_id = wizard.report.id

    # 1 Commission.
    assert wizard.currentId() == PAGE_COMMISSION
    page1 = wizard.commission_page
    assert page1.title_edit.text() == "Mapping of the twinnings"
    assert not page1.changes_box.isVisible()
    _replace_text(qtbot, page1.title_edit, "Kartläggning av vänortsförbindelser")
    _type_into(qtbot, page1.author_edit, "Karin Ekdahl")
    _type_into(qtbot, page1.registry_edit, "KS 2014/187")
    _type_into(qtbot, page1.commissioned_edit, "Styrgruppen för internationellt arbete")
    _type_into(qtbot, page1.occasion_edit, "The chain's planning seminar in Sydslesvig")
    _type_into(qtbot, page1.purpose_edit, "En klar bild över befintliga avtal.")
    _next(qtbot, wizard)
    # Saved on the change of page, before anything else.
    stored = load_report(demo.database, report_id).content.commission
    assert stored.author == "Karin Ekdahl"
    assert stored.commissioned_by == "Styrgruppen för internationellt arbete"
    assert load_report(demo.database, report_id).title == "Kartläggning av vänortsförbindelser"

    # 2 Method and scope: Lich left out on purpose.
    assert wizard.currentId() == PAGE_SCOPE
    page2 = wizard.scope_page
    labels = [page2.twinning_list.item(i).text() for i in range(page2.twinning_list.count())]
    assert "Utajärvi (1948–1976, ended)" in labels
    _toggle(qtbot, page2.twinning_list, "Lich")
    assert (page2.from_spin.value(), page2.to_spin.value()) == (1992, 2014)
    _type_into(qtbot, page2.method_edit, "Sökning i diariet och samtal med föreningens ordförande.")
    _type_into(qtbot, page2.left_out_edit, "Lich lämnas utanför med avsikt.")
    _next(qtbot, wizard)
    lich = next(t for t in demo.get_many("twinning") if t.town_b_id == _town(demo, "Lich").id)
    assert lich.id not in load_report(demo.database, report_id).content.scope.twinning_ids

    # 3 History: the register's lines, and her sentence in front of them.
    assert wizard.currentId() == PAGE_HISTORY
    history = wizard.history_page.text_edit
    assert "In 1976 Utajärvi left the chain." in history.toPlainText()
    history.setFocus()
    qtbot.keyClick(history, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, history, "Allt startade året efter andra världskrigets slut.")
    qtbot.keyClick(history, Qt.Key.Key_Return)
    _next(qtbot, wizard)

    # 4 Our twin towns: Figur 1 with its total, in the year she chooses.
    assert wizard.currentId() == PAGE_TOWNS
    page4 = wizard.towns_page
    rows = table_texts(page4.table)
    assert rows[0][:4] == ["Vänersborg", "Sweden", "1946", "100"]
    assert ["Eiði", "Faroe Islands", "1978", "unknown"] in [row[:4] for row in rows]
    assert ["Husby", "Sydslesvig", "1988", "340"] in [row[:4] for row in rows]
    assert not any(row[0] == "Lich" for row in rows)
    assert "1,135 (unknown for 1)" in page4.total_label.text().replace("\u00a0", " ")
    page4.year_combo.setCurrentIndex(page4.year_combo.findData(2014))
    assert "100 (unknown for 8)" in page4.total_label.text().replace("\u00a0", " ")
    page4.year_combo.setCurrentIndex(0)  # back to the automatic year, 2013
    assert "1,135 (unknown for 1)" in page4.total_label.text().replace("\u00a0", " ")
    _next(qtbot, wizard)

    # 5 Agreements: Holmestrand's dormant agreement; none between the municipalities.
    assert wizard.currentId() == PAGE_AGREEMENTS
    page5 = wizard.agreements_page
    assert page5.summary_label.text() == (
        "No municipal agreements between the twin towns are recorded."
    )
    assert any(
        row[0].startswith("Avtal om vänortsarbetet mellan Holmestrands") and row[3] == "dormant"
        for row in table_texts(page5.table)
    )
    _next(qtbot, wizard)

    # 6 Activities: the meetings with their hosts, and the grants in DKK.
    assert wizard.currentId() == PAGE_ACTIVITIES
    page6 = wizard.activities_page
    meetings = [row for row in table_texts(page6.table) if row[1] == "meeting"]
    assert [(row[0], row[2]) for row in meetings if "2007" <= row[0] <= "2013"] == [
        ("2007", "Kangasala"),
        ("2008", "Husby"),
        ("2009", "Herning"),
        ("2010", "Siglufjörður"),
        ("2011", "Holmestrand"),
        ("2012", "Vänersborg"),
        ("2013", "15 landkommuner"),
    ]
    grants = [
        [cell.replace("\u00a0", " ") for cell in row] for row in table_texts(page6.grants_table)
    ]
    assert ["Foreningen Norden Herning", "2014", "16,800 DKK"] in grants
    assert ["Föreningen Norden Husby", "2014", "35,000 DKK"] in grants
    _next(qtbot, wizard)

    # 7 Outlook.
    assert wizard.currentId() == PAGE_OUTLOOK
    page7 = wizard.outlook_page
    # Drafted from the register's reference facts; she writes her own here instead.
    assert "256" in page7.text_edit.toPlainText()
    assert "eur-lex.europa.eu" in page7.sources_edit.toPlainText()
    for edit in (page7.text_edit, page7.sources_edit):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    _type_into(qtbot, page7.text_edit, "SKL:s enkät 2011 visar ett minskat engagemang.")
    _type_into(qtbot, page7.facts_edit, "131 kommuner har nordiska vänorter")
    _type_into(qtbot, page7.sources_edit, "SKL, Vänortsenkäten 2011")
    _next(qtbot, wizard)

    # 8 Analysis: her "dormant" at the municipal level, the chain meetings' active civil level.
    assert wizard.currentId() == PAGE_ANALYSIS
    page8 = wizard.analysis_page
    herning = next(row for row in table_texts(page8.table) if row[0] == "Herning")
    assert herning[1:3] == ["dormant", "active"]
    _type_into(qtbot, page8.text_edit, "På kommunal nivå är samarbetet vilande.")
    _next(qtbot, wizard)

    # 9 Recommendations: added, reordered, one removed.
    assert wizard.currentId() == PAGE_RECOMMENDATIONS
    page9 = wizard.recommendations_page
    for heading_text, body in (
        ("Formell överenskommelse", "Kommunen gör en överenskommelse med föreningen."),
        ("Ekonomiskt bidrag", "15 000 kr per år."),
        ("Strykes", "x"),
    ):
        qtbot.mouseClick(page9.add_button, Qt.MouseButton.LeftButton)
        _type_into(qtbot, page9.heading_edit, heading_text)
        _type_into(qtbot, page9.text_edit, body)
    qtbot.mouseClick(page9.remove_button, Qt.MouseButton.LeftButton)
    page9.item_list.setCurrentRow(1)
    qtbot.mouseClick(page9.up_button, Qt.MouseButton.LeftButton)
    labels = [page9.item_list.item(i).text() for i in range(page9.item_list.count())]
    assert labels == ["Ekonomiskt bidrag", "Formell överenskommelse"]
    _next(qtbot, wizard)
    items = load_report(demo.database, report_id).content.recommendations.items
    assert [(i.heading, i.text) for i in items] == [
        ("Ekonomiskt bidrag", "15 000 kr per år."),
        ("Formell överenskommelse", "Kommunen gör en överenskommelse med föreningen."),
    ]

    # 10 Sources: the register's, and her own.
    assert wizard.currentId() == PAGE_SOURCES
    page10 = wizard.sources_page
    found = [page10.found_list.item(i).text() for i in range(page10.found_list.count())]
    assert any("KS 2014/187" in line for line in found)
    _type_into(qtbot, page10.own_edit, "Protokoll, Föreningen Norden Vänersborg, 1946")
    _next(qtbot, wizard)

    # 11 Appendix.
    assert wizard.currentId() == PAGE_APPENDIX
    assert wizard.appendix_page.fact_sheets_box.isChecked()
    _next(qtbot, wizard)

    # 12 Her own section on the association, placed after the history, with formatting.
    assert wizard.currentId() == PAGE_OWN_SECTIONS
    own = wizard.own_sections_page
    qtbot.mouseClick(own.add_button, Qt.MouseButton.LeftButton)
    _type_into(qtbot, own.heading_edit, "Föreningen Norden")
    own.after_combo.setFocus()
    while own.after_combo.currentData() != "history":
        qtbot.keyClick(own.after_combo, Qt.Key.Key_Up)
    _type_into(qtbot, own.text_edit, "Grundad 1919.")
    qtbot.keyClick(own.text_edit, Qt.Key.Key_Return)
    qtbot.keyClick(own.text_edit, Qt.Key.Key_Return)
    _type_into(qtbot, own.text_edit, "- Cirka 13 000 medlemmar")
    _next(qtbot, wizard)
    stored_own = load_report(demo.database, report_id).content.own_sections
    assert [(o.heading, o.after) for o in stored_own] == [("Föreningen Norden", "history")]

    # 13 Output: the real pages, what is still missing, the PDF written off the GUI thread.
    assert wizard.currentId() == PAGE_OUTPUT
    page12 = wizard.output_page
    qtbot.waitUntil(
        lambda: page12.preview_task is None and bool(page12.page_labels), timeout=60_000
    )
    assert len(page12.page_labels) >= 5
    assert not page12.page_labels[0].pixmap().isNull()
    missing = [page12.missing_list.item(i).text() for i in range(page12.missing_list.count())]
    # She wrote her parts on the pages before; the register drafted the rest.
    assert missing == []
    target = tmp_path / "kartlaggning.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page12.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.task is None and target.exists(), timeout=30_000)
    assert str(target) in page12.status_label.text()
    text = _pdf_text(target)
    for typed in (
        "Karin Ekdahl",
        "Styrgruppen för internationellt arbete",
        "Allt startade året efter andra världskrigets slut.",
        "Lich lämnas utanför med avsikt.",
        "131 kommuner har nordiska vänorter",
        "Protokoll, Föreningen Norden Vänersborg, 1946",
    ):
        assert typed in text, typed
    assert text.index("Ekonomiskt bidrag") < text.index("Formell överenskommelse")
    # Her section stands after the history, its list as a list, not as typed marks.
    assert "Föreningen Norden Grundad 1919." in text
    assert "Cirka 13 000 medlemmar" in text and "- Cirka" not in text
    assert text.index("Allt startade året") < text.index("Grundad 1919.")
    assert text.count("DRAFT") >= len(page12.page_labels)

    # Closed and opened again: her text is intact.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert reports.table.item(0, 0).text() == "Kartläggning av vänortsförbindelser"
    reports.table.selectRow(0)
    qtbot.mouseClick(reports.open_button, Qt.MouseButton.LeftButton)
    again = reports.wizard
    assert again is not None and again is not wizard
    assert again.commission_page.author_edit.text() == "Karin Ekdahl"
    assert again.commission_page.commissioned_edit.text() == (
        "Styrgruppen för internationellt arbete"
    )
    assert again.history_page.text_edit.toPlainText().startswith(
        "Allt startade året efter andra världskrigets slut.\nIn 1946 "
    )
    assert again.outlook_page.sources_edit.toPlainText() == "SKL, Vänortsenkäten 2011"
    assert again.analysis_page.text_edit.toPlainText() == "På kommunal nivå är samarbetet vilande."
    assert again.recommendations_page.item_list.count() == 2


def test_starting_from_the_last_report_lists_what_changed(
    qtbot: Any, reports: MappingReportsDialog, demo: Workspace
) -> None:
    first = create_mapping(demo.database, today=date(2014, 9, 1))
    first = save_content(demo.database, first, everything_written(first.content))
    first = mark_final(demo.database, first, today=date(2014, 9, 1))
    home = _town(demo, "Vänersborg").id
    nuuk = demo.save(r.Town(name="Nuuk", country="GL", kind="city"))
    demo.save(r.Twinning(town_a_id=home, town_b_id=nuuk.id, contact_year=2015))
    arsuk = next(t for t in demo.get_many("twinning") if t.town_b_id == _town(demo, "Arsuk").id)
    demo.save(dataclasses.replace(arsuk, end_date=date(2015, 6, 30), status="ended"))
    kangasala = _town(demo, "Kangasala").id
    demo.save(
        r.Agreement(
            title="Skolavtal med Kangasala",
            status="active",
            signed_date=date(2015, 1, 10),
            town_ids=(home, kangasala),
        )
    )
    demo.save(r.Activity(title="Skolutbyte", start_date=date(2015, 5, 4), town_ids=(kangasala,)))
    reports.refresh()
    assert reports.follow_button.isEnabled()
    qtbot.mouseClick(reports.follow_button, Qt.MouseButton.LeftButton)
    wizard = reports.wizard
    assert wizard is not None and wizard.report.based_on_id == first.id
    page1 = wizard.commission_page
    assert page1.changes_box.isVisible()
    listed = [page1.changes_list.item(i).text() for i in range(page1.changes_list.count())]
    assert "New twin town: Nuuk (Greenland)" in listed
    assert "Ended: Arsuk (2015)" in listed
    assert "New agreement: Skolavtal med Kangasala (active)" in listed
    # The new activity by its name, date and town; no counts.
    assert "New activity: Skolutbyte (2015-05-04, Kangasala)" in listed
    assert not any("→" in line and "Activities" in line for line in listed)
    assert reports.table.rowCount() == 3  # the demo's own, the final one and the new one


def test_a_final_report_cannot_be_made_while_a_placeholder_remains(
    qtbot: Any, reports: MappingReportsDialog, demo: Workspace
) -> None:
    """Mark as final is refused with the exact list of what is missing; once written, it works."""
    qtbot.mouseClick(reports.new_button, Qt.MouseButton.LeftButton)
    wizard = reports.wizard
    assert wizard is not None
    _type_into(qtbot, wizard.commission_page.author_edit, "Jessica")
    while wizard.currentId() != PAGE_OUTPUT:
        _next(qtbot, wizard)
    page = wizard.output_page
    qtbot.waitUntil(lambda: page.preview_task is None and bool(page.page_labels), timeout=60_000)
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    refused: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, refused)
    qtbot.mouseClick(page.final_button, Qt.MouseButton.LeftButton)
    assert seen and "can no longer be changed" in seen[0]
    assert refused and "cannot be marked final" in refused[0]
    assert not wizard.report.is_final and not wizard.read_only
    assert load_report(demo.database, wizard.report.id).status == "draft"
    listed = [page.missing_list.item(i).text() for i in range(page.missing_list.count())]
    expected = [
        "The registry number is empty.",
        # What the register cannot draft; method, outlook and analysis come drafted.
        f"{heading('commission')}: {placeholder('commission')}",
        f"{heading('recommendations')}: {placeholder('recommendations')}",
    ]
    for line in expected:
        assert line in listed, line
    assert "The author is empty." not in listed  # she typed it
    assert page.missing_list.isVisible()

    # She writes what is missing, page by page, and tries again.
    wizard.back()
    while wizard.currentId() != PAGE_COMMISSION:
        wizard.back()
    first = wizard.commission_page
    _type_into(qtbot, first.registry_edit, "KS 2014/187")
    _type_into(qtbot, first.commissioned_edit, "Kommunstyrelsen")
    _type_into(qtbot, first.occasion_edit, "Vänortsmötet 2014")
    _type_into(qtbot, first.purpose_edit, "En klar bild.")
    _next(qtbot, wizard)
    scope = wizard.scope_page
    _type_into(qtbot, scope.method_edit, "Sökning i diariet.")
    _type_into(qtbot, scope.sources_edit, "Diariet.")
    _type_into(qtbot, scope.left_out_edit, "Inget.")
    while wizard.currentId() != PAGE_OUTLOOK:
        _next(qtbot, wizard)
    _type_into(qtbot, wizard.outlook_page.text_edit, "Många kommuner har vänorter.")
    _next(qtbot, wizard)
    _type_into(qtbot, wizard.analysis_page.text_edit, "Vilande på kommunal nivå.")
    _next(qtbot, wizard)
    recommendations = wizard.recommendations_page
    qtbot.mouseClick(recommendations.add_button, Qt.MouseButton.LeftButton)
    _type_into(qtbot, recommendations.heading_edit, "Behåll")
    _type_into(qtbot, recommendations.text_edit, "Behåll vänorterna.")
    while wizard.currentId() != PAGE_OUTPUT:
        _next(qtbot, wizard)
    qtbot.waitUntil(lambda: page.preview_task is None and not page.missing, timeout=60_000)
    assert page.missing_label.text() == "Nothing is missing: the report can be marked final."
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.final_button, Qt.MouseButton.LeftButton)
    assert wizard.report.is_final and wizard.read_only
    assert not page.final_button.isEnabled()
    assert load_report(demo.database, wizard.report.id).status == "final"
    # Nothing can be typed any more, on any page.
    assert wizard.analysis_page.text_edit.isReadOnly()
    assert wizard.commission_page.author_edit.isReadOnly()
    assert not wizard.scope_page.twinning_list.isEnabled()
    assert not wizard.recommendations_page.add_button.isEnabled()
    assert not wizard.own_sections_page.add_button.isEnabled()
    reports.refresh()
    assert reports.table.item(0, 1).text() == "final"
    assert not reports.delete_button.isEnabled()
    qtbot.waitUntil(lambda: page.preview_task is None, timeout=60_000)


def test_the_demo_report_keeps_the_names_she_prints_when_she_works_in_the_wizard(
    qtbot: Any, demo: Workspace
) -> None:
    shipped = latest_report(demo.database)
    assert shipped is not None
    wizard = MappingWizard(demo, shipped)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() != PAGE_TOWNS:
        _next(qtbot, wizard)
    page = wizard.towns_page
    # Figur 1 shows the Danish-speaking Husby as the municipality writes it.
    rows = [r[:4] for r in table_texts(page.table)]
    assert ["Husby (dansk)", "Sydslesvig", "1988", "340"] in rows
    page.year_combo.setCurrentIndex(page.year_combo.findData(2012))
    _next(qtbot, wizard)  # leaving the page saves it
    stored = load_report(demo.database, shipped.id).content.towns
    assert stored.member_year == 2012
    assert stored.names == shipped.content.towns.names and stored.names
    # Back on the page she picks the register's own name for Husby with the keyboard.
    wizard.back()
    assert wizard.currentId() == PAGE_TOWNS
    herning = next(i for i, r in enumerate(table_texts(page.table)) if r[0] == "Herning")
    _click_row(qtbot, page.table, herning)
    assert not page.name_combo.isEnabled()  # Herning has no other name to print
    husby = next(i for i, r in enumerate(table_texts(page.table)) if r[0] == "Husby (dansk)")
    _click_row(qtbot, page.table, husby)
    assert page.name_combo.isEnabled() and page.name_combo.currentText() == "Husby (dansk)"
    page.name_combo.setFocus()
    qtbot.keyClick(page.name_combo, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: table_texts(page.table)[husby][0] == "Husby")
    _next(qtbot, wizard)
    assert load_report(demo.database, shipped.id).content.towns.names == ()
    wizard.close()


def _click_row(qtbot: Any, table: Any, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.currentRow() == row)


def test_an_export_can_be_cancelled_and_leaves_no_file(
    qtbot: Any, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = MappingWizard(demo, create_mapping(demo.database))
    qtbot.addWidget(wizard)
    wizard.show()
    started, release = threading.Event(), threading.Event()
    real = wizard_module.report_document

    def slow(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(wizard_module, "report_document", slow)
    target = tmp_path / "cancelled.pdf"
    wizard.export(target)
    task = wizard.task
    assert task is not None
    assert started.wait(10)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30_000)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("cancelled")] == []
