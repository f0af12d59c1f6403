"""Create, read, update, delete and list any record kind, one transaction per call.

Typed by the record: ``get(db, Town, 12)`` is a Town, ``save(db, twinning)`` a
Twinning. Callers that know a kind only by its name (a list, the change log)
pass the name and get the record untyped. The work is done by modules with
one job each, whose public names are available here as well:

- app.services.conversion: a row and its record, both ways;
- app.services.validation: a record's stored form and its checks;
- app.services.change_entries: the change log's entries;
- app.services.deleting: delete and restore (the undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, overload

from sqlalchemy import ColumnElement, String, and_, cast, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import lazyload
from sqlalchemy.orm.exc import StaleDataError

from app.services.change_entries import changed_values, current_user, write_log
from app.services.conversion import (
    fill_row,
    read_stored,
    records_bulk,
    row_id,
    store_links,
    stored_links,
    to_record,
)
from app.services.deleting import DeletedRecord, delete_record, restore_record
from app.services.errors import ValidationError
from app.services.kinds import KindSpec, R, Record, spec_for, spec_of
from app.services.merging import conflict, merge_onto_stored
from app.services.record_labels import labels_in, record_label
from app.services.refusals import deleted_elsewhere, duplicate, not_found
from app.services.validation import normalise, validate
from db import models as m
from db.base import utcnow
from db.session import Database

# The list module reads many rows at once through this older name.
_records_bulk = records_bulk


def kind_of(record: Record) -> str:
    """The kind name of a record instance (``Town`` -> "town")."""
    return spec_of(record).kind


@overload
def get(db: Database, kind: type[R], record_id: int) -> R: ...
@overload
def get(db: Database, kind: str, record_id: int) -> Any: ...


def get(db: Database, kind: type[Any] | str, record_id: int) -> Any:
    """The record ``record_id`` of ``kind`` (its record type, or its name); RecordNotFound if it is gone."""
    spec = spec_for(kind)
    with db.reading() as session:
        stored = read_stored(session, spec, record_id)
        if stored is None:
            raise not_found(spec, record_id)
        return stored[1]


@overload
def get_many(db: Database, kind: type[R], ids: Sequence[int] | None = None) -> list[R]: ...
@overload
def get_many(db: Database, kind: str, ids: Sequence[int] | None = None) -> list[Any]: ...


def get_many(db: Database, kind: type[Any] | str, ids: Sequence[int] | None = None) -> list[Any]:
    """Several records (all of the kind when ``ids`` is None), in id order."""
    spec = spec_for(kind)
    with db.reading() as session:
        # The link fields are read by records_bulk: not by the ORM's collections too.
        query = select(spec.model).options(lazyload("*")).order_by(spec.model.id)
        if ids is not None:
            query = query.where(spec.model.id.in_(list(ids)))
        rows = list(session.scalars(query))
        return records_bulk(session, spec, rows)


def save(db: Database, record: R, *, user: str | None = None, base: R | None = None) -> R:
    """Create (``id`` None) or update a record after validating it; returns it as stored.

    An update whose ``version`` is not the stored one met someone else's save.
    With ``base``, the record as it was read at that version, the fields only
    this save changed are merged onto the stored row and saved; a field both
    changed raises ConflictError with both values (app.services.merging).
    Without ``base`` any such update raises ConflictError.
    """
    spec = spec_of(record)
    record = normalise(spec, record)
    with db.transaction() as session:
        # The stored record is read once, with its links, and serves the conflict
        # check, the references already checked, the links to write and the log.
        old = None
        row: m.Editable | None = None
        if record.id is not None:
            stored = read_stored(session, spec, record.id)
            if stored is None:
                raise deleted_elsewhere(spec, record.id)
            row, old = stored
            if row.version != record.version:
                record = merge_onto_stored(session, spec, base, record, old, labels_in)
        errors = validate(session, record, old)
        if errors:
            raise ValidationError(errors)
        if row is None:
            row = spec.model()
            session.add(row)
        fill_row(spec, row, record)
        links = stored_links(spec, record)
        if old is not None and any(getattr(old, name) != links[name] for name in links):
            # Links live in other tables; touching the row makes the UPDATE check and
            # bump its version, so a change of links alone still meets a conflict.
            row.updated_at = utcnow()
        try:
            # The UPDATE itself carries the version check ("AND version = ?").
            session.flush()
        except IntegrityError as error:
            raise duplicate(spec) from error
        except StaleDataError as error:
            raise conflict(session, spec, row.id, ()) from error
        # A new record has no links yet: nothing to delete first.
        before = old if old is not None else replace(record, **dict.fromkeys(links, ()))
        try:
            store_links(session, spec, row.id, record, before)
        except IntegrityError as error:
            raise duplicate(spec) from error
        saved = to_record(session, spec, row, links)
        write_log(
            session,
            "create" if old is None else "update",
            spec.kind,
            row_id(saved),
            record_label(session, spec, saved),
            changed_values(old, saved),
            user=user,
        )
        return saved


def search_condition(spec: KindSpec[Any], text: str) -> ColumnElement[bool] | None:
    """A case-insensitive LIKE over the kind's text columns."""
    words = [w for w in text.split() if w]
    if not words:
        return None
    columns = [
        getattr(spec.model, f.name)
        for f in spec.fields
        if f.is_searched and hasattr(spec.model, f.name)
    ]
    if not columns:
        # Nothing to search in (a term of office): no record matches a search.
        return false()
    conditions = []
    for word in words:
        pattern = f"%{word.lower()}%"
        conditions.append(or_(*[func.lower(cast(c, String)).like(pattern) for c in columns]))
    return and_(*conditions)


__all__ = [
    "DeletedRecord",
    "current_user",
    "delete_record",
    "get",
    "get_many",
    "kind_of",
    "record_label",
    "restore_record",
    "save",
    "search_condition",
    "to_record",
    "validate",
    "write_log",
]
