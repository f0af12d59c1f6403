"""Helpers of the packaging tests: packaging/datas.py loaded by path, and a bundle-like folder.

packaging/ is not a Python package ("packaging" is a PyPI package's name too),
so its datas.py is loaded from its file, the way packaging/vanort.spec does.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
DATAS_FILE = REPO / "packaging" / "datas.py"
SPEC_FILE = REPO / "packaging" / "vanort.spec"


def load_by_path(path: Path, name: str) -> ModuleType:
    """The Python file ``path`` of packaging/ as a fresh module object called ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_datas() -> ModuleType:
    """packaging/datas.py as a fresh module object."""
    return load_by_path(DATAS_FILE, "vanort_packaging_datas_test")


def copy_shipped_files(datas: ModuleType, bundle: Path, leave_out: str | None = None) -> None:
    """Copy every file the spec ships into ``bundle`` as PyInstaller lays it out."""
    for source, target in datas.data_files(REPO):
        relative = Path(source).relative_to(REPO).as_posix()
        if relative == leave_out:
            continue
        destination = bundle / target / Path(source).name
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)


# Runs the self-test as a frozen program sees its files: resources/ under
# sys._MEIPASS, the migration scripts in db/migrations/ of the bundle.
BUNDLE_RUNNER = """
import sys
from pathlib import Path

bundle = Path(sys.argv[1])
sys._MEIPASS = str(bundle)
import db.migrate

db.migrate.MIGRATIONS_DIR = bundle / "db" / "migrations"
from app.selftest import run_self_test

sys.exit(run_self_test(offscreen="--offscreen" in sys.argv))
"""


def python() -> str:
    return sys.executable
