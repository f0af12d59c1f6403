"""Attachments: copied beside the database, listed, found again after a copy, removed."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.services import attachments as att
from app.services.errors import RecordNotFound, ServiceError
from app.services.records import RecordRef, Town
from app.workspace import Workspace
from db import models as m


@pytest.fixture
def town(workspace: Workspace) -> RecordRef:
    saved = workspace.save(Town(name="Põltsamaa", country="EE"))
    return RecordRef("town", saved.id)


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "Vänortsavtal Põltsamaa 1995.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.4 scanned agreement " + bytes(range(256)) * 50)
    return path


def _log(workspace: Workspace) -> list[tuple[str, str, int | None]]:
    with workspace.database.reading() as session:
        rows = session.execute(
            select(
                m.ChangeLogEntry.action, m.ChangeLogEntry.target_kind, m.ChangeLogEntry.target_id
            )
            .where(m.ChangeLogEntry.target_kind == "attachment")
            .order_by(m.ChangeLogEntry.id)
        ).all()
    return [tuple(r) for r in rows]


def _rows(workspace: Workspace) -> int:
    with workspace.database.reading() as session:
        return session.scalar(select(func.count()).select_from(m.Attachment)) or 0


def test_add_copies_the_file_beside_the_database(
    workspace: Workspace, town: RecordRef, scan: Path
) -> None:
    info = att.add_attachment(workspace.database, town, scan, description="Signed original")

    assert workspace.path is not None
    folder = workspace.path.parent / "register-bilagor"
    stored = att.attachment_path(workspace.database, info)
    assert stored.parent == folder
    assert stored.read_bytes() == scan.read_bytes()
    assert stored.name.startswith(f"{info.id}-")
    assert info.filename == "Vänortsavtal Põltsamaa 1995.pdf"
    assert info.size == len(scan.read_bytes())
    assert info.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert info.description == "Signed original"
    assert info.target == town
    # The source stays where it was, and no temporary copy is left behind.
    assert scan.exists()
    assert sorted(p.name for p in folder.iterdir()) == [stored.name]
    assert _log(workspace) == [("create", "attachment", info.id)]


def test_list_gives_only_the_records_own_files_in_order(
    workspace: Workspace, town: RecordRef, scan: Path, tmp_path: Path
) -> None:
    other = RecordRef("town", workspace.save(Town(name="Nuuk", country="GL")).id)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("protokoll", encoding="utf-8")
    first = att.add_attachment(workspace.database, town, scan)
    att.add_attachment(workspace.database, other, minutes)
    second = att.add_attachment(workspace.database, town, minutes)

    listed = att.list_attachments(workspace.database, town)

    assert [a.id for a in listed] == [first.id, second.id]
    assert [a.filename for a in listed] == [scan.name, "minutes.txt"]
    assert [a.filename for a in att.list_attachments(workspace.database, other)] == ["minutes.txt"]


def test_the_same_name_twice_gets_two_stored_files(
    workspace: Workspace, town: RecordRef, scan: Path
) -> None:
    one = att.add_attachment(workspace.database, town, scan)
    two = att.add_attachment(workspace.database, town, scan)
    assert att.attachment_path(workspace.database, one) != att.attachment_path(
        workspace.database, two
    )
    assert att.attachment_path(workspace.database, one).exists()
    assert att.attachment_path(workspace.database, two).exists()


def test_a_database_copied_with_its_folder_keeps_its_attachments(
    tmp_path: Path, scan: Path
) -> None:
    original = Workspace.create(tmp_path / "here" / "vanort.sqlite3")
    town = RecordRef("town", original.save(Town(name="Eiði", country="FO")).id)
    added = att.add_attachment(original.database, town, scan)
    original.close()

    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    shutil.copy2(tmp_path / "here" / "vanort.sqlite3", elsewhere / "vanort.sqlite3")
    shutil.copytree(tmp_path / "here" / "vanort-bilagor", elsewhere / "vanort-bilagor")
    shutil.rmtree(tmp_path / "here")  # the original is gone: the copy must stand alone

    copy = Workspace.open(elsewhere / "vanort.sqlite3")
    try:
        (listed,) = att.list_attachments(copy.database, town)
        path = att.attachment_path(copy.database, listed)
        assert listed.id == added.id
        assert path.parent == elsewhere / "vanort-bilagor"
        assert path.read_bytes() == scan.read_bytes()
    finally:
        copy.close()


def test_a_failed_database_write_leaves_no_file(
    workspace: Workspace, town: RecordRef, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_log(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(att, "write_log", broken_log)
    with pytest.raises(RuntimeError):
        att.add_attachment(workspace.database, town, scan)

    assert att.attachments_folder(workspace.database) is not None
    assert list(att.attachments_folder(workspace.database).iterdir()) == []
    assert _rows(workspace) == 0


def test_a_missing_record_is_refused_without_leaving_a_file(
    workspace: Workspace, scan: Path
) -> None:
    with pytest.raises(RecordNotFound):
        att.add_attachment(workspace.database, RecordRef("town", 999), scan)
    assert att.attachments_folder(workspace.database) is not None
    assert list(att.attachments_folder(workspace.database).iterdir()) == []


def test_a_folder_or_missing_file_cannot_be_attached(
    workspace: Workspace, town: RecordRef, tmp_path: Path
) -> None:
    with pytest.raises(att.AttachmentError):
        att.add_attachment(workspace.database, town, tmp_path)
    with pytest.raises(att.AttachmentError, match="not a file"):
        att.add_attachment(workspace.database, town, tmp_path / "nowhere.pdf")
    assert _rows(workspace) == 0


def test_remove_parks_the_file_and_restore_brings_it_back(
    workspace: Workspace, town: RecordRef, scan: Path
) -> None:
    info = att.add_attachment(workspace.database, town, scan)
    stored = att.attachment_path(workspace.database, info)

    removed = att.remove_attachment(workspace.database, info.id)

    assert att.list_attachments(workspace.database, town) == []
    assert not stored.exists()
    parked = stored.parent / ".removed" / removed.parked_name
    assert parked.read_bytes() == scan.read_bytes()
    assert [a for a, _, _ in _log(workspace)] == ["create", "delete"]

    restored = att.restore_attachment(workspace.database, removed)

    assert restored.id == info.id
    assert [a.filename for a in att.list_attachments(workspace.database, town)] == [scan.name]
    assert att.attachment_path(workspace.database, restored).read_bytes() == scan.read_bytes()
    assert not parked.exists()


def test_removing_twice_says_it_is_gone(workspace: Workspace, town: RecordRef, scan: Path) -> None:
    info = att.add_attachment(workspace.database, town, scan)
    att.remove_attachment(workspace.database, info.id)
    with pytest.raises(att.AttachmentError, match="no longer exists"):
        att.remove_attachment(workspace.database, info.id)


def test_a_file_already_missing_does_not_block_removal(
    workspace: Workspace, town: RecordRef, scan: Path
) -> None:
    info = att.add_attachment(workspace.database, town, scan)
    att.attachment_path(workspace.database, info).unlink()
    att.remove_attachment(workspace.database, info.id)
    assert att.list_attachments(workspace.database, town) == []


def test_a_stored_name_cannot_point_outside_the_folder(workspace: Workspace) -> None:
    forged = att.AttachmentInfo(
        id=1,
        version=1,
        target=RecordRef("town", 1),
        filename="x",
        stored_name="../../etc/passwd",
        size=0,
        sha256=None,
        description=None,
        added_at=None,
    )
    with pytest.raises(att.AttachmentError):
        att.attachment_path(workspace.database, forged)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Põltsamaa avtal.pdf", "Põltsamaa avtal.pdf"),
        ("../../secret.txt", "secret.txt"),
        ("a:b*c?.doc", "a_b_c_.doc"),
        ("...", "file"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_safe_names(given: str, expected: str) -> None:
    assert att.safe_name(given) == expected


def test_a_deleted_record_takes_its_attachments_along_and_gets_them_back(
    workspace: Workspace, town: RecordRef, scan: Path
) -> None:
    info = att.add_attachment(workspace.database, town, scan)
    with workspace.database.transaction() as session:
        taken = att.take_for_delete(session, town)
    assert [t["filename"] for t in taken] == [scan.name]
    assert att.list_attachments(workspace.database, town) == []
    # The file stays, so the undo needs nothing but the row.
    assert att.attachment_path(workspace.database, info).exists()

    with workspace.database.transaction() as session:
        att.put_back_after_restore(session, taken)
    (back,) = att.list_attachments(workspace.database, town)
    assert (back.id, back.stored_name, back.sha256) == (info.id, info.stored_name, info.sha256)


def test_a_linked_attachments_folder_is_refused_and_nothing_lands_outside(
    workspace: Workspace, town: RecordRef, scan: Path, tmp_path: Path
) -> None:
    """A symbolic link in place of the folder would put files where no copy looks."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert att.attachments_folder(workspace.database) is not None
    att.attachments_folder(workspace.database).symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(att.AttachmentError) as caught:
        att.add_attachment(workspace.database, town, scan)
    assert "is a link to another place" in str(caught.value)
    assert list(elsewhere.iterdir()) == []
    assert att.list_attachments(workspace.database, town) == []


