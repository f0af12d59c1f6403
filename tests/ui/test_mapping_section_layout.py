"""The survey's sections renamed, moved and left out in the wizard, with keys as she would."""

from __future__ import annotations

from typing import Any

from helpers import (
    english_interface,  # noqa: F401 (autouse fixture)
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from app.mapping import (
    Outlook,
    create_report,
    load_report,
    missing_before_final,
    placeholder,
    report_document,
    save_section,
)
from app.reports.document import Section
from app.workspace import Workspace
from ui.mapping import MappingWizard
from ui.mapping.section_layout import KEY_ROLE
from ui.mapping.wizard import PAGE_OWN_SECTIONS


def _open(qtbot: Any, demo: Workspace, report_id: int) -> MappingWizard:
    wizard = MappingWizard(demo, load_report(demo.database, report_id))
    qtbot.addWidget(wizard)
    wizard.resize(1280, 720)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(PAGE_OWN_SECTIONS):
        if wizard.currentId() >= PAGE_OWN_SECTIONS:
            break
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_OWN_SECTIONS
    return wizard


def _select(wizard: MappingWizard, key: str) -> None:
    listing = wizard.own_sections_page.layout_box.section_list
    row = next(i for i in range(listing.count()) if listing.item(i).data(KEY_ROLE) == key)
    listing.setFocus()
    listing.setCurrentRow(row)


def _rows(wizard: MappingWizard) -> list[tuple[str, bool]]:
    listing = wizard.own_sections_page.layout_box.section_list
    return [
        (listing.item(i).text(), listing.item(i).checkState() == Qt.CheckState.Checked)
        for i in range(listing.count())
    ]


def _headings(demo: Workspace, report_id: int) -> list[str]:
    document = report_document(demo.database, load_report(demo.database, report_id))
    return [block.heading for block in document.body if isinstance(block, Section)]


def test_survey_sections_renamed_moved_and_left_out(qtbot: Any, demo: Workspace) -> None:
    """Historik renamed, Avtal after Aktiviteter, Omvärldsperspektiv out: kept and printed so."""
    report = create_report(demo.database)
    # No outlook written: the draft asks for it, and a final report would be refused for it.
    report = save_section(demo.database, report, "outlook", Outlook())
    asked = placeholder("outlook")
    assert any(asked in m.what for m in missing_before_final(demo.database, report))
    before = _headings(demo, report.id)
    assert before.index("Agreements") < before.index("Activities")
    assert "History" in before and "Outlook" in before

    wizard = _open(qtbot, demo, report.id)
    listing = wizard.own_sections_page.layout_box.section_list
    _select(wizard, "history")
    qtbot.keyClick(listing, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Vänorternas historia")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ("Vänorternas historia", True) in _rows(wizard))
    _select(wizard, "agreements")
    qtbot.keyClick(listing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _select(wizard, "outlook")
    qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert ("Outlook", False) in _rows(wizard)
    assert wizard.save_now()
    wizard.close()

    headings = _headings(demo, report.id)
    assert "Vänorternas historia" in headings and "History" not in headings
    assert headings.index("Activities") < headings.index("Agreements")
    assert "Outlook" not in headings
    # The other sections keep the survey's order around them.
    assert headings.index("Method and scope") < headings.index("Vänorternas historia")
    assert headings.index("Agreements") < headings.index("Analysis and conclusions")
    # The left-out section's placeholder no longer keeps the report from being final.
    missing = missing_before_final(demo.database, load_report(demo.database, report.id))
    assert not any(asked in m.what for m in missing)

    reopened = _open(qtbot, demo, report.id)
    rows = _rows(reopened)
    names = [name for name, _shown in rows]
    assert ("Vänorternas historia", True) in rows and ("Outlook", False) in rows
    assert names.index("Activities") + 1 == names.index("Agreements")
    reopened.close()


def test_her_section_follows_a_renamed_section_and_moves_with_it(
    qtbot: Any, demo: Workspace
) -> None:
    """Her section placed after Historik stays after it, renamed and moved to the end."""
    report = create_report(demo.database)
    wizard = _open(qtbot, demo, report.id)
    page = wizard.own_sections_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, page.heading_edit, "Lokalavdelningen")
    type_text(qtbot, page.text_edit, "Grundad 1945.")
    page.after_combo.setCurrentIndex(page.after_combo.findData("history"))
    _select(wizard, "history")
    qtbot.mouseClick(page.layout_box.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "Bakgrund")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.after_combo.currentText() == "Bakgrund")
    assert page.item_list.item(0).text() == "Lokalavdelningen (after Bakgrund)"
    for _ in range(12):
        if not page.layout_box.later_button.isEnabled():
            break
        qtbot.mouseClick(page.layout_box.later_button, Qt.MouseButton.LeftButton)
    assert wizard.save_now()
    wizard.close()
    headings = _headings(demo, report.id)
    at = headings.index("Bakgrund")
    assert headings[at + 1] == "Lokalavdelningen"
    assert at > headings.index("Sources")
