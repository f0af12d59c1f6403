"""The settings dialog: rules, logo, conflicts, and the language switch, through the window."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    answer_message_box,
    click_button_named,
    english_interface,  # noqa: F401 (autouse fixture)
    settle,
    shown_window,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QSpinBox

from app.workspace import Workspace
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: Any, workspace: Workspace) -> Iterator[MainWindow]:
    shown = shown_window(qtbot, workspace, active=False)
    yield shown
    shown.close()


def stored_settings(workspace: Workspace) -> Any:
    """The settings as a second program reading the same file would see them."""
    assert workspace.path is not None
    other = Workspace.open(workspace.path)
    try:
        return other.settings()
    finally:
        other.close()


def save_button(dialog: SettingsDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_a_changed_rule_is_stored(qtbot: Any, window: MainWindow, workspace: Workspace) -> None:
    """Ticking the report-back rule and typing its threshold stores both; a rule left unticked
    stays off, and its figure cannot be typed into."""

    def edit(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentIndex(1)
        report_back = dialog.rules_editor.widget("report_back")
        assert isinstance(report_back, QCheckBox) and not report_back.isChecked()
        threshold = dialog.rules_editor.widget("report_back_threshold_sek")
        assert isinstance(threshold, QSpinBox) and not threshold.isEnabled()
        qtbot.mouseClick(report_back, Qt.MouseButton.LeftButton, pos=report_back.rect().center())
        assert threshold.isEnabled()
        threshold.setFocus()
        threshold.selectAll()
        qtbot.keyClicks(threshold, "25000")
        yearly = dialog.rules_editor.widget("yearly_council_report")
        assert isinstance(yearly, QCheckBox) and not yearly.isChecked()
        assert not dialog.rules_editor.widget("yearly_report_body").isEnabled()
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    when_dialog_opens(edit, of_type=SettingsDialog)
    window.settings_action.trigger()
    settle(qtbot, window)  # read on the worker, then the dialog opens
    rules = stored_settings(workspace).rules
    assert rules.report_back is True
    assert rules.report_back_threshold_sek == 25000
    assert rules.yearly_council_report is False
    assert rules.policy_lead_days == 180  # untouched rules keep their values


def test_every_rule_has_a_widget(qtbot: Any) -> None:
    """Each field of Rules can be edited; the edited copy equals what was shown."""
    from app.rules import Rules
    from ui.dialogs.rules_editor import RulesEditor

    editor = RulesEditor()
    qtbot.addWidget(editor)
    changed = Rules(
        trip_approval=False,
        trip_approval_body="council",
        report_back_body="working_committee",
        yearly_report_body="executive_board",
        yearly_report_day=15,
        report_back_threshold_sek=5000,
        yearly_council_report=False,
        yearly_report_month=6,
        evaluate_each_term=False,
        policy_lead_days=30,
        agreement_lead_days=60,
        grant_report_lead_days=14,
        hosting_follow_up_days=45,
        status_period_years=2,
        status_active_per_year=2.5,
        status_sporadic_min=3,
    )
    for field in dataclasses.fields(Rules):
        assert editor.widget(field.name) is not None
    editor.set_rules(changed)
    assert editor.rules() == changed


def test_the_logo_is_stored_as_png(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    """A large JPEG chosen as logo is stored as a PNG of sensible size."""
    picture = QImage(2400, 600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f4e9c"))
    source = tmp_path / "vapen.jpg"
    assert picture.save(str(source), "JPEG")
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.set_logo_from_file(source)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    logo = stored_settings(workspace).logo
    assert logo is not None and logo.startswith(b"\x89PNG\r\n\x1a\n")
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (1200, 300)


def test_settings_changed_elsewhere_are_explained_and_can_be_reloaded(
    qtbot: Any, workspace: Workspace
) -> None:
    """Saving over someone else's change is refused with a clear message; Reload shows theirs."""
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_field, " kommun")
    assert workspace.path is not None
    other = Workspace.open(workspace.path)
    try:
        other.save_settings(dataclasses.replace(other.settings(), name="Vänersborgs kommun"))
    finally:
        other.close()
    said: list[str] = []
    click_button_named("Reload", said)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert said and "changed by someone else" in said[0]
    assert dialog.isVisible()
    assert dialog.name_field.text() == "Vänersborgs kommun"
    assert stored_settings(workspace).name == "Vänersborgs kommun"


