"""A writer killed with SIGKILL at random moments loses nothing it reported as saved.

A writer process saves towns (each with other names, so every save writes two
tables) and prints the id of each one after ``save`` has returned, i.e. after
the commit. The test kills it with SIGKILL after a random delay, 20 times, each
time a fresh writer on the same file; afterwards every reported town is there,
whole, and SQLite finds the file sound.
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

# The starter imports the program once and then forks a fresh writer process for
# each round, so twenty rounds do not pay twenty interpreter start-ups. Each
# writer opens the register itself; the starter never touches the file.
STARTER = textwrap.dedent(
    """
    import dataclasses
    import os
    import sys

    from app.services.records import Town
    from app.workspace import Workspace


    def write(path, round_):
        workspace = Workspace.open(path)
        print("ready", os.getpid(), flush=True)
        number = 0
        while True:
            number += 1
            name = f"Stad {round_}-{number}"
            town = workspace.save(
                Town(name=name, country="SE", alternative_names=(name + " a", name + " b"))
            )
            # Only now is the record committed: report it, in one write (print writes the
            # number and its newline apart when output is unbuffered, and a kill between
            # the two would leave half a line).
            sys.stdout.write(f"{town.id}\\n")
            sys.stdout.flush()
            if number % 5 == 0:
                # An update now and then, so kills also land inside UPDATE transactions.
                first = workspace.get("town", town.id - 4)
                workspace.save(dataclasses.replace(first, population=number))


    print("started", flush=True)
    for command in sys.stdin:
        round_ = command.strip()
        pid = os.fork()
        if pid == 0:
            try:
                write(sys.argv[1], round_)
            except BaseException as error:
                print("error", repr(error), flush=True)
            os._exit(1)
        _, status = os.waitpid(pid, 0)
        print("ended", os.waitstatus_to_exitcode(status), flush=True)
    """
)


class Starter:
    """The child process that starts writers; one line on stdin starts one writer."""

    def __init__(self, database: Path, script: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(database)],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert self._line() == b"started"

    def _line(self) -> bytes:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            pytest.fail(f"the starter died with exit {self.process.wait()}")
        return line.rstrip(b"\n")

    def run_and_kill(self, round_: int, delay: float) -> list[int]:
        """Start a writer, SIGKILL it after ``delay`` seconds; the ids it reported."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{round_}\n".encode())
        self.process.stdin.flush()
        ready = self._line().split()
        if ready[0] != b"ready":
            pytest.fail(f"writer did not start: {ready!r}")
        # The first save is awaited before the delay starts, so a slow (busy) machine
        # still kills writers that have written, instead of failing the count below.
        first = self._line()
        assert first.isdigit(), first
        reported = [int(first)]
        time.sleep(delay)
        os.kill(int(ready[1]), signal.SIGKILL)
        while (line := self._line()) and not line.startswith(b"ended"):
            # A pipe write of a few bytes is atomic, so a line is whole or absent.
            assert line.isdigit(), line
            reported.append(int(line))
        assert line == f"ended {-signal.SIGKILL}".encode(), line
        return reported

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.slow
def test_every_reported_save_survives_sigkill(tmp_path: Path) -> None:
    database = tmp_path / "vanort.sqlite3"
    Workspace.create(database, municipality="Vänersborg").close()
    script = tmp_path / "starter.py"
    script.write_text(STARTER, encoding="utf-8")
    chance = random.Random(SEED)

    reported: list[int] = []
    starter = Starter(database, script)
    try:
        for round_ in range(KILLS):
            reported += starter.run_and_kill(round_, chance.uniform(0.0, 0.4))
    finally:
        starter.close()

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
