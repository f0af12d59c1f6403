"""Fixtures of the town page's data tests: a fresh copy of the demo register for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_register import demo_copy

from app.workspace import Workspace


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo register (built once per run, copied per test)."""
    workspace = Workspace.open(demo_copy(tmp_path))
    yield workspace
    workspace.close()
