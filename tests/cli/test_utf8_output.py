"""The command line writes UTF-8 even where Python would pick a narrow code page.

Redirected on Windows, Python writes cp1252, in which "Ł" and "→" do not
exist; PYTHONIOENCODING=cp1252 makes Linux behave the same way for the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _vanort(arguments: list[str], home: Path, output: Path) -> int:
    environment = dict(os.environ)
    environment.update(
        {"PYTHONIOENCODING": "cp1252", "VANORT_HOME": str(home), "VANORT_LANGUAGE": "sv"}
    )
    with open(output, "wb") as file:
        return subprocess.run(
            [sys.executable, "-m", "app", *arguments],
            cwd=REPO,
            env=environment,
            stdout=file,
            stderr=subprocess.STDOUT,
            timeout=300,
        ).returncode


def test_check_of_a_database_in_a_polish_folder_is_written_whole_to_a_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "Łódź → Vänersborg"
    folder.mkdir()
    database = folder / "vänorter.sqlite3"
    created = tmp_path / "created.txt"
    assert _vanort(["new", str(database), "--municipality", "Vänersborg"], tmp_path, created) == 0
    report = tmp_path / "check.txt"

    status = _vanort(["check", "--database", str(database)], tmp_path, report)

    text = report.read_bytes().decode("utf-8")  # strict: cp1252 bytes would not decode
    assert status == 0, text
    assert str(database) in text
    assert "Integritetskontroll" in text
