"""A damaged database is refused unchanged, never backed up or restored, and can be recovered."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.__main__ import main
from tests.db.conftest import sha256_of

Fingerprint = Callable[[Path], tuple[str, list[str], list[str]]]


def _healthy(folder: Path, demo_bytes: bytes, name: str = "register.sqlite3") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(demo_bytes)
    return path


def _damaged(folder: Path, demo_bytes: bytes, name: str = "skadad.sqlite3") -> Path:
    """The demo with 8 KB of random bytes written over record pages, as a failing disk might.

    The two pages are the middle ones of the file's table and index pages, never
    the list of tables itself: damage there leaves nothing to save row by row
    (that case has its own test below).
    """
    data = bytearray(demo_bytes)
    page = int.from_bytes(data[16:18], "big")
    first = _record_pages(demo_bytes)[len(_record_pages(demo_bytes)) // 2]
    noise = random.Random(14).randbytes(2 * page)
    data[(first - 1) * page : (first + 1) * page] = noise
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(bytes(data))
    return path


def _record_pages(demo_bytes: bytes) -> list[int]:
    """Page numbers p whose page p and p + 1 both hold rows or indexes (not the schema)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "demo.sqlite3"
        copy.write_bytes(demo_bytes)
        connection = sqlite3.connect(copy)
        try:
            owner = dict(connection.execute("SELECT pageno, name FROM dbstat").fetchall())
        finally:
            connection.close()
    schema = {"sqlite_schema", "sqlite_master"}
    return sorted(
        p
        for p, table in owner.items()
        if table not in schema and owner.get(p + 1) not in (None, *schema)
    )


