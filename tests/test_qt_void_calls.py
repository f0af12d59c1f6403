"""200 000 calls of Qt methods that return nothing must not kill the interpreter.

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on each such call
and dies with "Fatal Python error: none_dealloc" (exit 134, no message under
pytest; see PLATFORM.md). The calls run in a child process so a crash shows as
its exit status instead of taking the test run down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 200_000

SCRIPT = textwrap.dedent(
    f"""
    import sys

    from PySide6.QtCore import QCoreApplication, QObject
    from PySide6.QtGui import QStandardItem

    app = QCoreApplication(sys.argv)
    owner = QObject()
    item = QStandardItem()
    for number in range({CALLS} // 2):
        owner.setObjectName("vänort")  # returns None
        item.setText("Vänersborg")  # returns None
    assert owner.objectName() == "vänort" and item.text() == "Vänersborg"
    print("done", {CALLS})
    """
)


def test_many_void_qt_calls_do_not_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, (
        f"exit {result.returncode} (134 is the PySide6 6.12 none_dealloc crash)\n{result.stderr}"
    )
    assert result.stdout.split() == ["done", str(CALLS)]
