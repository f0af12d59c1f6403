"""The start floors read the same town rows: with sqlite3, and through the register's models."""

from __future__ import annotations

from pathlib import Path

from bench.entry import _rows_with_models, _rows_with_sqlite
from tests.demo_register import demo_copy


def test_the_orm_floor_shows_the_same_rows_as_the_bare_floor(tmp_path: Path) -> None:
    database = str(demo_copy(tmp_path))
    bare = [tuple(row) for row in _rows_with_sqlite(database)]
    through_models = [tuple(row) for row in _rows_with_models(database)]
    # The demo's twin towns, in name order, each row as the bare floor shows it.
    assert len(bare) > 5
    assert any(name == "Kangasala" for name, *_rest in bare)
    assert through_models == bare
