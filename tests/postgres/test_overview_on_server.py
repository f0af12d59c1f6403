"""The start page reads the same on a server as on the file it was copied from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine

from app.demo import write_demo
from app.overview import DUE, NETWORKS, RECENT, read_overview
from app.workspace import Workspace
from db.engine import sqlite_engine
from db.transfer import transfer

# A day inside the demo's term evaluation window too: every to-do rule reads.
DAYS = (date(2026, 12, 6), date(2030, 9, 1))


def test_the_demo_on_a_server_gives_the_start_page_of_the_file(pg_url: str, tmp_path: Path) -> None:
    """Every section, line by line, with its reason: the SQL means the same on both."""
    demo = tmp_path / "demo.sqlite3"
    write_demo(demo)
    source, target = sqlite_engine(demo, read_only=True), create_engine(pg_url)
    try:
        transfer(source, target)
    finally:
        source.dispose()
        target.dispose()
    on_file, on_server = Workspace.open(demo), Workspace.open(pg_url)
    try:
        for day in DAYS:
            expected = read_overview(on_file.database, day)
            found = read_overview(on_server.database, day)
            assert found.sections == expected.sections
            # Not a comparison of empty pages: the demo's to-do items, networks and
            # changes are there, each opening its record.
            for key in (DUE, NETWORKS, RECENT):
                assert any(line.ref for line in found.section(key).lines), key
    finally:
        on_file.close()
        on_server.close()