def test_a_stored_file_replaced_by_a_link_outside_is_not_opened(
    workspace: Workspace, town: RecordRef, scan: Path, tmp_path: Path
) -> None:
    info = att.add_attachment(workspace.database, town, scan)
    stored = att.attachment_path(workspace.database, info)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the register", encoding="utf-8")
    stored.unlink()
    stored.symlink_to(secret)
    with pytest.raises(att.AttachmentError):
        att.attachment_path(workspace.database, info)


def test_an_attachment_open_in_another_program_stays_with_one_sentence(
    workspace: Workspace, town: RecordRef, scan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    info = att.add_attachment(workspace.database, town, scan)
    stored = att.attachment_path(workspace.database, info)
    real_replace = os.replace

    def locked(source: object, target: object) -> None:
        if Path(str(source)) == stored:  # Windows: open in Word, so it cannot be moved
            error = PermissionError(errno.EACCES, "in use", str(source), None, str(target))
            error.winerror = 32  # type: ignore[misc]
            raise error
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ServiceError) as raised:
        att.remove_attachment(workspace.database, info.id)

    assert str(raised.value) == (
        f"The file {scan.name} is open in another program, so it could not be removed. "
        "Close it and try again; nothing was changed."
    )
    assert [a.filename for a in att.list_attachments(workspace.database, town)] == [scan.name]
    assert stored.read_bytes() == scan.read_bytes()
    assert [a for a, _, _ in _log(workspace)] == ["create"]
