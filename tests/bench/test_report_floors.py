"""The register floors read the register before they write it, as the program must."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.floors import read_register
from bench.generate import generate


def test_the_register_floor_reads_every_town_and_twinning(tmp_path: Path) -> None:
    database = tmp_path / "tiny.sqlite3"
    generate(database, seed=7, scale=0.001)
    connection = sqlite3.connect(database)
    try:
        towns = connection.execute("SELECT count(*) FROM towns").fetchone()[0]
        twinnings = connection.execute("SELECT count(*) FROM twinnings").fetchone()[0]
    finally:
        connection.close()
    assert towns > 0 and twinnings > 0
    assert read_register(database) == towns + twinnings
