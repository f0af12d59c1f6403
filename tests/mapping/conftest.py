"""Fixtures of the mapping tests: a fresh copy of the demo register for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from command_line import detached_log
from demo_register import demo_copy


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The path of a fresh copy of the demo register."""
    return demo_copy(tmp_path)


@pytest.fixture
def demo(demo_path: Path) -> Iterator[object]:
    """The demo register, open."""
    from app.workspace import Workspace

    ws = Workspace.open(demo_path)
    yield ws
    ws.close()


__all__ = ["detached_log"]  # autouse fixture, found by pytest under this name
