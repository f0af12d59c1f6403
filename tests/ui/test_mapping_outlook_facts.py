"""Omvärldsperspektiv in the wizard: she unticks a reference fact and redrafts from the rest."""

from __future__ import annotations

from typing import Any

from helpers import (
    answer_message_box,
    english_interface,  # noqa: F401 (autouse fixture)
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QWizard

from app.mapping import load_report
from app.mapping.back_matter import source_blocks
from app.reports.document import BulletList
from app.workspace import Workspace
from ui.mapping import MappingReportsDialog, MappingWizard
from ui.mapping.wizard import PAGE_OUTLOOK

# The CERV fact as app/reference_facts.py ships it: quoted as written, its regulation as source.
CERV_TEXT = "Sedan 2021 stöds vänortssamarbete inom EU:s program Medborgare"
CERV_SOURCE = "eur-lex.europa.eu/eli/reg/2021/692/oj"
EUROPE_FOR_CITIZENS_SOURCE = "eur-lex.europa.eu/eli/reg/2014/390/oj"
HER_SENTENCE = " Vänersborg följer utvecklingen i Norden."


def _to_outlook(qtbot: Any, wizard: MappingWizard) -> None:
    while wizard.currentId() != PAGE_OUTLOOK:
        button = wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _row_of(listing: QListWidget, text_start: str) -> int:
    rows = [r for r in range(listing.count()) if listing.item(r).text().startswith(text_start)]
    assert len(rows) == 1, f"one entry should start with {text_start!r}"
    return rows[0]


def _ticked(listing: QListWidget) -> list[bool]:
    return [listing.item(r).checkState() == Qt.CheckState.Checked for r in range(listing.count())]


def test_an_unticked_fact_leaves_the_redrafted_text_and_sources_and_stays_unticked(
    qtbot: Any, reports: MappingReportsDialog, demo: Workspace
) -> None:
    facts = demo.get_many("reference_fact")
    cerv = next(f for f in facts if f.text.startswith(CERV_TEXT))
    qtbot.mouseClick(reports.new_button, Qt.MouseButton.LeftButton)
    wizard = reports.wizard
    assert wizard is not None
    report_id = wizard.report.id
    _to_outlook(qtbot, wizard)
    page = wizard.outlook_page

    # Every fact of the register is offered with its year and source, all ticked at first.
    listing = page.fact_list
    assert listing.count() == len(facts)
    assert all(_ticked(listing))
    row = _row_of(listing, CERV_TEXT)
    assert "(2021; Europaparlamentet och Europeiska unionens råd: " in listing.item(row).text()
    assert CERV_TEXT in page.text_edit.toPlainText()
    assert CERV_SOURCE in page.sources_edit.toPlainText()

    # She adds a sentence of her own, then unticks the CERV fact with the keyboard.
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, page.text_edit, HER_SENTENCE)
    listing.setFocus()
    listing.setCurrentRow(row)
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert not _ticked(listing)[row]

    # Asked before her text is replaced: "No" keeps it as it is.
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.No, seen)
    qtbot.mouseClick(page.redraft_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "changed" in seen[0]
    assert HER_SENTENCE.strip() in page.text_edit.toPlainText()
    assert CERV_TEXT in page.text_edit.toPlainText()

    # "Yes": the text and the sources are drafted from the ticked facts only.
    answer_message_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.redraft_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    text, sources = page.text_edit.toPlainText(), page.sources_edit.toPlainText()
    assert CERV_TEXT not in text and HER_SENTENCE.strip() not in text
    assert "Ett Europa för medborgarna" in text and "256 municipalities answered" in text
    assert CERV_SOURCE not in sources
    assert EUROPE_FOR_CITIZENS_SOURCE in sources

    # Saved and closed, then opened again: the choice is kept, and Källförteckning follows it.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    stored = load_report(demo.database, report_id).content.outlook
    assert stored.fact_ids is not None and cerv.id not in stored.fact_ids
    assert len(stored.fact_ids) == len(facts) - 1
    row_of_report = next(
        r
        for r in range(reports.table.rowCount())
        if reports.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == report_id
    )
    reports.table.selectRow(row_of_report)
    qtbot.mouseClick(reports.open_button, Qt.MouseButton.LeftButton)
    again = reports.wizard
    assert again is not None and again is not wizard and again.report.id == report_id
    _to_outlook(qtbot, again)
    ticks = _ticked(again.outlook_page.fact_list)
    assert ticks.count(False) == 1
    assert not ticks[_row_of(again.outlook_page.fact_list, CERV_TEXT)]
    assert CERV_TEXT not in again.outlook_page.text_edit.toPlainText()
    # Källförteckning as the report prints it, from the content as the wizard shows it now.
    (listed,) = source_blocks(again.collect(), again.data())
    assert isinstance(listed, BulletList)
    cited = " ".join(listed.items)
    assert CERV_SOURCE not in cited and EUROPE_FOR_CITIZENS_SOURCE in cited
