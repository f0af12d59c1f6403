"""Moving the open database out of a synchronised folder: copied, checked, then the old one removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.errors import DatabaseRefused
from app.services import attachments as att
from app.services.records import RecordRef, Town
from app.workspace import Workspace
from app.workspace_files import synced_database


def _database_in(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "vanort.sqlite3"
    Workspace.create(path, municipality="Vänersborg").close()
    return path


def test_a_database_in_onedrive_is_moved_with_its_attachments(tmp_path: Path) -> None:
    source = _database_in(tmp_path / "OneDrive - Vänersborgs kommun" / "Internationellt")
    workspace = Workspace.open(source)
    assert synced_database(workspace.database) == "OneDrive"
    town = workspace.save(Town(name="Põltsamaa", country="EE"))
    scan = tmp_path / "avtal.pdf"
    scan.write_bytes(b"%PDF-1.4 agreement")
    att.add_attachment(workspace.database, RecordRef("town", town.id), scan)
    target = tmp_path / "Lokal" / "vanort.sqlite3"
    target.parent.mkdir()

    moved = workspace.moved_to(target)
    try:
        assert moved.path == target.resolve()
        assert synced_database(moved.database) is None
        assert [t.name for t in moved.get_many("town")] == ["Põltsamaa"]
        [attachment] = att.list_attachments(moved.database, RecordRef("town", town.id))
        assert att.attachment_path(moved.database, attachment).read_bytes() == b"%PDF-1.4 agreement"
    finally:
        moved.close()
    assert not source.exists()
    assert not paths.attachments_dir(source).exists()
    assert [p.name for p in source.parent.iterdir()] == []  # no -wal or -shm left behind


def test_an_existing_file_is_never_overwritten_and_nothing_moves(tmp_path: Path) -> None:
    source = _database_in(tmp_path / "Dropbox")
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"hers")
    workspace = Workspace.open(source)
    try:
        with pytest.raises(DatabaseRefused):
            workspace.moved_to(taken)
        # Still open and usable where it was.
        workspace.save(Town(name="Herning", country="DK"))
        assert [t.name for t in workspace.get_many("town")] == ["Herning"]
    finally:
        workspace.close()
    assert taken.read_bytes() == b"hers"
    assert source.exists()
