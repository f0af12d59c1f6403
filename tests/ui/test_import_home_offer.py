"""An import of one municipality's twinnings offers its town as the home municipality."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.workspace import Workspace
from tests.importing.import_support import swedish_excel_csv
from ui.importing import ImportWizard
from ui.importing.wizard import PAGE_RESULT

ONE_TOWN = [
    "Kommun;Vänort;Land;Kontaktår",
    "Exempelby;Imatra;Finland;1947",
    "Exempelby kommun;Herning;Danmark;1946",
]
TWO_TOWNS = [
    "Kommun;Vänort;Land;Kontaktår",
    "Exempelby;Imatra;Finland;1947",
    "Herning;Lohja;Finland;1956",
]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A register made before databases knew their home town: none is marked."""
    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Exempelby kommun")
    yield ws
    ws.close()


def import_through_the_wizard(qtbot: QtBot, workspace: Workspace, source: Path) -> ImportWizard:
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(source))
    qtbot.keyClick(wizard.source_page.path_edit, Qt.Key.Key_Return)
    while wizard.currentId() != PAGE_RESULT:
        page = wizard.currentPage()
        which = (
            QWizard.WizardButton.CommitButton
            if page.isCommitPage()
            else QWizard.WizardButton.NextButton
        )
        button = wizard.button(which)
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10_000)
    return wizard


def test_one_town_on_every_row_is_offered_and_marked_on_a_click(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    source = swedish_excel_csv(tmp_path / "vanorter.csv", ONE_TOWN)
    wizard = import_through_the_wizard(qtbot, workspace, source)
    page = wizard.result_page
    assert page.home_button.isVisible()
    assert page.home_label.text() == "Every row names Exempelby in the column Kommun."
    assert page.home_button.text() == "Mark Exempelby as the home municipality"
    assert workspace.home_towns() == []  # an offer, not done silently
    qtbot.mouseClick(page.home_button, Qt.MouseButton.LeftButton)
    (home,) = workspace.home_towns()
    assert home.name == "Exempelby"
    assert page.home_label.text() == "Exempelby is now marked as the home municipality."
    assert not page.home_button.isEnabled()


def test_a_file_naming_several_towns_offers_none(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    source = swedish_excel_csv(tmp_path / "kedjan.csv", TWO_TOWNS)
    wizard = import_through_the_wizard(qtbot, workspace, source)
    assert not wizard.result_page.home_button.isVisible()
    assert workspace.home_towns() == []
