"""A server's backup for the coordinator: file → empty server → file, every row equal;
`vanort check` on a server; a restore never mixes two registers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, create_engine, text

from app.cli.runner import run
from app.demo import write_demo
from app.messages import refusal_message
from app.services import attachments
from app.services.records import RecordRef, Town, Twinning
from app.workspace import Workspace
from app.workspace_files import save_copy
from db.errors import ServerNotEmpty
from db.models import Base

pytestmark = pytest.mark.postgres


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every register table in a file, read with sqlite3 itself, in id order.

    JSON is compared as what it says: the server keeps it as jsonb, which orders keys.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = {}
        for table in Base.metadata.sorted_tables:
            names = [c.name for c in table.columns]
            json_at = [i for i, c in enumerate(table.columns) if isinstance(c.type, JSON)]
            order = ", ".join(c.name for c in table.primary_key.columns) or "rowid"
            columns = ", ".join(f'"{n}"' for n in names)
            rows = connection.execute(f'SELECT {columns} FROM "{table.name}" ORDER BY {order}')
            found[table.name] = [
                tuple(
                    json.loads(v) if i in json_at and isinstance(v, str) else v
                    for i, v in enumerate(row)
                )
                for row in rows
            ]
        return found
    finally:
        connection.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    write_demo(path)
    return path


def _attach(register: Path, folder: Path) -> dict[str, bytes]:
    """Attach two files (one with a name in another script) to the register's first town."""
    files = {"protokoll 2014.pdf": b"%PDF-1.4 " + bytes(range(256)) * 40, "Łódź.txt": "å".encode()}
    ws = Workspace.open(register)
    town = ws.get_many("town")[0]
    for name, content in files.items():
        (folder / name).write_bytes(content)
        attachments.add_attachment(ws.database, RecordRef("town", town.id), folder / name)
    ws.close()
    return files


def test_a_file_round_trips_through_an_empty_server(
    pg_url: str, demo: Path, tmp_path: Path, capsys: Any
) -> None:
    """Every row of every table and every attachment comes back equal."""
    outside = tmp_path / "utanfor"
    outside.mkdir()
    files = _attach(demo, outside)
    assert run(["restore", str(demo), "--database", pg_url, "--language", "en"]) == 0
    assert "Loaded" in capsys.readouterr().out

    # New rows on the server continue after the loaded ids.
    ws = Workspace.open(pg_url)
    highest = max(t.id for t in ws.get_many("town"))
    assert ws.save(Town(name="Ny ort")).id == highest + 1
    ws.close()

    copy = tmp_path / "kopia.sqlite3"
    assert run(["backup", "--database", pg_url, "--to", str(copy), "--language", "en"]) == 0
    before, after = _rows(demo), _rows(copy)
    assert sum(len(rows) for rows in before.values()) > 100  # a register worth copying
    for table in before:
        if table in ("towns", "change_log"):
            continue
        assert after[table] == before[table], table
    # The server added one town and its log entry; everything before them is unchanged.
    assert after["towns"][:-1] == before["towns"]
    assert after["change_log"][: len(before["change_log"])] == before["change_log"]

    # The copy opens offline as a register of its own, its attachments beside it.
    offline = Workspace.open(copy)
    assert any(t.name == "Ny ort" for t in offline.get_many("town"))
    first_town = offline.get_many("town")[0]
    kept = attachments.list_attachments(offline.database, RecordRef("town", first_town.id))
    assert {
        a.filename: attachments.attachment_path(offline.database, a).read_bytes() for a in kept
    } == files
    offline.close()


def test_attachments_on_a_server_are_kept_in_the_database(pg_url: str, tmp_path: Path) -> None:
    """Every colleague opens the same file; removing and undoing keeps it whole."""
    ws = Workspace.create(pg_url)
    town = ws.save(Town(name="Eiði", country="FO"))
    source = tmp_path / "avtal.pdf"
    source.write_bytes(b"%PDF-1.4 avtal")
    added = attachments.add_attachment(ws.database, RecordRef("town", town.id), source)
    source.unlink()  # nothing on this computer any more: the server has it
    colleague = Workspace.open(pg_url)
    (seen,) = attachments.list_attachments(colleague.database, RecordRef("town", town.id))
    assert attachments.attachment_path(colleague.database, seen).read_bytes() == b"%PDF-1.4 avtal"
    removed = attachments.remove_attachment(ws.database, added.id)
    assert attachments.list_attachments(colleague.database, RecordRef("town", town.id)) == []
    back = attachments.restore_attachment(ws.database, removed)
    assert attachments.attachment_path(colleague.database, back).read_bytes() == b"%PDF-1.4 avtal"
    colleague.close()
    ws.close()


def test_save_a_copy_from_the_window_writes_a_file_that_opens(pg_url: str, tmp_path: Path) -> None:
    ws = Workspace.create(pg_url)
    ws.save(Town(name="Eiði", country="FO"))
    target = save_copy(ws.database, tmp_path / "kopia.sqlite3")
    ws.close()
    offline = Workspace.open(target)
    assert [t.name for t in offline.get_many("town")] == ["Eiði"]
    offline.close()


def test_a_restore_into_a_server_that_holds_tables_is_refused(
    pg_url: str, demo: Path, capsys: Any
) -> None:
    Workspace.create(pg_url).close()
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM towns")).scalar()
    from app.server_copies import restore_file_to_server

    with pytest.raises(ServerNotEmpty) as caught:
        restore_file_to_server(demo, pg_url)
    assert "already holds tables" in refusal_message(caught.value)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM towns")).scalar() == before
    engine.dispose()


def test_check_finds_a_sound_server_sound_and_a_broken_reference(pg_url: str, capsys: Any) -> None:
    ws = Workspace.create(pg_url)
    a = ws.save(Town(name="Kangasala", country="FI"))
    b = ws.save(Town(name="Vänersborg", country="SE"))
    twinning = ws.save(Twinning(town_a_id=a.id, town_b_id=b.id))
    ws.close()
    assert run(["check", "--database", pg_url, "--language", "en"]) == 0
    assert "no problems found" in capsys.readouterr().out

    engine = create_engine(pg_url)
    with engine.begin() as connection:
        # What a careless hand in psql could do: drop a constraint, then refer to nothing.
        connection.execute(
            text("ALTER TABLE twinnings DROP CONSTRAINT fk_twinnings_town_b_id_towns")
        )
        connection.execute(
            text("UPDATE twinnings SET town_b_id = 99999 WHERE id = :id"), {"id": twinning.id}
        )
    engine.dispose()
    assert run(["check", pg_url, "--language", "en"]) == 1
    out = capsys.readouterr().out
    assert "twinnings.town_b_id: 1 row(s) refer to a missing towns row" in out
    assert "schema:" in out  # the dropped constraint itself
