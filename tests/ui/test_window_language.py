"""The language asked for on the command line or in VANORT_LANGUAGE governs the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import english_interface  # noqa: F401 (autouse fixture)

from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def _swedish_database(folder: Path) -> Path:
    path = folder / "svenska.sqlite3"
    Workspace.create(path, municipality="Testkommun").close()  # stored language: Swedish
    other = Workspace.open(path)
    try:
        assert other.settings().language == "sv"
    finally:
        other.close()
    return path


# The real program in a process of its own: its event loop, its quit and its
# threads must not outlive it inside the test process.
PROGRAM = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.__main__ import main
from ui.main_window import MainWindow


def look():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    shown = [w for w in windows if w.isVisible()]
    if not shown:
        QTimer.singleShot(10, look)
        return
    titles = [a.text().replace("&", "") for a in shown[0].menuBar().actions()]
    print("menus:" + "|".join(titles), flush=True)
    shown[0].close()


QTimer.singleShot(0, look)
sys.exit(main(sys.argv[1:]))
"""


def _menu_titles_of_the_window(argv: list[str]) -> list[str]:
    """Start the program as ``vanort ARGV``, read the opened window's menus, close it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("menus:")]
    assert lines, done.stdout
    return lines[0].removeprefix("menus:").split("|")


def test_the_environment_opens_the_window_in_english_on_a_swedish_database(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """VANORT_LANGUAGE=en: the menus read English although the database says Swedish."""
    database = _swedish_database(tmp_path)
    monkeypatch.setenv("VANORT_LANGUAGE", "en")
    titles = _menu_titles_of_the_window(["--database", str(database)])
    assert "File" in titles and "Arkiv" not in titles


def test_the_command_line_opens_the_window_in_english(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--language en overrides the stored Swedish, and the environment too."""
    database = _swedish_database(tmp_path)
    monkeypatch.setenv("VANORT_LANGUAGE", "sv")
    titles = _menu_titles_of_the_window(["--language", "en", "--database", str(database)])
    assert "File" in titles and "Arkiv" not in titles


def test_without_a_choice_the_database_language_governs(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither option nor variable: the window speaks the database's Swedish."""
    database = _swedish_database(tmp_path)
    monkeypatch.delenv("VANORT_LANGUAGE", raising=False)
    titles = _menu_titles_of_the_window(["--database", str(database)])
    assert "Arkiv" in titles and "File" not in titles
