"""The start measures' child: it says READY once the list was painted with its rows."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

from bench.entry import watch_paint
from tests.ui.helpers import demo_copy

ROOT = Path(__file__).resolve().parents[2]


def test_a_paint_counts_only_once_the_rows_are_there(qtbot: Any) -> None:
    """Paints of the empty list are not the moment; the first paint with rows is, when it ends."""
    model = QStringListModel()
    view = QListView()
    view.setModel(model)
    qtbot.addWidget(view)
    watch = watch_paint(view.viewport(), lambda: model.rowCount() > 0)
    view.show()
    qtbot.waitExposed(view)
    painted_empty: list[bool] = []
    view.viewport().repaint()  # painted now, still without rows
    painted_empty.append(watch.painted_at is None)
    before = time.time()
    model.setStringList(["Holmestrand", "Lich"])
    qtbot.waitUntil(lambda: watch.painted_at is not None)
    assert painted_empty == [True]
    assert before <= watch.painted_at <= time.time()


@pytest.mark.parametrize("mode", ["floor", "overview", "app"])
def test_the_child_reports_ready_and_its_memory(tmp_path: Path, mode: str) -> None:
    """Each start measure's child ends by itself with READY (after it began) and PEAK_KIB."""
    database = demo_copy(tmp_path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VANORT_HOME=str(tmp_path / "home"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.entry", mode, str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    ready = [float(line.split()[1]) for line in lines if line.startswith("READY ")]
    assert len(ready) == 1 and started < ready[0] < time.time()
    assert any(line.startswith("PEAK_KIB ") for line in lines)
