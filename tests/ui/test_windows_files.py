"""Windows' file troubles in the window: an export still open in Excel, a database in OneDrive."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from app.workspace import Workspace
from tests.reports.windows_lock import lock_like_windows
from tests.ui.helpers import click_button_named, demo_copy, english_interface  # noqa: F401
from ui.reports import viewer
from ui.reports.dialog import ReportDialog


@pytest.fixture
def workspace(demo: Workspace) -> Workspace:
    """The demo register (the window tests' ``demo``): the reports are tried on it."""
    return demo


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files handed to the system viewer (none really is)."""
    seen: list[Path] = []
    monkeypatch.setattr(viewer, "open_file", lambda path: seen.append(path) or True)
    return seen


def test_a_report_open_in_another_program_gets_one_sentence_and_a_free_name(
    qtbot: Any,
    workspace: Workspace,
    tmp_path: Path,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "register.pdf"
    target.write_bytes(b"the copy open in her PDF reader")
    lock_like_windows(monkeypatch, target)
    dialog = ReportDialog(workspace, "register", today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_field.setText(str(target))

    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "open in another program" in dialog.message.text(), timeout=60_000)

    assert dialog.message.text() == (
        "The file register.pdf is open in another program. Close it or choose another name. "
        "The name register (2).pdf is free and filled in; press Create to write the report there."
    )
    assert dialog.file_field.text() == str(tmp_path / "register (2).pdf")
    assert dialog.isVisible()  # she can go on from here
    assert target.read_bytes() == b"the copy open in her PDF reader"
    assert opened == []

    # Enter takes the offered name.
    qtbot.keyClick(dialog.file_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [tmp_path / "register (2).pdf"], timeout=60_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (tmp_path / "register (2).pdf").read_bytes().startswith(b"%PDF-")
    assert target.read_bytes() == b"the copy open in her PDF reader"


def _in_onedrive(tmp_path: Path) -> Path:
    folder = tmp_path / "OneDrive - Vänersborgs kommun"
    folder.mkdir()
    source = demo_copy(folder)
    return source


def test_a_database_in_onedrive_is_warned_about_and_moved_when_she_says_so(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.database_files import open_database

    source = _in_onedrive(tmp_path)
    local = tmp_path / "Lokal" / "vanort.sqlite3"
    local.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(local), ""))
    )
    seen: list[str] = []
    click_button_named("Move it…", seen)

    workspace = open_database(None, str(source))

    assert workspace is not None
    try:
        assert workspace.path == local.resolve()
        assert len(workspace.get_many("town")) == 12
    finally:
        workspace.close()
    assert seen and seen[0].startswith(f"{source} is in a folder that OneDrive synchronises.")
    assert "(-wal and -shm) must not be synchronised" in seen[0]
    assert not source.exists()


def test_she_may_keep_the_database_where_it_is(qtbot: Any, tmp_path: Path) -> None:
    from ui.dialogs.database_files import open_database

    source = _in_onedrive(tmp_path)
    seen: list[str] = []
    click_button_named("Keep it here", seen)

    workspace = open_database(None, str(source))

    assert workspace is not None
    try:
        assert workspace.path == source.resolve()
    finally:
        workspace.close()
    assert seen and "OneDrive" in seen[0]
    assert source.exists()


def test_a_database_outside_synchronised_folders_opens_without_a_word(
    qtbot: Any, tmp_path: Path
) -> None:
    from ui.dialogs.database_files import open_database

    workspace = open_database(None, str(demo_copy(tmp_path)))  # a box would block here

    assert workspace is not None
    workspace.close()
