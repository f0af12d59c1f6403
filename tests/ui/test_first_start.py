"""First start and File ▸ New database…: whose register it is, its logo and letterhead, or a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import (
    demo_copy,
    english_interface,  # noqa: F401 (autouse fixture)
    shown_window,
    type_text,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from app import paths
from app.reports.builders.common import letterhead_of
from app.workspace import Workspace
from ui.dialogs.first_start import FirstStartDialog
from ui.translations import apply_language


def _logo_file(folder: Path) -> Path:
    image = QImage(2400, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#004b87"))
    path = folder / "logotyp.jpg"
    assert image.save(str(path))
    return path


def _press(qtbot: Any, widget: Any, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key)


def test_the_first_start_offers_the_demo_and_an_existing_file_in_swedish(qtbot: Any) -> None:
    """In Swedish: "Öppna demoregistret" and "Öppna en befintlig fil…"; Space on the first opens it."""
    apply_language("sv")
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.demo_button.text() == "Öppna demoregistret"
    assert dialog.open_button.text() == "Öppna en befintlig fil…"
    _press(qtbot, dialog.demo_button)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.workspace is not None
    try:
        assert dialog.workspace.path == (paths.data_dir() / "demo.sqlite3").resolve()
    finally:
        dialog.workspace.close()


def test_a_new_register_keeps_the_logo_and_letterhead_where_reports_read_them(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Name, logo and two letterhead lines typed at the first start come out in a report's head."""
    logo = _logo_file(tmp_path)
    target = tmp_path / "amal.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(logo), ""))
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _press(qtbot, dialog.new_button)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1)
    qtbot.waitUntil(dialog.municipality_field.hasFocus)
    type_text(qtbot, dialog.municipality_field, "Åmåls kommun")
    assert dialog.home_field.text() == "Åmål"
    _press(qtbot, dialog.logo_picker.choose_button)
    qtbot.waitUntil(lambda: dialog.logo_picker.logo() is not None)
    letterhead = dialog.letterhead_field
    letterhead.setFocus()
    qtbot.waitUntil(letterhead.hasFocus)
    type_text(qtbot, letterhead, "Kommunledningskontoret")
    qtbot.keyClick(letterhead, Qt.Key.Key_Return)
    type_text(qtbot, letterhead, "Box 62, 662 22 Åmål")
    _press(qtbot, dialog.create_button)
    qtbot.waitUntil(lambda: dialog.workspace is not None)
    workspace = dialog.workspace
    assert workspace is not None
    try:
        head = letterhead_of(workspace.settings())
        assert head.municipality == "Åmåls kommun"
        assert list(head.lines) == ["Kommunledningskontoret", "Box 62, 662 22 Åmål"]
        assert head.logo_png is not None and head.logo_png.startswith(b"\x89PNG")
        stored = QImage.fromData(head.logo_png)
        assert max(stored.width(), stored.height()) <= 1200  # scaled down from 2400
    finally:
        workspace.close()


def test_file_new_database_asks_the_municipality_name_first(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+N in the window: whose register, refused without a name, then it opens."""
    window = shown_window(qtbot, Workspace.open(demo_copy(tmp_path)))
    target = tmp_path / "ny.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    seen: dict[str, Any] = {}

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstStartDialog)
        seen["page"] = dialog.pages.currentIndex()
        seen["back"] = dialog.back_button.isVisible()
        dialog.create_button.click()  # no name yet
        seen["error"] = dialog.municipality_error.text()
        seen["file made"] = target.exists()
        type_text(qtbot, dialog.municipality_field, "Bengtsfors kommun")
        qtbot.keyClick(dialog.home_field, Qt.Key.Key_Return)

    when_dialog_opens(fill_in, of_type=FirstStartDialog)
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.workspace.path == target.resolve())
    try:
        assert seen == {
            "page": 1,
            "back": False,
            "error": "Write the municipality's name.",
            "file made": False,
        }
        assert window.workspace.settings().name == "Bengtsfors kommun"
        assert [t.name for t in window.workspace.home_towns()] == ["Bengtsfors"]
    finally:
        window.close()
        window.workspace.close()
