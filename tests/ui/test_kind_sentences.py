"""Deleting in Swedish: the question and the message are whole sentences of the record's
kind ("avtalet", "resan"), with the pronoun of its gender ("tar tillbaka det"/"den")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import (  # noqa: F401 (english_interface: autouse fixture)
    answer_message_box,
    english_interface,
    list_read,
    shown_window,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import records as r
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.translations import apply_language


def _window(qtbot: Any, workspace: Workspace) -> MainWindow:
    window: MainWindow = shown_window(qtbot, workspace)
    return window


@pytest.fixture
def swedish_window(qtbot: Any, workspace: Workspace) -> Iterator[MainWindow]:
    apply_language("sv")
    window = _window(qtbot, workspace)
    yield window
    window.close()


def _delete_first_row(qtbot: Any, window: MainWindow, kind: str) -> tuple[str, str]:
    """Select the only record of ``kind``, press Del, answer Yes; the question and the
    message the window then gives."""
    page = window.show_page(kind)
    assert isinstance(page, RecordListPage)
    list_read(page)  # the list is read on the database worker
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.shown_id() is not None)
    asked: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes, asked)
    with qtbot.waitSignal(page.message) as said:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    return asked[0], said.args[0]


def test_a_neuter_kind_is_brought_back_as_det(
    qtbot: Any, swedish_window: MainWindow, workspace: Workspace
) -> None:
    workspace.save(r.Agreement(title="Vänortsavtal"))
    asked, said = _delete_first_row(qtbot, swedish_window, "agreement")
    assert asked == "Vill du ta bort avtalet ”Vänortsavtal”?"
    assert said == "Avtalet ”Vänortsavtal” har tagits bort. Ctrl+Z tar tillbaka det."


def test_a_common_gender_kind_is_brought_back_as_den(
    qtbot: Any, swedish_window: MainWindow, workspace: Workspace
) -> None:
    workspace.save(r.Trip(title="Resa till Herning"))
    asked, said = _delete_first_row(qtbot, swedish_window, "trip")
    assert asked == "Vill du ta bort resan ”Resa till Herning”?"
    assert said == "Resan ”Resa till Herning” har tagits bort. Ctrl+Z tar tillbaka den."


def test_in_english_the_kind_is_named_too(qtbot: Any, workspace: Workspace) -> None:
    workspace.save(r.Agreement(title="Twinning agreement"))
    window = _window(qtbot, workspace)
    asked, said = _delete_first_row(qtbot, window, "agreement")
    assert asked == "Delete the agreement “Twinning agreement”?"
    assert said == "The agreement “Twinning agreement” has been deleted. Ctrl+Z brings it back."
