"""A stored row and the plain record it is, both ways, link fields included.

The record dataclass says which fields a kind has; most are a column of the
same name, an approximate date fills two (the earliest day and what was
known), and a link field (app.services.links) lives in a table of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

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


def to_record(session: Session, spec: KindSpec[R], row: m.Editable) -> R:
    """The plain record of an ORM row, link fields included."""
    values: dict[str, Any] = {}
    approx = _approx_names(spec)
    for name in record_fields(spec):
        link = LINK_FIELDS.get((spec.kind, name))
        if link is not None:
            values[name] = link.load(session, [row.id]).get(row.id, ())
        else:
            values[name] = _row_value(row, name, approx)
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


def store_links(session: Session, spec: KindSpec[R], row_id: int, record: R) -> None:
    """Write the record's link fields into their link tables (after the row has its id)."""
    for name in link_fields(spec):
        LINK_FIELDS[(spec.kind, name)].store(session, row_id, tuple(getattr(record, name)))
