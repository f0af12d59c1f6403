"""Online backups: consistent under a writer, rotated, listed, restored, and taken before
a migration."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import paths
from app.register import open_register
from app.services.records import Town
from app.workspace import Workspace
from db import backup, errors, migrate

Fingerprint = Callable[[Path], tuple[str, list[str], list[str]]]
MIGRATIONS = Path(migrate.__file__).resolve().parent / "migrations"


def _town_names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM towns ORDER BY id")]
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        connection.close()


def _register(path: Path, *names: str) -> Path:
    workspace = Workspace.create(path, municipality="Vänersborg")
    for name in names:
        workspace.save(Town(name=name))
    workspace.close()
    return path


def test_a_backup_holds_committed_rows_only_while_a_writer_is_busy(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg", "Herning")
    writer = sqlite3.connect(database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO towns (name, kind, is_home, created_at, updated_at, version)"
            " VALUES ('Ofärdig', 'municipality', 0, '2026-01-01', '2026-01-01', 1)"
        )
        # The write transaction is still open when the backup is taken.
        copy = backup.backup_database(database, tmp_path / "backups", "manual")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert _town_names(copy) == ["Vänersborg", "Herning"]
    assert backup.integrity_problems(copy) == []
    # One self-contained file: rollback-journal mode, nothing beside it.
    assert copy.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]


def test_rotation_keeps_the_newest_backups(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    folder = tmp_path / "backups"
    taken = [backup.backup_database(database, folder, "manual") for _ in range(17)]
    kept = sorted(p for p in folder.iterdir())
    assert len(kept) == backup.KEEP_BACKUPS == 14
    assert set(kept) == set(taken[-14:])
    assert not any(p.exists() for p in taken[:3])


def test_rotation_with_a_smaller_set(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    folder = tmp_path / "backups"
    taken = [backup.backup_database(database, folder, "daily", keep=3) for _ in range(5)]
    assert sorted(folder.iterdir()) == sorted(taken[2:])


def test_backups_are_listed_newest_first_and_only_for_their_database(tmp_path: Path) -> None:
    # Same file name in two folders: the sets must not mix.
    first = _register(tmp_path / "a" / "vanort.sqlite3", "Vänersborg")
    second = _register(tmp_path / "b" / "vanort.sqlite3", "Lich")
    folder = tmp_path / "backups"
    mine = [
        backup.backup_database(first, folder, reason)
        for reason in ("daily", "manual", "before-migration")
    ]
    theirs = backup.backup_database(second, folder, "daily")
    (folder / "notes.txt").write_text("not a backup", encoding="utf-8")

    listed = backup.list_backups(first, folder)
    assert [b.path for b in listed] == list(reversed(mine))
    assert [b.reason for b in listed] == ["before-migration", "manual", "daily"]
    assert [b.path for b in backup.list_backups(second, folder)] == [theirs]
    taken = [b.taken_at for b in listed]
    assert taken == sorted(taken, reverse=True)
    assert all(abs(datetime.now() - t) < timedelta(hours=1) for t in taken)
    assert backup.list_backups(first, tmp_path / "no-such-folder") == []


def test_a_daily_backup_is_due_once_a_day(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    folder = tmp_path / "backups"
    assert backup.daily_backup_due(database, folder)
    backup.backup_database(database, folder, "daily")
    assert not backup.daily_backup_due(database, folder)
    tomorrow = datetime.now() + timedelta(days=1)
    assert backup.daily_backup_due(database, folder, today=tomorrow)


def test_opening_takes_one_daily_backup(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    for _ in range(3):
        open_register(database).close()
    listed = backup.list_backups(database, paths.backups_dir())
    assert [b.reason for b in listed] == ["daily"]
    assert _town_names(listed[0].path) == ["Vänersborg"]


def test_restore_replaces_the_content_after_a_safety_backup(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    folder = tmp_path / "backups"
    saved = backup.backup_database(database, folder, "manual")
    workspace = Workspace.open(database)
    workspace.save(Town(name="Lich"))
    workspace.close()
    assert _town_names(database) == ["Vänersborg", "Lich"]

    safety = backup.restore_backup(saved, database, folder)

    assert _town_names(database) == ["Vänersborg"]
    assert safety is not None and safety.exists()
    assert _town_names(safety) == ["Vänersborg", "Lich"]
    assert backup.list_backups(database, folder)[0].reason == "before-restore"
    assert backup.integrity_problems(database) == []
    # The restored register opens and works as before.
    workspace = Workspace.open(database)
    assert [t.name for t in workspace.get_many("town")] == ["Vänersborg"]
    workspace.save(Town(name="Omaruru"))
    workspace.close()


def test_restore_into_a_missing_file_needs_no_safety_backup(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    saved = backup.backup_database(database, tmp_path / "backups", "manual")
    target = tmp_path / "ny.sqlite3"
    assert backup.restore_backup(saved, target, tmp_path / "backups") is None
    assert _town_names(target) == ["Vänersborg"]


@pytest.mark.parametrize("kind", ["text", "other-program"])
def test_restore_refuses_a_file_that_is_not_a_vanort_backup(
    tmp_path: Path, fingerprint: Fingerprint, kind: str
) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    folder = tmp_path / "backups"
    impostor = tmp_path / "impostor" / "backup.sqlite3"
    impostor.parent.mkdir()
    if kind == "text":
        impostor.write_text("Vänortskedjan\n", encoding="utf-8")
    else:
        connection = sqlite3.connect(impostor)
        connection.execute("CREATE TABLE foo (x)")
        connection.commit()
        connection.close()
    before = fingerprint(database), fingerprint(impostor)
    with pytest.raises(errors.DatabaseRefused):
        backup.restore_backup(impostor, database, folder)
    assert (fingerprint(database), fingerprint(impostor)) == before
    assert backup.list_backups(database, folder) == []


# ------------------------------------------------------------ before a migration


LATER = "9999"
"""The revision of the test's later schema, after whatever the real newest one is."""


