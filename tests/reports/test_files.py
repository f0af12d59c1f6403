"""Exports appear whole or not at all, with ordinary file permissions."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports.files import replaced_when_done


def test_the_file_appears_only_when_the_block_succeeds(tmp_path: Path) -> None:
    """Inside the block the target is untouched; after it, it holds what was written."""
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    with replaced_when_done(target) as temporary:
        temporary.write_bytes(b"new")
        assert target.read_bytes() == b"old"
        assert temporary.parent == tmp_path
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_an_error_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    """A failure part-way removes the half-written file and keeps the earlier export."""
    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replaced_when_done(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.xlsx"]


def test_permissions_are_those_of_an_ordinary_new_file(tmp_path: Path) -> None:
    """Not the private 0600 of a temporary file: colleagues may need to read the export."""
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_bytes(b"x")
    target = tmp_path / "rapport.pdf"
    with replaced_when_done(target) as temporary:
        temporary.write_bytes(b"x")
    assert target.stat().st_mode == ordinary.stat().st_mode
