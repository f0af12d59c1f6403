"""The benchmark's office measures after a file's window was left open by earlier measures.

In a full run the server measures come last, in the process whose window on the
Europe file is still on screen; they must watch their own window's start page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6

from bench.context import Context
from bench.generate import Dataset
from bench.measures import MEASURES, run_measure

pytestmark = pytest.mark.postgres


def test_the_server_opens_measured_with_a_files_window_left_from_earlier(
    qtbot: Any, pg_url: str, tmp_path: Path, monkeypatch: Any
) -> None:
    """A visible window on a file first: it is closed, and server_open gives a number."""
    from app.demo import write_demo

    demo = tmp_path / "demo.sqlite3"
    write_demo(demo)
    monkeypatch.setenv("VANORT_BENCH_POSTGRES", pg_url)
    ctx = Context(data=Dataset(0, 0.1, demo, demo, demo, demo), work=tmp_path, runs=1, warmup=0)
    try:
        earlier = ctx.ui().window  # what the list measures leave on screen
        assert earlier.isVisible()
        result = run_measure(next(m for m in MEASURES if m.name == "server_open"), ctx)
        # The start page watched is the server window's: the file's window is gone, as
        # whichever visible window Qt lists first was watched (never filled, 120 s, failed).
        assert not shiboken6.isValid(earlier) or not earlier.isVisible()
    finally:
        ctx.close()
    assert result.failed is None, result.failed
    assert result.median_s is not None
