"""A writer killed with SIGKILL at random moments loses nothing it reported as saved.

The child saves towns (each with other names, so every save writes two tables)
and prints the id of each one after ``save`` has returned, i.e. after the
commit. The parent kills it at 20 random moments, restarting it on the same file
each time; afterwards every reported town is there, whole, and SQLite finds the
file sound.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.workspace import Workspace

REPO = Path(__file__).resolve().parents[2]
KILLS = 20
SEED = 20261122

WRITER = textwrap.dedent(
    """
    import dataclasses
    import sys

    from app.services.records import Town
    from app.workspace import Workspace

    workspace = Workspace.open(sys.argv[1])
    round_ = sys.argv[2]
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        name = f"Stad {round_}-{number}"
        town = workspace.save(
            Town(name=name, country="SE", alternative_names=(name + " a", name + " b"))
        )
        # Only now is the record committed: report it.
        print(town.id, flush=True)
        if number % 5 == 0:
            # An update now and then, so kills also land inside UPDATE transactions.
            first = workspace.get("town", town.id - 4)
            workspace.save(dataclasses.replace(first, population=number))
    """
)


def _run_and_kill(database: Path, script: Path, round_: int, delay: float) -> list[int]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, str(script), str(database), str(round_)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    try:
        first = child.stdout.readline()
        if first != b"ready\n":
            child.kill()
            _, err = child.communicate()
            pytest.fail(f"writer did not start: {first!r} {err.decode(errors='replace')}")
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")
    # A line cut off by the kill was never fully reported; only whole lines count.
    lines = out.split(b"\n")[:-1]
    return [int(line) for line in lines]


@pytest.mark.slow
def test_every_reported_save_survives_sigkill(tmp_path: Path) -> None:
    database = tmp_path / "vanort.sqlite3"
    Workspace.create(database, municipality="Vänersborg").close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    chance = random.Random(SEED)

    reported: list[int] = []
    for round_ in range(KILLS):
        reported += _run_and_kill(database, script, round_, chance.uniform(0.0, 0.4))

    assert len(reported) >= KILLS, "the writer hardly wrote; the test proves nothing"
    assert len(set(reported)) == len(reported)

    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()

    workspace = Workspace.open(database)
    try:
        towns = {t.id: t for t in workspace.get_many("town")}
        missing = sorted(set(reported) - set(towns))
        assert missing == []
        for town_id in reported:
            town = towns[town_id]
            # Each save was one transaction: a town is never there without its names.
            assert town.alternative_names == (town.name + " a", town.name + " b")
    finally:
        workspace.close()
