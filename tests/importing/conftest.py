"""A fixture that writes hand-built workbooks from their XML parts."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.workspace import Workspace
from tests.importing.workbook_parts import (
    ROOT_RELS,
    BuildWorkbook,
    content_types,
    workbook_rels,
    workbook_xml,
)


@pytest.fixture
def build_workbook(tmp_path: Path) -> BuildWorkbook:
    """Write an .xlsx from XML parts: ``sheets`` maps sheet names to worksheet XML."""

    def build(
        name: str,
        sheets: dict[str, str],
        shared_strings: str | None = None,
        workbook: str | None = None,
    ) -> Path:
        path = tmp_path / name
        names = list(sheets)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
            package.writestr("[Content_Types].xml", content_types(len(names), bool(shared_strings)))
            package.writestr("_rels/.rels", ROOT_RELS)
            package.writestr("xl/workbook.xml", workbook or workbook_xml(names))
            package.writestr(
                "xl/_rels/workbook.xml.rels", workbook_rels(len(names), bool(shared_strings))
            )
            for n, xml in enumerate(sheets.values(), 1):
                package.writestr(f"xl/worksheets/sheet{n}.xml", xml)
            if shared_strings:
                package.writestr("xl/sharedStrings.xml", shared_strings)
        return path

    return build


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Workspace]:
    """A new, empty register of Vänersborg (a module's own fixture of this name wins)."""
    workspace = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborg")
    yield workspace
    workspace.close()


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """The file of a new, empty register of Vänersborg, closed: for the command line."""
    path = tmp_path / "register.sqlite3"
    Workspace.create(path, municipality="Vänersborg").close()
    return path
