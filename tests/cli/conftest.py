"""Fixtures of the command-line tests: a demo file built once, and a clean log set-up."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, written once per module; tests only read it."""
    from app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    write_demo(path)
    return path


@pytest.fixture(autouse=True)
def detached_log() -> Iterator[None]:
    """main() installs a log handler on the root logger; take it away after each test."""
    root = logging.getLogger()
    level = root.level
    yield
    from app.logging_setup import stop_logging

    stop_logging()
    root.setLevel(level)
