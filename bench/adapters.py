"""Small adapters from a measure to the program's real code path.

Each adapter calls what the interface or the command line calls. Where a piece
of the program does not exist yet, the adapter raises :class:`Missing` naming
it, and the measure is reported as "missing: ..." instead of a number.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any


class Missing(Exception):
    """A part of the program a measure needs is not there (yet)."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _attribute(module: str, names: tuple[str, ...], what: str) -> Any:
    """The first of ``names`` found in ``module``; Missing(what) if none is."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name and (module == error.name or module.startswith(error.name + ".")):
            raise Missing(what) from error
        raise
    for name in names:
        if hasattr(found, name):
            return getattr(found, name)
    raise Missing(what)


# ------------------------------------------------------------------ the register


def open_workspace(path: Path) -> Any:
    """``Workspace.open``: what the program does with ``--database``."""
    from app.workspace import Workspace

    return Workspace.open(path)


def _first(candidates: tuple[tuple[str, tuple[str, ...]], ...], what: str) -> Any:
    """The first function found among (module, names) candidates; Missing(what) if none."""
    for module, names in candidates:
        try:
            return _attribute(module, names, what)
        except Missing:
            continue
    raise Missing(what)


def register_document(workspace: Any) -> Any:
    """The register report (every twin town, overview and fact sheets) as a document."""
    build = _first(
        (
            ("app.reports.builders.register", ("build_register",)),
            ("app.reports.register", ("build_register",)),
        ),
        "register report builder (app/reports/builders/register.py)",
    )
    return build(workspace.database)


def mapping_document(workspace: Any) -> Any:
    """The mapping report (kartläggning), as ``vanort report mapping`` makes it.

    The latest saved report, or a draft from the register when there is none.
    """
    what = "mapping report service (app/mapping/service.py)"
    latest = _attribute("app.mapping.service", ("latest_report",), what)
    document = _attribute("app.mapping.service", ("report_document",), what)
    return document(workspace.database, latest(workspace.database))


def render_xlsx(document: Any, path: Path) -> None:
    from app.reports import render_xlsx as render

    render(document, path)


def render_pdf(document: Any, path: Path) -> None:
    from app.reports import render_pdf as render

    render(document, path)


def render_docx(document: Any, path: Path) -> None:
    from app.reports import render_docx as render

    render(document, path)


def town_list_document(
    workspace: Any, limit: int | None = None
) -> tuple[Any, list[str], list[list[Any]]]:
    """The town list as a one-table report, with its header and rows for the floors.

    Not a report of the program: it feeds the renderers a table of the size the
    register will have, until the register report exists.
    """
    from datetime import date

    from app.reports import Letterhead, ReportDocument, Section, Table

    table = workspace.table("town")
    headers = [spec.display_label() for spec in table.columns]
    rows = [
        ["" if value is None else value for value in values]
        for values in table.values[: limit if limit is not None else len(table.values)]
    ]
    document = ReportDocument(
        title="Towns",
        letterhead=Letterhead(municipality="Vänersborgs kommun"),
        date=date(2026, 11, 22),
        body=(Section("Towns", (Table(headers, rows, caption="Towns"),)),),
    )
    return document, headers, rows


# ------------------------------------------------------------------ import


def import_pairs(database: Path, source: Path) -> Any:
    """Import the twinning pairs of ``source`` into ``database``, as ``vanort import`` does."""
    run_import = _attribute(
        "app.importing.importer",
        ("import_file", "import_table", "run_import"),
        "import (app/importing/importer.py)",
    )
    return run_import(database, source)
