"""A new mapping of a large register with no home town asks for the town before drafting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.mapping import list_reports
from app.mapping.home_needed import home_needed
from app.workspace import Workspace
from tests.mapping.large_register import make_large_register
from ui.mapping import MappingReportsDialog
from ui.mapping.home_question import HomeTownQuestion


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(make_large_register(tmp_path / "europa.sqlite3"))
    yield ws
    ws.close()


def _answer(qtbot: QtBot, typed: list[str], seen: list[str]) -> None:
    """Type each name in turn into the question when it is up, pressing Enter after each."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, HomeTownQuestion)
        edit = dialog.name_edit
        for name in typed:
            edit.clear()
            qtbot.keyClicks(edit, name)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            seen.append(dialog.error_label.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, step)


def test_the_question_takes_the_home_town_and_the_draft_follows(
    qtbot: QtBot, workspace: Workspace
) -> None:
    """A name the register lacks is said in the box; the right one marks it and drafts."""
    dialog = MappingReportsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []
    _answer(qtbot, ["Atlantis", "Exempelby"], seen)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen[0] == "There is no town called Atlantis in the register."
    assert home_needed(workspace.database) is None
    assert len(list_reports(workspace.database)) == 1
    assert dialog.wizard is not None
    dialog.wizard.close()


def test_cancelling_the_question_drafts_nothing(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = MappingReportsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    _answer(qtbot, [], [])
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert list_reports(workspace.database) == []
    assert home_needed(workspace.database) is not None
