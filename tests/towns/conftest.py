"""Fixtures of the town page's data tests: a fresh copy of the demo register for each test."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.workspace import Workspace

_template: Path | None = None


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Workspace]:
    """The demo register (built once per run, copied per test)."""
    global _template
    if _template is None or not _template.exists():
        from app.demo import write_demo

        where = Path(tempfile.mkdtemp(prefix="vanort-towns-demo-"))
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
    shutil.copyfile(_template, tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    yield workspace
    workspace.close()
