"""The office measures without a server say so in a row of the table, never fail the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench.context import Context
from bench.generate import Dataset
from bench.measures import MEASURES, run_measure


@pytest.mark.parametrize("name", ["server_open", "server_save", "server_stall"])
def test_without_a_server_the_measure_is_not_measured_and_says_why(
    name: str, tmp_path: Path, monkeypatch: Any
) -> None:
    """No VANORT_BENCH_POSTGRES: a row naming what is missing, no number, no error."""
    monkeypatch.delenv("VANORT_BENCH_POSTGRES", raising=False)
    nowhere = tmp_path / "none.sqlite3"
    ctx = Context(data=Dataset(0, 0.1, nowhere, nowhere, nowhere, nowhere), work=tmp_path, runs=1)
    measure = next(m for m in MEASURES if m.name == name)
    result = run_measure(measure, ctx)
    ctx.close()
    assert result.failed is None and result.median_s is None
    assert result.missing is not None and "PostgreSQL" in result.missing
    assert "VANORT_BENCH_POSTGRES" in result.missing
