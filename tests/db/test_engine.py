"""The engine: safe pragmas, no file made by a wrong path, Unicode-aware lower(), and
write transactions that wait for each other instead of failing."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.services.records import Town
from app.workspace import Workspace
from db import errors, location
from db import models as m
from db.engine import make_engine
from db.file_uri import read_only_uri


def test_sqlite_connections_get_the_safe_pragmas(vanort_file: Path) -> None:
    engine = make_engine(vanort_file)
    try:
        with engine.connect() as connection:

            def pragma(name: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert int(pragma("busy_timeout")) >= 1000  # type: ignore[call-overload]
    finally:
        engine.dispose()


def test_a_wrong_path_makes_no_file(tmp_path: Path) -> None:
    path = tmp_path / "skrivfel.sqlite3"
    with pytest.raises(errors.DatabaseNotFound):
        make_engine(path)
    with pytest.raises(errors.DatabaseNotFound):
        make_engine(f"sqlite:///{path}")
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_in_a_network_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = f"/dev/sda1 / ext4 rw 0 0\n//filer/kommun {tmp_path.resolve()} cifs rw 0 0\n"
    monkeypatch.setattr(location, "_mount_table", lambda: fake)
    with pytest.raises(errors.NetworkShareRefused):
        make_engine(tmp_path / "ny.sqlite3", create=True)
    with pytest.raises(errors.NetworkShareRefused):
        Workspace.create(tmp_path / "ny.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_lower_knows_every_letter(vanort_file: Path) -> None:
    engine = make_engine(vanort_file)
    try:
        with engine.connect() as connection:
            lowered = connection.execute(text("SELECT lower('ÅLAND ÖSTERSUND ÆRØ Eiði')"))
            assert lowered.scalar() == "åland östersund ærø eiði"
            assert connection.execute(select(func.lower(None))).scalar() is None
    finally:
        engine.dispose()


def test_read_only_inspection_of_a_closed_register_is_immutable(vanort_file: Path) -> None:
    assert vanort_file.read_bytes()[18:20] == b"\x02\x02"  # a WAL database
    assert read_only_uri(vanort_file).endswith("mode=ro&immutable=1")
    workspace = Workspace.open(vanort_file)
    try:
        # While it is open its -wal file holds committed pages: no immutable read then.
        workspace.save(Town(name="Lich", country="DE"))
        assert vanort_file.with_name(vanort_file.name + "-wal").exists()
        assert read_only_uri(vanort_file).endswith("mode=ro")
    finally:
        workspace.close()


def test_a_write_waits_for_another_writer_instead_of_failing(vanort_file: Path) -> None:
    # Two programs on one file: the first reads, the second commits meanwhile, the
    # first then writes. With a deferred BEGIN the first write would fail at once
    # with "database is locked"; a write transaction must take its lock up front.
    first = Workspace.open(vanort_file)
    second = Workspace.open(vanort_file)
    started = threading.Event()
    problems: list[BaseException] = []

    def other_user() -> None:
        started.set()
        try:
            second.save(Town(name="Holmestrand", country="NO"))
        except BaseException as error:  # reported below, in the test's thread
            problems.append(error)

    try:
        with first.database.transaction() as session:
            names = list(session.scalars(select(m.Town.name)))
            helper = threading.Thread(target=other_user)
            helper.start()
            started.wait()
            time.sleep(0.3)  # give the other writer every chance to get in between
            session.add(m.Town(name="Herning", country="DK", kind="municipality"))
            session.flush()
        helper.join()
        assert problems == []
        assert names == ["Vänersborg"]
        assert sorted(t.name for t in first.get_many("town")) == [
            "Herning",
            "Holmestrand",
            "Vänersborg",
        ]
    finally:
        first.close()
        second.close()
