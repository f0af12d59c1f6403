"""A stored row and the plain record it is, both ways, link fields included.

The record dataclass says which fields a kind has; most are a column of the
same name, an approximate date fills two (the earliest day and what was
known), and a link field (app.services.links) lives in a table of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload

from app.dates import known_date
from app.services.fields import FieldSpec, stored_columns
from app.services.kinds import KindSpec, R
from app.services.links import LINK_FIELDS
from db import models as m


def record_fields(spec: KindSpec[Any]) -> list[str]:
    """The names of the kind's record fields, ``id`` and ``version`` included."""
    return [f.name for f in dataclasses.fields(spec.record)]


def link_fields(spec: KindSpec[Any]) -> list[str]:
    """The record fields kept in a link table rather than a column of the row."""
    return [name for name in record_fields(spec) if (spec.kind, name) in LINK_FIELDS]


def _approx_names(spec: KindSpec[Any]) -> frozenset[str]:
    return frozenset(f.name for f in spec.fields if f.is_approx)


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    return value


def _row_value(row: m.Editable, name: str, approx: frozenset[str]) -> Any:
    if name in approx:
        # The column holds the earliest day; its companion says how precisely it is known.
        return known_date(getattr(row, name), getattr(row, f"{name}_edtf"))
    return _plain(getattr(row, name))


def row_id(record: Any) -> int:
    """The id of a record read from or written to the register (never None there)."""
    record_id = record.id
    if not isinstance(record_id, int):
        raise TypeError(f"{type(record).__name__} has no id: it is not stored")
    return record_id


def load_row(session: Session, spec: KindSpec[Any], record_id: int) -> m.Editable | None:
    """The row of a record by id, None when it is gone; one statement.

    The ORM's own collections (a town's names) are not read along with it: the
    link fields are read by ``to_record``, and reading them twice cost a round trip.
    """
    return session.get(spec.model, record_id, options=[lazyload("*")])


def read_stored(session: Session, spec: KindSpec[R], record_id: int) -> tuple[m.Editable, R] | None:
    """A record's row and the record it is, links included; None when it is gone.

    The first link field is read in the row's own statement, by an outer join
    (one round trip where there were two); any other link field after it.
    """
    first = next(
        (name for name in link_fields(spec) if LINK_FIELDS[(spec.kind, name)].joined), None
    )
    if first is None:
        row = load_row(session, spec, record_id)
        return None if row is None else (row, to_record(session, spec, row))
    joined = LINK_FIELDS[(spec.kind, first)].joined
    assert joined is not None
    query = (
        select(spec.model, *joined.columns)
        .options(lazyload("*"))
        .outerjoin(joined.target, joined.on(spec.model.id))
        .where(spec.model.id == record_id)
        .order_by(joined.order)
    )
    found = session.execute(query).all()
    if not found:
        return None
    row = found[0][0]
    held = [tuple(r[1:]) for r in found]
    # A row without links comes back once, with nothing in the joined columns.
    values = tuple(joined.value(h) for h in held if any(v is not None for v in h))
    return row, to_record(session, spec, row, {first: values})


def to_record(
    session: Session, spec: KindSpec[R], row: m.Editable, links: dict[str, Any] | None = None
) -> R:
    """The plain record of an ORM row, link fields included.

    ``links`` are the link fields' values when they are known already (just
    written); otherwise they are read, one statement per link field.
    """
    values: dict[str, Any] = {}
    approx = _approx_names(spec)
    for name in record_fields(spec):
        link = LINK_FIELDS.get((spec.kind, name))
        if link is None:
            values[name] = _row_value(row, name, approx)
        elif links is not None and name in links:
            values[name] = links[name]
        else:
            values[name] = link.load(session, [row.id]).get(row.id, ())
    return spec.record(**values)


def records_bulk(session: Session, spec: KindSpec[R], rows: Sequence[m.Editable]) -> list[R]:
    """The plain records of many rows, each link table read once for all of them."""
    names = record_fields(spec)
    link_values = {
        name: link.load(session, [r.id for r in rows])
        for name in names
        if (link := LINK_FIELDS.get((spec.kind, name))) is not None
    }
    approx = _approx_names(spec)
    result = []
    for row in rows:
        values = {
            name: link_values[name].get(row.id, ())
            if name in link_values
            else _row_value(row, name, approx)
            for name in names
        }
        result.append(spec.record(**values))
    return result


def fill_row(spec: KindSpec[R], row: m.Editable, record: R) -> None:
    """Copy a record's own fields onto its row (links and the version are not its own)."""
    approx: dict[str, FieldSpec] = {f.name: f for f in spec.fields if f.is_approx}
    for name in record_fields(spec):
        if name in ("id", "version") or (spec.kind, name) in LINK_FIELDS:
            continue
        value = getattr(record, name)
        if name in approx:
            # Two columns: the earliest day for SQL, and the date as known.
            for column, stored in stored_columns(approx[name], value).items():
                setattr(row, column, stored)
            continue
        setattr(row, name, list(value) if isinstance(value, tuple) else value)


def stored_links(spec: KindSpec[R], record: R) -> dict[str, tuple[Any, ...]]:
    """The record's link fields as they read back once stored (no repeats, their order)."""
    return {
        name: LINK_FIELDS[(spec.kind, name)].stored(tuple(getattr(record, name)))
        for name in link_fields(spec)
    }


def store_links(
    session: Session, spec: KindSpec[R], row_id: int, record: R, before: R | None = None
) -> dict[str, tuple[Any, ...]]:
    """Write the record's link fields into their link tables (after the row has its id).

    With ``before``, the record as stored now (for a new record, one with no
    links), only the values that changed are written. Returns the fields as stored.
    """
    written = stored_links(spec, record)
    for name, values in written.items():
        old = None if before is None else tuple(getattr(before, name))
        if old == values:
            continue
        LINK_FIELDS[(spec.kind, name)].store(session, row_id, tuple(getattr(record, name)), old)
    return written
