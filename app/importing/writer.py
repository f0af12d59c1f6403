"""Writing a checked import: one transaction, bulk inserts, nothing half-done.

:func:`write_plan` runs inside the import's transaction (the caller's
``database.transaction()``): it inserts the new towns and records with Core
bulk inserts (``insert(Model)`` with a list of rows, ``RETURNING`` the ids where
later rows need them), fills the blanks of existing records through the ORM
(so their version is bumped as any save would), stores merged spellings as
town names, remembers the column choice and writes one change-log entry. The
rows skipped for their problems are written beside the source file before the
transaction commits; if anything fails, the transaction is rolled back and the
skipped file removed.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app import paths
from app.i18n import Context, translate
from app.importing.columns import remember_column_choice
from app.importing.plan import NewRecord, Plan, RecordPlan
from app.importing.rows import ImportProgress, ImportProgressCallback, check_cancelled
from app.importing.table import CancelCheck, fill
from app.importing.towns import NewTown, TownTarget
from app.importing.values import cell_text
from app.services.fields import APPROX_TYPES, FieldSpec, stored_columns
from app.services.kinds import spec_for
from app.services.links import LINK_FIELDS
from app.services.store import write_log
from db import models as m
from db.base import utcnow

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
Import = Context("Import")

# Rows per INSERT batch: each batch is one statement, with a cancel check between.
BATCH = 2000


class _Progress:
    """Progress of the writing stage, in rows written out of all rows to write."""

    def __init__(self, total: int, callback: ImportProgressCallback | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.callback = callback

    def advance(self, rows: int) -> None:
        self.done += rows
        if self.callback is not None:
            self.callback(ImportProgress("writing", min(1.0, self.done / self.total)))


def _batches(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), BATCH):
        yield items[start : start + BATCH]


def _stamp() -> dict[str, Any]:
    now = utcnow()
    return {"created_at": now, "updated_at": now, "version": 1}


def _record_defaults(plan: Plan) -> dict[str, Any]:
    """The record type's defaults ("twin_town", "active", "SEK" …) for unmapped fields."""
    defaults: dict[str, Any] = {}
    for record_field in dataclasses.fields(plan.kind.spec.record):
        if record_field.name in ("id", "version"):
            continue
        if (plan.kind.record_kind, record_field.name) in LINK_FIELDS:
            continue
        if record_field.default not in (dataclasses.MISSING, None):
            value = record_field.default
            defaults[record_field.name] = list(value) if isinstance(value, tuple) else value
    return defaults


def _town_record() -> type[Any]:
    from app.services.records import Town

    return Town


def _approx_fields(record_kind: str) -> dict[str, FieldSpec]:
    """Fields stored in two columns: the earliest day and the date as known (EDTF)."""
    return {f.name: f for f in spec_for(record_kind).fields if f.type in APPROX_TYPES}


