"""A `vanort new` or `vanort demo` killed at any moment leaves no half-made database behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.__main__ import main

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [["new", "--municipality", "Vänersborgs kommun"], ["demo"]], ids=["new", "demo"]
)
def test_a_killed_command_leaves_the_name_free_or_a_whole_database(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    chance = random.Random(6)
    target = tmp_path / "register.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for _round in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "--language", "en", *command, str(target)],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(chance.uniform(0.2, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if target.exists():
            # Finished before the kill: then it is a whole database.
            assert main(["--language", "en", "check", "--database", str(target)]) == 0
            target.unlink()
    capsys.readouterr()
    # Nothing under the user's name, and the next run clears what the killed ones left.
    assert main(["--language", "en", *command, str(target)]) == 0
    assert main(["--language", "en", "check", "--database", str(target)]) == 0
    capsys.readouterr()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["register.sqlite3"], left
