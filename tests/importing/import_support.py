"""Helpers of the import tests: files as Swedish Excel writes them, and database snapshots."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.importing.columns import parse_columns
from app.importing.importer import (
    ImportOptions,
    ImportSummary,
    ParsedFile,
    Plan,
    initial_columns,
    open_table,
    preview,
    read_file,
    run_import,
)
from app.services.kinds import KINDS
from app.workspace import Workspace


def swedish_excel_csv(path: Path, lines: list[str]) -> Path:
    """``lines`` (cells joined by ";") as "CSV (semikolonavgränsad)": Windows-1252, CRLF."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def parse(
    workspace: Workspace,
    path: Path,
    kind: str,
    columns: str | None = None,
    **source: Any,
) -> ParsedFile:
    """Open ``path`` and read it as ``kind`` with the suggested (or given) columns."""
    table = open_table(path, **source)
    choice = initial_columns(workspace.database, table, kind)
    column_choice = (
        parse_columns(choice.kind, table.headers, columns) if columns else choice.columns
    )
    return read_file(workspace.database, table, choice.kind, column_choice)


def check(workspace: Workspace, path: Path, kind: str, **options: Any) -> Plan:
    """The preview of importing ``path`` as ``kind``."""
    columns = options.pop("columns", None)
    parsed = parse(workspace, path, kind, columns)
    return preview(workspace.database, parsed, ImportOptions(**options))


def do_import(workspace: Workspace, path: Path, kind: str, **options: Any) -> ImportSummary:
    """Import ``path`` as ``kind``; ``options`` are ImportOptions' (and ``columns``)."""
    columns = options.pop("columns", None)
    dry_run = options.pop("dry_run", False)
    parsed = parse(workspace, path, kind, columns)
    return run_import(workspace.database, parsed, ImportOptions(**options), dry_run=dry_run)


def problems_by_row(plan: Plan) -> dict[int | None, list[tuple[str, str]]]:
    """{row: [(column, message), …]}."""
    found: dict[int | None, list[tuple[str, str]]] = {}
    for problem in plan.problems:
        found.setdefault(problem.row, []).append((problem.column, problem.message))
    return found


def town_names(workspace: Workspace) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """{name: (country, other names)} of every town."""
    return {t.name: (t.country, t.alternative_names) for t in workspace.get_many("town")}


def twinning_pairs(workspace: Workspace) -> set[frozenset[str]]:
    """Every twinning as the pair of its towns' names."""
    names = {t.id: t.name for t in workspace.get_many("town")}
    return {
        frozenset((names[t.town_a_id], names[t.town_b_id])) for t in workspace.get_many("twinning")
    }


@dataclass(frozen=True)
class Snapshot:
    """A database file's bytes (and its -wal file's) and every record in it."""

    file: str
    wal: str | None
    records: dict[str, list[Any]]
    log_entries: int


def _sha256(path: Path) -> str | None:
    if not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> Snapshot:
    """Open the closed register at ``path``, read every record, close it, hash the files.

    Hashing after closing means anything committed has been checkpointed into the
    main file, so a commit cannot hide in the -wal file.
    """
    workspace = Workspace.open(path)
    try:
        records = {kind: workspace.get_many(kind) for kind in KINDS}
        entries = len(log_entries(workspace))
    finally:
        workspace.close()
    file = _sha256(path)
    assert file is not None
    return Snapshot(file, _sha256(path.with_name(path.name + "-wal")), records, entries)


def log_entries(workspace: Workspace) -> list[tuple[str, str, int | None, str | None, Any]]:
    """Every change-log entry as (action, kind, record id, summary, changes), oldest first."""
    from sqlalchemy import select

    from db import models as m

    table = m.ChangeLogEntry
    with workspace.database.reading() as session:
        rows = session.execute(
            select(
                table.action, table.target_kind, table.target_id, table.summary, table.changes
            ).order_by(table.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]