def _migrations_with_a_later_revision(folder: Path, newest: str) -> Path:
    """A copy of the real migrations plus a revision after ``newest`` that adds one table."""
    shutil.copytree(MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    first = [p for p in (folder / "versions").glob("0001_*.py")]
    assert len(first) == 1
    (folder / "versions" / f"{LATER}_test_marker.py").write_text(
        '"""A later schema for the test."""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f'revision = "{LATER}"\n'
        f'down_revision = "{newest}"\n'
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        '    op.create_table("test_marker", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
        "def downgrade() -> None:\n"
        '    op.drop_table("test_marker")\n',
        encoding="utf-8",
    )
    return folder


def test_an_older_schema_is_backed_up_before_it_is_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg", "Holmestrand")
    newest = _revision(database)
    assert newest == migrate.head_revision()
    monkeypatch.setattr(
        migrate,
        "MIGRATIONS_DIR",
        _migrations_with_a_later_revision(tmp_path / "migrations", newest),
    )

    opened = open_register(database)
    opened.close()

    assert _revision(database) == LATER
    listed = backup.list_backups(database, paths.backups_dir())
    reasons = [b.reason for b in listed]
    assert "before-migration" in reasons
    before = next(b for b in listed if b.reason == "before-migration")
    # The backup is the database as it was: the old revision, all its rows.
    assert _revision(before.path) == newest
    assert _town_names(before.path) == ["Vänersborg", "Holmestrand"]
    assert _town_names(database) == ["Vänersborg", "Holmestrand"]
    connection = sqlite3.connect(database)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "test_marker" in tables


def test_no_migration_backup_when_the_schema_is_current(tmp_path: Path) -> None:
    database = _register(tmp_path / "vanort.sqlite3", "Vänersborg")
    open_register(database).close()
    reasons = [b.reason for b in backup.list_backups(database, paths.backups_dir())]
    assert reasons == ["daily"]
