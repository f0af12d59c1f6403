"""Fixtures for the report tests: a small Swedish catalogue and rendered sample files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n

# The Swedish the renderers must put in place of their English source texts.
SWEDISH_REPORT_WORDS = {
    ("Reports", "Page %1 of %2"): "Sida %1 av %2",
    ("Reports", "Table %1"): "Tabell %1",
    ("Reports", "Figure %1"): "Figur %1",
    ("Reports", "Contents"): "Innehåll",
    ("Reports", "unknown"): "uppgift saknas",
    ("Reports", "Date"): "Datum",
    ("Reports", "Registry number"): "Diarienummer",
}


@pytest.fixture
def report_swedish(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Swedish chosen, with the report words above as the catalogue.

    The shipped catalogue may not hold the report strings yet; this checks that
    the renderers ask for translations, whatever the .ts file says today.
    """
    monkeypatch.setattr(i18n, "_catalogue", lambda language: dict(SWEDISH_REPORT_WORDS))
    i18n.set_language("sv")
    yield
    i18n.set_language("en")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for rendered files."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
