"""Shared fixtures: every test gets its own folders and never touches the user's profile."""

from __future__ import annotations

import os
import sys

# Before any Qt import: tests run headless everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def vanort_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Redirect data, backups, logs and settings into a fresh temporary folder."""
    home = tmp_path_factory.mktemp("vanort-home")
    monkeypatch.setenv("VANORT_HOME", str(home))
    monkeypatch.setenv("VANORT_USER", "testare")
    from app import i18n

    i18n.set_language("en")
    i18n.choose_for_run(None)
    # A window opened by an earlier test put its language's Qt translators in place;
    # they outlive the window, so texts from tr() would come out in its language.
    translations = sys.modules.get("ui.translations")
    if translations is not None:
        translations.apply_language("en")
    return home


@pytest.fixture
def swedish() -> Iterator[None]:
    """Messages in Swedish for the duration of a test."""
    from app import i18n

    i18n.set_language("sv")
    yield
    i18n.set_language("en")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[object]:
    """A new, empty register in a file of its own."""
    from app.workspace import Workspace

    ws = Workspace.create(tmp_path / "register.sqlite3", municipality="Testkommun")
    yield ws
    ws.close()
