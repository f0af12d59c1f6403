"""The import wizard: a value for every row on the columns page, answers for unread countries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import go_forward
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.importing.country_spellings import remembered_spellings
from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv, town_names
from ui.importing import ImportWizard
from ui.importing.wizard import PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESULT


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    yield ws
    ws.close()


@pytest.fixture
def wizard(qtbot: QtBot, workspace: Workspace) -> Iterator[ImportWizard]:
    shown = ImportWizard(workspace)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.task is not None and shown.task.is_running():
        shown.task.cancel()
        shown.task.wait()


def _checked(qtbot: QtBot, wizard: ImportWizard) -> None:
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None and not page._busy, timeout=10_000)


def _open(qtbot: QtBot, wizard: ImportWizard, source: Path, kind_row: int | None = None) -> None:
    page = wizard.source_page
    page.path_edit.setFocus()
    qtbot.keyClicks(page.path_edit, str(source))
    qtbot.waitUntil(lambda: wizard.source is not None, timeout=10_000)
    go_forward(qtbot, wizard)
    if kind_row is not None:
        wizard.kind_page.kind_list.setCurrentRow(kind_row)
    go_forward(qtbot, wizard)
    assert wizard.currentId() == PAGE_COLUMNS


def test_a_country_for_every_row_is_chosen_and_typed_on_the_columns_page(
    qtbot: QtBot, wizard: ImportWizard, workspace: Workspace, tmp_path: Path
) -> None:
    """A list of twinnings with no partner country column: "Finland" for every row."""
    source = swedish_excel_csv(
        tmp_path / "finska.csv", ["Ort;Land;Vänort", "Vänersborg;SE;Lohja", "Vänersborg;SE;Turku"]
    )
    _open(qtbot, wizard, source)
    page = wizard.columns_page
    combo = page.combos["partner_country"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: the same on every row
    assert combo.currentText() == "(the same on every row)"
    edit = page.fixed_edits["partner_country"]
    assert edit.isVisible()
    assert page.error_label.text() == "Write the value of Country of the partner for every row."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(edit, "Narnia")
    assert "“Narnia” is not a country or area this program knows." in page.error_label.text()
    edit.clear()
    qtbot.keyClicks(edit, "Finland")
    assert page.error_label.text() == ""
    go_forward(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    _checked(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.problems == []
    go_forward(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)
    names = town_names(workspace)
    assert (names["Lohja"][0], names["Turku"][0]) == ("FI", "FI")


def test_an_unread_country_is_answered_once_in_the_preview_and_remembered(
    qtbot: QtBot, wizard: ImportWizard, workspace: Workspace, tmp_path: Path
) -> None:
    """Two rows of "Estniska SSR" are one box; "EE" in it imports both and is kept."""
    source = swedish_excel_csv(
        tmp_path / "gamla.csv",
        [
            "Ort;Land;Vänort;Land",
            "Vänersborg;Sverige;Tartu;Estniska SSR",
            "Vänersborg;Sverige;Narva;Estniska SSR",
            "Vänersborg;Sverige;Herning;Danmark",
        ],
    )
    _open(qtbot, wizard, source)
    go_forward(qtbot, wizard)
    _checked(qtbot, wizard)
    preview = wizard.preview_page
    answers = preview.country_answers
    assert answers.isVisible() and list(answers.edits) == ["Estniska SSR"]
    assert preview.problem_model.rowCount() == 2
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    edit = answers.edits["Estniska SSR"]
    edit.setFocus()
    qtbot.keyClicks(edit, "EE")
    assert preview.recheck_button.isEnabled()
    qtbot.mouseClick(preview.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.plan.problems, timeout=10_000)
    assert not answers.isVisible()
    go_forward(qtbot, wizard)
    assert wizard.currentId() == PAGE_RESULT
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)
    assert (town_names(workspace)["Tartu"][0], town_names(workspace)["Narva"][0]) == ("EE", "EE")
    assert remembered_spellings(workspace.database) == {"estniska ssr": "EE"}