def _column_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def write_plan(
    session: Session,
    plan: Plan,
    *,
    progress: ImportProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write everything ``plan`` holds into ``session``'s transaction (see the module)."""
    kind = plan.kind
    towns = plan.towns
    total = (
        len(towns.new_towns)
        + len(plan.new_records)
        + len(plan.record_updates)
        + len(plan.town_updates)
        + sum(len(names) for names in towns.added_names.values())
        + len(plan.town_names)
    )
    ticker = _Progress(total, progress)

    # Towns first: every other row may point at one.
    town_ids = _insert_towns(session, plan, ticker, cancelled)

    def town_id(target: TownTarget) -> int:
        return town_ids[target.index] if isinstance(target, NewTown) else target

    names: list[tuple[int, str]] = []
    for index, new_town in enumerate(towns.new_towns):
        names += [(town_ids[index], name) for name in new_town.other_names]
    for existing_id, added in towns.added_names.items():
        names += [(existing_id, name) for name in added]
    names += [(town_id(target), name) for target, name in plan.town_names]
    _insert_town_names(session, names, ticker, cancelled)
    _update_rows(session, m.Town, plan.town_updates, ticker, cancelled)

    if kind.record_kind != "town":
        _insert_records(session, plan, town_id, ticker, cancelled)
        _update_rows(
            session, kind.spec.model, plan.record_updates, ticker, cancelled,
            record_kind=kind.record_kind, town_id=town_id,
        )  # fmt: skip
    if plan.options.remember_columns:
        remember_column_choice(session, kind, plan.parsed.headers, plan.parsed.columns)
    session.flush()


def _insert_towns(
    session: Session, plan: Plan, ticker: _Progress, cancelled: CancelCheck | None
) -> list[int]:
    new_towns = plan.towns.new_towns
    if not new_towns:
        return []
    base: dict[str, Any] = {}
    for record_field in dataclasses.fields(_town_record()):
        name = record_field.name
        if name not in ("id", "version", "alternative_names") and record_field.default is not None:
            base[name] = record_field.default
    base.update(_stamp())
    rows = []
    for new_town in new_towns:
        values = {key: _column_value(v) for key, v in new_town.values.items()}
        rows.append({**base, **values, "name": new_town.name, "country": new_town.country})
    return _insert_returning(session, m.Town, rows, ticker, cancelled)


def _uniform(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with the same keys each (a missing value is None), for one executemany.

    Rows are built from the values given and the defaults that are not None, so
    columns nobody fills are left out of the statement: fewer parameters per
    row make a bulk insert markedly faster.
    """
    keys = list(dict.fromkeys(key for row in rows for key in row))
    width = len(keys)
    return [row if len(row) == width else {**dict.fromkeys(keys), **row} for row in rows]


def _insert_returning(
    session: Session,
    model: Any,
    rows: list[dict[str, Any]],
    ticker: _Progress,
    cancelled: CancelCheck | None,
) -> list[int]:
    """Insert ``rows`` and return their new ids, in the order of ``rows``."""
    table = model.__table__
    rows = _uniform(rows)
    sqlite = session.get_bind().dialect.name == "sqlite"
    # Rows with different keys cannot share one executemany; group them, keep the order.
    keyed: dict[tuple[str, ...], list[int]] = {}
    for position, row in enumerate(rows):
        keyed.setdefault(tuple(sorted(row)), []).append(position)
    found: dict[int, int] = {}
    for positions in keyed.values():
        if sqlite:
            # SQLite cannot return ids of a multi-row insert in order, and SQLAlchemy then
            # inserts row by row. Within this transaction nobody else may write (it began
            # with BEGIN IMMEDIATE), and a new rowid is one more than the largest, so the
            # new rows are those above the largest id before, in the order inserted.
            before = session.scalar(select(func.max(table.c.id))) or 0
            for batch in _batches(positions):
                check_cancelled(cancelled)
                session.execute(insert(table), [rows[p] for p in batch])
                ticker.advance(len(batch))
            new_ids = list(
                session.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id))
            )
            if len(new_ids) != len(positions):
                raise RuntimeError(f"{len(new_ids)} new rows in {table.name}, not {len(positions)}")
            found.update(zip(positions, new_ids, strict=True))
            continue
        for batch in _batches(positions):
            check_cancelled(cancelled)
            statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            result = session.execute(statement, [rows[p] for p in batch])
            found.update(zip(batch, result.scalars().all(), strict=True))
            ticker.advance(len(batch))
    return [found[position] for position in range(len(rows))]


def _insert_plain(
    session: Session,
    target: Any,
    rows: list[dict[str, Any]],
    ticker: _Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    table = getattr(target, "__table__", target)
    keyed: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        keyed.setdefault(tuple(sorted(row)), []).append(row)
    for group in keyed.values():
        for batch in _batches(_uniform(group)):
            check_cancelled(cancelled)
            session.execute(insert(table), list(batch))
            if ticker is not None:
                ticker.advance(len(batch))


def _insert_town_names(
    session: Session,
    names: list[tuple[int, str]],
    ticker: _Progress,
    cancelled: CancelCheck | None,
) -> None:
    unique = list(dict.fromkeys((town, name.strip()) for town, name in names if name.strip()))
    stamp = _stamp()
    rows = [{"town_id": town, "name": name, **stamp} for town, name in unique]
    _insert_plain(session, m.TownName, rows, ticker, cancelled)


def _insert_records(
    session: Session,
    plan: Plan,
    town_id: Any,
    ticker: _Progress,
    cancelled: CancelCheck | None,
) -> None:
    kind = plan.kind
    model = kind.spec.model
    defaults = _record_defaults(plan)
    stamp = _stamp()
    links = {name: link for (owner, name), link in LINK_FIELDS.items() if owner == kind.record_kind}
    approx = _approx_fields(kind.record_kind)
    rows: list[dict[str, Any]] = []
    parents: list[tuple[int, NewRecord]] = []
    for position, record in enumerate(plan.new_records):
        row = {**defaults, **stamp}
        for key, value in record.values.items():
            if key in links:
                continue
            if isinstance(value, NewTown):
                value = town_id(value)
            elif isinstance(value, NewRecord):
                parents.append((position, value))
                value = None
            if key in approx:
                row.update(stored_columns(approx[key], value))
                continue
            row[key] = _column_value(value)
        if kind.record_kind == "twinning":
            # Stored with the smaller id first, so A–B and B–A are one row.
            a, b = row["town_a_id"], row["town_b_id"]
            row["town_a_id"], row["town_b_id"] = min(a, b), max(a, b)
        rows.append(row)
    needs_ids = bool(links) or bool(parents)
    if needs_ids:
        ids = _insert_returning(session, model, rows, ticker, cancelled)
    else:
        _insert_plain(session, model, rows, ticker, cancelled)
        return
    for name, link in links.items():
        _insert_links(session, kind.record_kind, name, link, plan.new_records, ids, town_id)
    if parents:
        by_identity = {
            record.identity: ids[position] for position, record in enumerate(plan.new_records)
        }
        table = cast(Table, model.__table__)
        for position, parent in parents:
            session.execute(
                update(table)
                .where(table.c.id == ids[position])
                .values(parent_id=by_identity[parent.identity])
            )


def _insert_links(
    session: Session,
    record_kind: str,
    name: str,
    link: Any,
    records: list[RecordPlan],
    ids: list[int],
    town_id: Any,
) -> None:
    """Many-to-many links of new records (a trip's destinations), in bulk where possible."""
    tables: dict[tuple[str, str], tuple[Table, str, str]] = {
        ("activity", "town_ids"): (m.activity_towns, "activity_id", "town_id"),
        ("activity", "organisation_ids"): (
            m.activity_organisations, "activity_id", "organisation_id"
        ),
        ("trip", "town_ids"): (m.trip_towns, "trip_id", "town_id"),
    }  # fmt: skip
    known = tables.get((record_kind, name))
    if known is None:
        # A link kept some other way (agreement parties, decision links): the service's own.
        for record, record_id in zip(records, ids, strict=True):
            values = record.values.get(name, ())
            if values:
                link.store(session, record_id, tuple(values))
        return
    table, owner, target = known
    rows = []
    for record, record_id in zip(records, ids, strict=True):
        targets = record.values.get(name, ())
        for value in dict.fromkeys(targets):
            resolved = town_id(value) if isinstance(value, NewTown) else value
            rows.append({owner: record_id, target: resolved})
    if rows:
        _insert_plain(session, table, rows, None, None)


def _update_rows(
    session: Session,
    model: Any,
    updates: dict[int, dict[str, Any]],
    ticker: _Progress,
    cancelled: CancelCheck | None,
    *,
    record_kind: str | None = None,
    town_id: Any = None,
) -> None:
    """Fill blanks of existing records through the ORM, so each version is bumped."""
    if not updates:
        return
    approx = _approx_fields(record_kind) if record_kind else {}
    ids = list(updates)
    for batch in _batches(ids):
        check_cancelled(cancelled)
        rows = session.scalars(select(model).where(model.id.in_(list(batch)))).all()
        for row in rows:
            for key, value in updates[row.id].items():
                if isinstance(value, NewTown):
                    value = town_id(value)
                link = LINK_FIELDS.get((record_kind, key)) if record_kind else None
                if link is not None:
                    resolved = tuple(town_id(v) if isinstance(v, NewTown) else v for v in value)
                    link.store(session, row.id, resolved)
                    row.updated_at = utcnow()
                    continue
                if key in approx:
                    for column, stored in stored_columns(approx[key], value).items():
                        setattr(row, column, stored)
                    continue
                setattr(row, key, _column_value(value))
        session.flush()
        ticker.advance(len(batch))


# ---------------------------------------------------------------- the skipped rows


def skipped_file_path(source: Path) -> Path:
    """Where the skipped rows of ``source`` go: "<name>-skipped.csv" in the program's folder.

    Not beside the source: that may be a shared folder or a USB stick, and the
    rows may hold personal data the program is answerable for.
    """
    return paths.data_dir() / "skipped-rows" / f"{source.stem}-skipped.csv"


def write_skipped_rows(plan: Plan, cancelled: CancelCheck | None = None) -> Path | None:
    """Write the rows skipped for their problems (see :func:`skipped_file_path`); None if none.

    The file is UTF-8 with a byte-order mark (so Excel reads it right): a first
    line saying what it is and that it may hold personal data, then the
    source's columns, the row number and the reasons. It is written to a
    temporary file first and renamed, so a failure leaves no half file.
    """
    if not plan.problem_rows:
        return None
    source = plan.parsed.source
    target = skipped_file_path(source.path)
    reasons: dict[int, list[str]] = {}
    for problem in plan.problems:
        if problem.row is None:
            continue
        text = f"{problem.column}: {problem.message}" if problem.column else problem.message
        reasons.setdefault(problem.row, []).append(text)
    delimiter = source.delimiter or ";"
    headers = [*source.headers, translate("Import", "Row"), translate("Import", "Problems")]
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent)
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
            # Said before anything else, as for every file the program writes with people in it.
            writer.writerow(
                [
                    fill(
                        translate(
                            "Import",
                            "The rows of %1 that were not imported. They may hold personal "
                            "data: delete this file when the rows are dealt with.",
                        ),
                        source.path.name,
                    )
                ]
            )
            writer.writerow(headers)
            width = len(source.headers)
            for number, cells in source.rows(cancelled=cancelled):
                if number not in plan.problem_rows:
                    continue
                texts = [cell_text(cell) or "" for cell in cells]
                texts += [""] * (width - len(texts))
                writer.writerow([*texts, number, " | ".join(reasons.get(number, []))])
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def log_import(session: Session, plan: Plan, summary_text: str) -> None:
    """The import's one change-log entry: action "import" on the imported kind."""
    source = plan.parsed.source
    changes: dict[str, list[str | None]] = {
        "file": [None, source.path.name],
        "rows": [None, str(plan.rows_total)],
    }
    if source.sheet:
        changes["sheet"] = [None, source.sheet]
    if plan.rows_skipped:
        changes["skipped"] = [None, str(plan.rows_skipped)]
    write_log(session, "import", plan.kind.record_kind, None, summary_text, changes)


def describe_rows(count: int) -> str:
    """ "1 row" / "12 rows" in the user's language."""
    return Import.tr("%n row(s)", "", count)
