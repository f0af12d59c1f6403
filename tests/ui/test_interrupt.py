"""Ctrl+C (SIGINT) in the terminal closes the window cleanly, asking about unsaved edits first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import demo_copy

ROOT = Path(__file__).resolve().parents[2]

# The program as started from a terminal (ui.app.run), plus what a user at the
# screen does: in "edit" mode she types into the form; when a question comes
# up it is printed and answered with the button named on the command line.
PROGRAM = """
import sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from ui.app import application, run
from ui.main_window import MainWindow

database, mode, answer = sys.argv[1:4]
app = application()


def window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def when_ready():
    shown = window()
    if shown is None:
        QTimer.singleShot(20, when_ready)
        return
    if mode == "edit":
        # The window opens on the start page: the town list's form is where she types.
        field = shown.show_page("town").form.rows["name"].editor.focus_widget()
        field.setFocus()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "Å")
            )
    print("ready", flush=True)
    if mode == "edit":
        # Only then: Python code running on a timer would let the interpreter see
        # the signal by itself, which is what the program must not depend on.
        QTimer.singleShot(20, answer_questions)


def answer_questions():
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        print("asked:", box.text(), flush=True)
        box.button(getattr(QMessageBox.StandardButton, answer)).click()
    QTimer.singleShot(20, answer_questions)


QTimer.singleShot(0, when_ready)
status = run(database)
print("closed", status, flush=True)
sys.exit(status)
"""


def _start(tmp_path: Path, mode: str, answer: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", PROGRAM, str(demo_copy(tmp_path)), mode, answer],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(process: subprocess.Popen[str], wanted: str) -> list[str]:
    assert process.stdout is not None
    lines = []
    while True:
        line = process.stdout.readline()
        if not line:
            raise AssertionError(f"the program ended before {wanted!r}: {lines}")
        lines.append(line.strip())
        if line.startswith(wanted):
            return lines


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is sent to a console there")
def test_ctrl_c_closes_the_window_without_a_traceback(tmp_path: Path) -> None:
    """SIGINT to the running program: it closes as from the close button, exit status 0."""
    process = _start(tmp_path, "view", "Cancel")
    try:
        _wait_for(process, "ready")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "closed 0" in out
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is sent to a console there")
def test_ctrl_c_with_unsaved_edits_asks_and_cancel_keeps_the_window(tmp_path: Path) -> None:
    """Typed into a form, Ctrl+C asks Save/Discard/Cancel; Cancel keeps it, Ctrl+C again asks again."""
    process = _start(tmp_path, "edit", "Cancel")
    try:
        _wait_for(process, "ready")
        process.send_signal(signal.SIGINT)
        asked = _wait_for(process, "asked:")
        assert "inte har sparats" in asked[-1]
        # Still running after Cancel: the next Ctrl+C asks again.
        process.send_signal(signal.SIGINT)
        _wait_for(process, "asked:")
        assert process.poll() is None
    finally:
        process.kill()
        process.communicate(timeout=60)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is sent to a console there")
def test_ctrl_c_with_unsaved_edits_then_discard_closes(tmp_path: Path) -> None:
    """Ctrl+C, Discard: the program ends normally, no traceback."""
    process = _start(tmp_path, "edit", "Discard")
    try:
        _wait_for(process, "ready")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert "asked:" in out
    assert "closed 0" in out
    assert process.returncode == 0, err
    assert "Traceback" not in err
