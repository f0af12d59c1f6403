"""Fixtures of the mapping tests: a fresh copy of the demo register for each test."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_template: Path | None = None


def demo_file(folder: Path) -> Path:
    """A copy of the demo database in ``folder``; the demo itself is built once per run."""
    global _template
    if _template is None or not _template.exists():
        from app.demo import write_demo

        where = Path(tempfile.mkdtemp(prefix="vanort-mapping-demo-"))
        previous = os.environ.get("VANORT_HOME")
        os.environ["VANORT_HOME"] = str(where / "home")
        try:
            write_demo(where / "demo.sqlite3")
        finally:
            if previous is None:
                os.environ.pop("VANORT_HOME", None)
            else:
                os.environ["VANORT_HOME"] = previous
        _template = where / "demo.sqlite3"
    target = folder / "demo.sqlite3"
    shutil.copyfile(_template, target)
    return target


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """The path of a fresh copy of the demo register."""
    return demo_file(tmp_path)


@pytest.fixture
def demo(demo_path: Path) -> Iterator[object]:
    """The demo register, open."""
    from app.workspace import Workspace

    ws = Workspace.open(demo_path)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def detached_log() -> Iterator[None]:
    """The command line installs a log handler on the root logger; take it away afterwards."""
    root = logging.getLogger()
    level = root.level
    yield
    from app.logging_setup import stop_logging

    stop_logging()
    root.setLevel(level)
