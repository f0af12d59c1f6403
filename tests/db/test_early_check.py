"""The check of the database at start, begun on a thread before the program has loaded."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from db.integrity import checked, start_quick_check


def _damage(data: bytes) -> bytes:
    """8 KB of random bytes in the middle of the file, as a failing disk writes them."""
    damaged = bytearray(data)
    middle = len(damaged) // 2
    damaged[middle : middle + 8192] = random.Random(14).randbytes(8192)
    return bytes(damaged)


def test_the_early_check_finds_the_damage(tmp_path: Path, demo_bytes: bytes) -> None:
    path = tmp_path / "skadad.sqlite3"
    path.write_bytes(_damage(demo_bytes))
    start_quick_check(path)
    assert checked(path)


def test_a_file_changed_after_the_early_check_is_checked_again(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    """The early answer was about the sound file; the damaged one written since is what opens."""
    path = tmp_path / "register.sqlite3"
    path.write_bytes(demo_bytes)
    start_quick_check(path)
    path.write_bytes(_damage(demo_bytes))
    stat = path.stat()
    # A different time for certain, even where the clock is coarse.
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert checked(path)


def test_a_sound_file_passes_with_or_without_an_early_check(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(demo_bytes)
    assert checked(path) == []
    start_quick_check(path)
    assert checked(path) == []


def test_opening_refuses_a_damaged_file_whose_check_began_early(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    from app.early_check import begin_check
    from app.errors import DatabaseRefused
    from app.workspace import Workspace

    path = tmp_path / "skadad.sqlite3"
    path.write_bytes(_damage(demo_bytes))
    before = path.read_bytes()
    begin_check(path)
    with pytest.raises(DatabaseRefused):
        Workspace.open_in_window(path, daily_backup=False)
    assert path.read_bytes() == before


def test_a_server_address_is_not_checked_as_a_file(tmp_path: Path) -> None:
    from app.early_check import begin_check

    begin_check("postgresql://kansliet@server/vanort")
    begin_check(tmp_path / "saknas.sqlite3")  # missing: the opening says so itself
    assert not (tmp_path / "saknas.sqlite3").exists()
