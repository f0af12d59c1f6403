"""The demo register for tests: built once per test run, copied fresh for each test that needs it.

Building the demo takes seconds; copying the file takes milliseconds. The window,
mapping and town tests all take their copies from the one template.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_template: Path | None = None


def demo_copy(folder: Path) -> Path:
    """A fresh copy of the demo database in ``folder`` (built once per test run)."""
    global _template
    if _template is None or not _template.exists():
        from app.demo import write_demo

        where = Path(tempfile.mkdtemp(prefix="vanort-demo-template-"))
        previous = os.environ.get("VANORT_HOME")
        # Building it must not touch the user's folders either.
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