def _schema_damaged(folder: Path, demo_bytes: bytes) -> Path:
    """The demo with the list of tables itself overwritten (one of its leaf pages)."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "demo.sqlite3"
        copy.write_bytes(demo_bytes)
        connection = sqlite3.connect(copy)
        try:
            leaves = [
                p
                for (p,) in connection.execute(
                    "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema' AND pagetype = 'leaf'"
                )
            ]
        finally:
            connection.close()
    page = 4096
    data = bytearray(demo_bytes)
    target = leaves[len(leaves) // 2]
    data[(target - 1) * page : target * page] = random.Random(15).randbytes(page)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "schema-skadad.sqlite3"
    path.write_bytes(bytes(data))
    return path


def _one_sentence(text: str) -> str:
    assert "Traceback" not in text
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_the_damaged_file_of_these_tests_fails_sqlites_own_check(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    """The damage is real: integrity_check (not ours) finds it."""
    path = _damaged(tmp_path, demo_bytes)
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        assert rows != [("ok",)]
    except sqlite3.DatabaseError:
        pass
    finally:
        connection.close()


def _opening_is_refused_as_damaged(path: Path, fingerprint: Fingerprint) -> None:
    """Opening ``path`` is refused with the one sentence for damage, and nothing is written."""
    from app.errors import DatabaseRefused
    from app.messages import refusal_message
    from app.workspace import Workspace

    before = fingerprint(path)
    with pytest.raises(DatabaseRefused) as caught:
        Workspace.open(path)
    assert refusal_message(caught.value) == (
        f"{path} is damaged and was left as it was; restore a backup of it, or save what "
        "can still be read into a new file (vanort recover)."
    )
    assert fingerprint(path) == before


def test_opening_a_damaged_database_is_refused_and_leaves_it_unchanged(
    tmp_path: Path, demo_bytes: bytes, fingerprint: Fingerprint, vanort_home: Path
) -> None:
    """No write, no sidecar, no daily backup of the damaged file."""
    path = _damaged(tmp_path / "db", demo_bytes)
    _opening_is_refused_as_damaged(path, fingerprint)
    backups = vanort_home / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_backup_refuses_a_damaged_database(
    tmp_path: Path, demo_bytes: bytes, capsys: pytest.CaptureFixture[str], vanort_home: Path
) -> None:
    """`vanort backup` exits 1 with one sentence and writes no copy, whole or partial."""
    path = _damaged(tmp_path / "db", demo_bytes)
    target = tmp_path / "copies"
    target.mkdir()
    assert main(["--language", "en", "backup", "--database", str(path), "--to", str(target)]) == 1
    assert "is damaged" in _one_sentence(capsys.readouterr().err)
    assert list(target.iterdir()) == []
    assert main(["--language", "en", "backup", "--database", str(path)]) == 1
    capsys.readouterr()
    backups = vanort_home / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_restore_refuses_a_damaged_backup_and_keeps_the_healthy_database(
    tmp_path: Path, demo_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damaged(tmp_path / "backup", demo_bytes)
    healthy = _healthy(tmp_path / "db", demo_bytes)
    before = sha256_of(healthy)
    args = ["--language", "en", "restore", str(damaged), "--database", str(healthy)]
    assert main(args) == 1
    assert "is damaged" in _one_sentence(capsys.readouterr().err)
    assert sha256_of(healthy) == before
    assert main(["--language", "en", "check", "--database", str(healthy)]) == 0


def test_restore_replaces_a_truncated_database_and_leaves_no_partial_file(
    tmp_path: Path, demo_bytes: bytes, capsys: pytest.CaptureFixture[str], vanort_home: Path
) -> None:
    """A database cut off in the middle is moved aside whole and the backup put in its place."""
    good = _healthy(tmp_path / "backup", demo_bytes, "bra.sqlite3")
    target = tmp_path / "db" / "register.sqlite3"
    target.parent.mkdir()
    target.write_bytes(demo_bytes[: len(demo_bytes) // 2])
    cut = target.read_bytes()
    assert main(["--language", "en", "restore", str(good), "--database", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {target} from {good}." in out
    assert main(["--language", "en", "check", "--database", str(target)]) == 0
    capsys.readouterr()
    aside = [p for p in target.parent.iterdir() if "-damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == cut
    everything = list(tmp_path.rglob("*")) + list(vanort_home.rglob("*"))
    assert not [p for p in everything if p.name.endswith(".partial")]


def test_a_backup_of_a_healthy_database_is_checked_and_named_as_one(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    from db.backup import backup_database, list_backups
    from db.integrity import quick_check

    path = _healthy(tmp_path / "db", demo_bytes)
    taken = backup_database(path, tmp_path / "backups", "manual")
    assert quick_check(taken) == []
    assert [b.path for b in list_backups(path, tmp_path / "backups")] == [taken]


def test_rotation_keeps_a_backup_older_than_a_week(tmp_path: Path, demo_bytes: bytes) -> None:
    """Fourteen new backups do not push out the only one from before last week."""
    from db import backup

    path = _healthy(tmp_path / "db", demo_bytes)
    folder = tmp_path / "backups"
    first = backup.backup_database(path, folder, "daily")
    old_stamp = (datetime.now() - timedelta(days=10)).strftime("%Y%m%d-%H%M%S%f")
    old = folder / f"{path.stem}-{backup._tag(path)}-{old_stamp}-daily.sqlite3"
    os.replace(first, old)
    for _ in range(backup.KEEP_BACKUPS + 2):
        backup.backup_database(path, folder, "daily")
    kept = backup.list_backups(path, folder)
    assert len(kept) == backup.KEEP_BACKUPS + 1
    assert kept[-1].path == old


def test_recover_saves_the_readable_rows_into_a_new_file_that_opens(
    tmp_path: Path, demo_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.workspace import Workspace

    damaged = _damaged(tmp_path / "db", demo_bytes)
    before = sha256_of(damaged)
    rescued = tmp_path / "räddad.sqlite3"
    args = ["--language", "en", "recover", "--database", str(damaged), "--to", str(rescued)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"into {rescued}" in out
    assert sha256_of(damaged) == before
    assert main(["--language", "en", "check", "--database", str(rescued)]) in (0, 1)
    capsys.readouterr()
    workspace = Workspace.open(rescued)
    try:
        towns = workspace.get_many("town")
    finally:
        workspace.close()
    # Most of the demo's twelve towns live on pages the noise did not reach.
    assert len(towns) >= 1
    assert not [p for p in tmp_path.rglob("*.partial")]


def test_restore_refuses_while_a_window_has_the_database_open(
    tmp_path: Path, demo_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.workspace import Workspace

    good = _healthy(tmp_path / "backup", demo_bytes, "bra.sqlite3")
    target = _healthy(tmp_path / "db", demo_bytes)
    window = Workspace.open_in_window(target)
    try:
        before = sha256_of(target)
        assert main(["--language", "en", "restore", str(good), "--database", str(target)]) == 1
        sentence = _one_sentence(capsys.readouterr().err)
        assert sentence.startswith(f"{target} is open in Vänort (testare@")
        assert sentence.endswith("); close it there first.")
        assert sha256_of(target) == before
    finally:
        window.close()
    assert main(["--language", "en", "restore", str(good), "--database", str(target)]) == 0


def test_a_second_window_is_told_who_has_the_database_open(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    """The lock names the first holder; a lock of a process that is gone is ignored."""
    import json
    import socket

    from app import register_lock
    from app.workspace import Workspace

    target = _healthy(tmp_path / "db", demo_bytes)
    register_lock.lock_path(target).write_text(
        json.dumps(
            {"user": "anna", "host": "KOMMUN-PC7", "pid": 4242, "since": "2026-12-06T09:15:00"}
        ),
        encoding="utf-8",
    )
    second = Workspace.open_in_window(target)
    try:
        assert second.other_holder is not None
        assert second.other_holder.describe() == "anna@KOMMUN-PC7, 2026-12-06 09:15"
    finally:
        second.close()
    # Anna's lock stays: only its owner removes it.
    assert register_lock.holder(target) is not None
    stale = {
        "user": "anna",
        "host": socket.gethostname(),
        "pid": 2**22 + 17,
        "since": "2026-12-06T09:15:00",
    }
    register_lock.lock_path(target).write_text(json.dumps(stale), encoding="utf-8")
    assert register_lock.holder(target) is None
    third = Workspace.open_in_window(target)
    try:
        assert third.other_holder is None
    finally:
        third.close()
    assert not register_lock.lock_path(target).exists()


def test_damage_to_the_list_of_tables_is_called_damage_and_leaves_the_file_unchanged(
    tmp_path: Path, demo_bytes: bytes, fingerprint: Fingerprint, vanort_home: Path
) -> None:
    """SQLite cannot even list the tables: the same sentence as any damage, nothing written."""
    path = _schema_damaged(tmp_path / "db", demo_bytes)
    _opening_is_refused_as_damaged(path, fingerprint)
