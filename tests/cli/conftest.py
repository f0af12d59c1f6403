"""Fixtures of the command-line tests: a demo file built once, and a clean log set-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from command_line import detached_log
from demo_register import demo_copy

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, copied once per module; tests only read it."""
    return demo_copy(tmp_path_factory.mktemp("demo"))


__all__ = ["detached_log"]  # autouse fixture, found by pytest under this name
