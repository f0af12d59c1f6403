"""Opening a damaged database in the window offers its newest sound backup, or a rescue."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox

from tests.db.conftest import sha256_of
from tests.db.test_damaged_databases import _record_pages
from tests.ui.helpers import (  # noqa: F401
    click_button_named,
    demo_copy,
    english_interface,
    when_dialog_opens,
)


def _damage(path: Path) -> None:
    """8 KB of noise over two record pages in the middle of the file (not the schema)."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = _record_pages(bytes(data))
    first = pages[len(pages) // 2]
    data[(first - 1) * page : (first + 1) * page] = random.Random(14).randbytes(2 * page)
    path.write_bytes(bytes(data))


def test_a_damaged_database_can_be_replaced_by_its_newest_sound_backup(
    qtbot: Any, tmp_path: Path
) -> None:
    from app.workspace import Workspace
    from ui.dialogs.database_files import open_database

    path = demo_copy(tmp_path)
    Workspace.open(path).close()  # takes the day's backup, as the program does every day
    _damage(path)
    damaged = path.read_bytes()
    seen: list[str] = []
    click_button_named("Restore that backup", seen)
    workspace = open_database(None, str(path))
    assert workspace is not None
    try:
        assert len(workspace.get_many("town")) == 12
    finally:
        workspace.close()
    assert seen and "is damaged and was left as it was" in seen[0]
    aside = [p for p in tmp_path.iterdir() if "-damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_what_can_be_read_is_saved_into_a_new_file_that_opens(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui.dialogs.database_files import open_database

    path = demo_copy(tmp_path)
    _damage(path)
    before = sha256_of(path)
    rescued = tmp_path / "rescued.sqlite3"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(rescued), ""))
    )
    seen: list[str] = []

    def rescue(dialog: QDialog) -> None:
        # The report of what was saved comes next; it is answered once it is up.
        click_button_named("OK", seen)
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == "Save what can be read…":
                button.click()

    when_dialog_opens(rescue, of_type=QMessageBox, seen=seen)
    workspace = open_database(None, str(path))
    assert workspace is not None
    try:
        assert workspace.path == rescued.resolve()
        assert workspace.get_many("town")
    finally:
        workspace.close()
    assert sha256_of(path) == before
    assert any("saved into" in text for text in seen)


def test_a_damaged_database_can_be_opened_to_read_and_is_left_unchanged(
    qtbot: Any, tmp_path: Path
) -> None:
    """Open read-only: what can be read is shown; a save says why not; the file stays as it was."""
    import pytest

    from app.services.errors import ServiceError
    from app.services.records import Town
    from ui.dialogs.database_files import open_database

    path = demo_copy(tmp_path)
    _damage(path)
    before = sha256_of(path)
    click_button_named("Open read-only")
    workspace = open_database(None, str(path))
    assert workspace is not None and workspace.read_only
    try:
        with pytest.raises(ServiceError) as caught:
            workspace.save(Town(name="Trollhättan", country="SE"))
        assert str(caught.value).startswith("This database is open for reading only")
    finally:
        workspace.close()
    assert sha256_of(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.sqlite3"]
