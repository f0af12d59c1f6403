"""A whole register copied between a server and a file, table by table, through SQLAlchemy.

A server's copy for the coordinator is a Vänort file that opens on a laptop
offline; the same file loads into an empty server database. Every table of the
models is copied row by row with its ids, so links, the change log and the
attachments come along unchanged. The target gets the schema first by the
migrations, so the copy is at the newest revision like any new register.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, inspect, select, text, update
from sqlalchemy.engine import Connection, Engine

from db.errors import ServerNotEmpty
from db.models import Base

BATCH_ROWS = 1000


@dataclass(frozen=True)
class TransferReport:
    """How many rows of each table were copied."""

    rows: dict[str, int]

    @property
    def total(self) -> int:
        """Every row copied."""
        return sum(self.rows.values())


def tables_in_order() -> list[Table]:
    """The register's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def _self_references(table: Table) -> list[str]:
    # A decision that takes up a proposal refers to its own table: loaded empty first,
    # then filled in once every row of the table is there.
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)
    result = connection.execute(select(table).order_by(*order))
    while True:
        rows = result.mappings().fetchmany(BATCH_ROWS)
        if not rows:
            return
        yield [dict(row) for row in rows]


def copy_rows(source: Connection, target: Connection) -> TransferReport:
    """Copy every row of every register table from ``source`` into the empty ``target``."""
    counts: dict[str, int] = {}
    for table in tables_in_order():
        later = _self_references(table)
        # The UPDATE that fills them in must not touch updated_at (its onupdate default).
        kept = [c.name for c in table.columns if c.onupdate is not None]
        pending: list[dict[str, Any]] = []
        copied = 0
        for rows in _batches(source, table):
            if later:
                pending.extend(
                    {
                        **{c.name: row[c.name] for c in table.primary_key.columns},
                        **{n: row[n] for n in later + kept},
                    }
                    for row in rows
                    if any(row[n] is not None for n in later)
                )
                rows = [{**row, **dict.fromkeys(later)} for row in rows]
            target.execute(insert(table), rows)
            copied += len(rows)
        for values in pending:
            keys = {c.name: values[c.name] for c in table.primary_key.columns}
            condition = [table.c[name] == value for name, value in keys.items()]
            target.execute(
                update(table).where(*condition).values({n: values[n] for n in later + kept})
            )
        counts[table.name] = copied
    if target.dialect.name == "postgresql":
        _continue_sequences(target)
    return TransferReport(counts)


def _continue_sequences(connection: Connection) -> None:
    # Rows came with their ids; the next new row must not take one of them.
    for table in tables_in_order():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": key[0].name},
        ).scalar()
        if sequence is None:
            continue
        highest = connection.execute(select(func.max(key[0]))).scalar()
        connection.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )


def refuse_unless_empty(engine: Engine) -> None:
    """Refuse a server database that holds any table: a restore never mixes two registers."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
    if tables:
        raise ServerNotEmpty(
            engine.url.render_as_string(hide_password=True), ", ".join(sorted(tables)[:5])
        )


def snapshot(engine: Engine) -> Connection:
    """A connection that reads the register as of one moment, while colleagues keep saving."""
    connection = engine.connect()
    if engine.dialect.name == "postgresql":
        connection = connection.execution_options(isolation_level="REPEATABLE READ")
    return connection


def transfer(
    source: Engine,
    target: Engine,
    *,
    make_schema: bool = True,
    finish: Callable[[Connection], None] | None = None,
) -> TransferReport:
    """Copy the register in ``source`` into the empty ``target`` (schema made first).

    ``finish`` runs in the same transaction afterwards (the attachments' files).
    """
    from db.migrate import upgrade_in

    with snapshot(source) as reading, target.begin() as writing:
        if make_schema:
            upgrade_in(writing)
        report = copy_rows(reading, writing)
        if finish is not None:
            finish(writing)
        return report