def test_switching_to_swedish_shows_swedish_labels(qtbot: Any, workspace: Workspace) -> None:
    """Choosing Svenska in Settings rebuilds the window in Swedish: "Vänorter" in the list."""
    workspace.save_settings(dataclasses.replace(workspace.settings(), language="en"))
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.navigation.item_of("town").text(0) == "Twin towns"

    def choose_swedish(dialog: Any) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.language_combo.setFocus()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("sv"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    when_dialog_opens(choose_swedish, of_type=SettingsDialog)
    window.settings_action.trigger()
    settle(qtbot, window)  # read on the worker, then the dialog opens
    assert stored_settings(workspace).language == "sv"
    assert window.navigation.item_of("town").text(0) == "Vänorter"
    again = SettingsDialog(workspace, window)
    qtbot.addWidget(again)
    # Qt's own catalogue is loaded too: the standard buttons speak Swedish.
    assert save_button(again).text().replace("&", "") == "Spara"
    window.close()


def test_a_rule_cites_the_governing_document_it_comes_from(
    qtbot: Any, workspace: Workspace
) -> None:
    """A rule ticked in Settings ▸ Rules can name the policy that states it."""
    from app.services import records as r

    policy = workspace.save(r.PolicyDocument(title="Riktlinjer för vänortsarbete"))
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    editor = dialog.rules_editor
    source = editor.widget("trip_approval_source_id")
    assert source.isVisible() and source.isEnabled()  # on in a new database
    tick = editor.widget("trip_approval")
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=tick.rect().center())
    assert not source.isEnabled()  # a rule switched off cites nothing
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=tick.rect().center())
    assert source.isEnabled()
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_Down)
    assert source.currentText() == "Riktlinjer för vänortsarbete"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    rules = stored_settings(workspace).rules
    assert (rules.trip_approval, rules.trip_approval_source_id) == (True, policy.id)


def test_without_governing_documents_no_source_is_asked_for(qtbot: Any) -> None:
    from ui.dialogs.rules_editor import RulesEditor

    editor = RulesEditor(municipal_only=True)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.widget("report_back_source_id").isVisible()
    # Only the municipality's own rules: no lead days in the first-start dialog.
    with pytest.raises(KeyError):
        editor.widget("policy_lead_days")


def test_a_word_template_is_chosen_stored_and_removed(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Choose… takes a .dotx, Save stores its bytes; a file that is no template is refused."""
    import io

    import docx
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    made = docx.Document()
    made.sections[0].header.paragraphs[0].text = "Kommunens sidhuvud"
    buffer = io.BytesIO()
    made.save(buffer)
    template = tmp_path / "kommunmall.dotx"
    template.write_bytes(buffer.getvalue())
    notes = tmp_path / "anteckningar.dotx"
    notes.write_text("inte en mall", encoding="utf-8")
    answers = iter([str(notes), str(template)])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (next(answers), ""))
    )
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remove_template_button.isEnabled()
    said: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Ok, said)
    qtbot.mouseClick(dialog.choose_template_button, Qt.MouseButton.LeftButton)
    assert said and "not a .docx or .dotx file" in said[0]
    assert dialog.word_template() is None
    qtbot.mouseClick(dialog.choose_template_button, Qt.MouseButton.LeftButton)
    assert "kommunmall.dotx" in dialog.word_template_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert stored_settings(workspace).word_template == template.read_bytes()

    again = SettingsDialog(workspace)
    qtbot.addWidget(again)
    again.show()
    assert again.remove_template_button.isEnabled()
    qtbot.mouseClick(again.remove_template_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(save_button(again), Qt.MouseButton.LeftButton)
    assert stored_settings(workspace).word_template is None
