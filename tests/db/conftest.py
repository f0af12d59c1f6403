"""Helpers for the storage tests: fingerprints of files and of the folder around them."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from demo_register import demo_copy


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """The SQLite journal files next to ``path`` (they must not appear for a refused file)."""
    names = (path.name + "-wal", path.name + "-shm", path.name + "-journal")
    return sorted(n for n in names if (path.parent / n).exists())


@pytest.fixture
def fingerprint() -> Callable[[Path], tuple[str, list[str], list[str]]]:
    """Everything a refusal must leave alone: the bytes, the sidecars, the folder listing."""

    def take(path: Path) -> tuple[str, list[str], list[str]]:
        return (
            sha256_of(path) if path.exists() else "",
            sidecars(path),
            sorted(p.name for p in path.parent.iterdir()),
        )

    return take


@pytest.fixture
def vanort_file(tmp_path: Path) -> Path:
    """A closed Vänort register holding one town, in a folder of its own."""
    from app.services.records import Town
    from app.workspace import Workspace

    folder = tmp_path / "register"
    folder.mkdir()
    path = folder / "vanort.sqlite3"
    workspace = Workspace.create(path, municipality="Vänersborg")
    workspace.save(Town(name="Vänersborg", country="SE", is_home=True))
    workspace.close()
    return path


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo register as bytes, its log written into the file: a sound file of many pages."""
    path = demo_copy(tmp_path_factory.mktemp("demo"))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.read_bytes()
