"""Saving what can still be read from a damaged database into a new file.

SQLite reads a damaged file page by page until it meets a bad one, so each
table is copied on its own: first in one read, and when that fails, row by row
in rowid order, skipping the rows (or stretches of rows) that cannot be read.
The new file gets the same schema as the old one (its own CREATE statements),
so it opens and upgrades like any database of that revision. Foreign keys are
not enforced while copying: a row whose parent was lost is kept and counted.
The search index is not copied but built again from the saved rows: it holds
nothing of its own, and its FTS5 shadow tables cannot be created by hand.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.errors import AlreadyExists, DatabaseUnreadable
from db.file_uri import read_only_uri
from db.search_index import install as install_search_index
from db.search_index import is_index_table


@dataclass
class TableSalvage:
    """What happened to one table."""

    name: str
    saved: int = 0
    # None: the table could be read whole, nothing lost; a number: rows known lost.
    lost: int | None = None


@dataclass
class SalvageReport:
    """What a salvage of a damaged register saved and lost."""

    tables: list[TableSalvage] = field(default_factory=list)
    unreadable_tables: list[str] = field(default_factory=list)
    orphans: int = 0  # rows pointing at a parent that was lost

    @property
    def rows_saved(self) -> int:
        """How many rows were copied into the new file."""
        return sum(t.saved for t in self.tables)

    @property
    def rows_lost(self) -> int:
        """How many rows are known to be lost (a table read whole lost none)."""
        return sum(t.lost or 0 for t in self.tables)


def salvage(damaged: Path, target: Path) -> SalvageReport:
    """Copy every readable row of ``damaged`` into a new file ``target``.

    ``target`` must not exist; it is written beside itself as ``.partial`` and
    renamed into place when done, so an interruption leaves nothing.
    """
    if target.exists():
        raise AlreadyExists(str(target))
    try:
        source = sqlite3.connect(read_only_uri(damaged), uri=True)
    except sqlite3.Error as error:
        raise DatabaseUnreadable(str(damaged), str(error)) from error
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    report = SalvageReport()
    try:
        try:
            schema = source.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                "AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table' DESC, rowid"
            ).fetchall()
        except sqlite3.DatabaseError as error:
            raise DatabaseUnreadable(str(damaged), str(error)) from error
        indexed = any(is_index_table(name) for _kind, name, _sql in schema)
        schema = [row for row in schema if not is_index_table(row[1])]
        out = sqlite3.connect(partial)
        try:
            out.execute("PRAGMA foreign_keys=OFF")
            for kind, _name, sql in schema:
                if kind == "table":
                    out.execute(sql)
            for kind, name, _sql in schema:
                if kind == "table":
                    report.tables.append(_copy_table(source, out, name, report))
            for kind, _name, sql in schema:
                if kind != "table":
                    # An index over rows that were lost may no longer be unique.
                    with contextlib.suppress(sqlite3.Error):
                        out.execute(sql)
            if indexed:
                install_search_index(out.execute)
            out.commit()
            report.orphans = len(out.execute("PRAGMA foreign_key_check").fetchall())
            out.execute("PRAGMA journal_mode=WAL")
        finally:
            out.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    return report


def _copy_table(
    source: sqlite3.Connection, out: sqlite3.Connection, table: str, report: SalvageReport
) -> TableSalvage:
    result = TableSalvage(table)
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        rows = source.execute(f"SELECT * FROM {quoted}").fetchall()
    except sqlite3.DatabaseError:
        rows = None
    if rows is not None:
        _insert(out, quoted, rows)
        result.saved = len(rows)
        return result
    # Row by row: the rowids that can be reached, and the ones in between that cannot.
    try:
        low, high = source.execute(f"SELECT min(rowid), max(rowid) FROM {quoted}").fetchone()
    except sqlite3.DatabaseError:
        low = high = None
    if low is None or high is None:
        report.unreadable_tables.append(table)
        result.lost = 0
        return result
    saved: list[tuple[object, ...]] = []
    lost = 0
    rowid = int(low)
    while rowid <= int(high):
        try:
            found = source.execute(f"SELECT * FROM {quoted} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            rowid += 1
            continue
        if found is not None:
            saved.append(tuple(found))
        rowid += 1
    _insert(out, quoted, saved)
    result.saved = len(saved)
    result.lost = lost
    return result


def _insert(out: sqlite3.Connection, quoted: str, rows: list[tuple[object, ...]]) -> None:
    if not rows:
        return
    marks = ", ".join("?" * len(rows[0]))
    out.executemany(f"INSERT OR IGNORE INTO {quoted} VALUES ({marks})", rows)
