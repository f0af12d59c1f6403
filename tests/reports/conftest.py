"""Fixtures for the report tests: a small Swedish catalogue and rendered sample files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from demo_register import demo_copy

from app import i18n
from app.workspace import Workspace
from tests.reports.test_builders_data import Material, board_material

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


# The demo and the demo with board material, for the builder tests.


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, copied once for the module; tests work on copies of it."""
    return demo_copy(tmp_path_factory.mktemp("registers"))


@pytest.fixture(scope="module")
def material_template(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Material]:
    """The demo with a year of board material, made once for the module."""
    folder = tmp_path_factory.mktemp("material")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VANORT_HOME", str(folder / "home"))
        material_path = folder / "material.sqlite3"
        shutil.copy(demo_template, material_path)
        workspace = Workspace.open(material_path)
        try:
            material = board_material(workspace)
        finally:
            workspace.close()
    return material_path, material


def _open_copy(source: Path, folder: Path) -> Workspace:
    copy = folder / source.name
    shutil.copy(source, copy)
    return Workspace.open(copy)


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """The demo register, open on a fresh copy."""
    workspace = _open_copy(demo_template, tmp_path)
    yield workspace
    workspace.close()


@pytest.fixture
def material(
    material_template: tuple[Path, Material], tmp_path: Path
) -> Iterator[tuple[Workspace, Material]]:
    """The demo with board material, open on a fresh copy, and what the material holds."""
    workspace = _open_copy(material_template[0], tmp_path)
    yield workspace, material_template[1]
    workspace.close()
