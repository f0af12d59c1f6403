"""The start page reads the same on a server as on the file it was copied from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, event

from app.demo import write_demo
from app.overview import DUE, NETWORKS, RECENT, read_overview
from app.workspace import Workspace
from db.engine import sqlite_engine
from db.transfer import transfer

# A day inside the demo's term evaluation window too: every to-do rule reads.
DAYS = (date(2026, 12, 6), date(2030, 9, 1))


def _demo_on_server(pg_url: str, tmp_path: Path) -> Path:
    """The demo written to a file and copied to the server; the file's path."""
    demo = tmp_path / "demo.sqlite3"
    write_demo(demo)
    source, target = sqlite_engine(demo, read_only=True), create_engine(pg_url)
    try:
        transfer(source, target)
    finally:
        source.dispose()
        target.dispose()
    return demo


def _most_connections_at_once(workspace: Workspace, day: date) -> int:
    """How many of the register's connections the start page's read held at the same time."""
    engine = workspace.database.engine
    held, most = [0], [0]

    def checked_out(*_args: object) -> None:
        held[0] += 1
        most[0] = max(most[0], held[0])

    def checked_in(*_args: object) -> None:
        held[0] -= 1

    event.listen(engine, "checkout", checked_out)
    event.listen(engine, "checkin", checked_in)
    try:
        read_overview(workspace.database, day)
    finally:
        event.remove(engine, "checkout", checked_out)
        event.remove(engine, "checkin", checked_in)
    return most[0]


def test_the_demo_on_a_server_gives_the_start_page_of_the_file(pg_url: str, tmp_path: Path) -> None:
    """Every section, line by line, with its reason: the SQL means the same on both."""
    demo = _demo_on_server(pg_url, tmp_path)
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


def test_on_a_server_the_statuses_are_read_beside_the_to_do_rules(
    pg_url: str, tmp_path: Path
) -> None:
    """Two connections at once on a server (each statement a round trip); one on a file."""
    demo = _demo_on_server(pg_url, tmp_path)
    on_file, on_server = Workspace.open(demo), Workspace.open(pg_url)
    try:
        assert _most_connections_at_once(on_server, DAYS[0]) == 2
        assert _most_connections_at_once(on_file, DAYS[0]) == 1
    finally:
        on_file.close()
        on_server.close()
