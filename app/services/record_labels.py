"""How records are named in lists, pickers and the change log, read many at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.kinds import KindSpec, spec_for
from db.session import Database


def record_label(session: Session, spec: KindSpec[Any], record: Any) -> str:
    """How one record is named in lists, pickers and the change log.

    The record as it is about to be stored (its own values, not the row's);
    the records it refers to are named as they are stored, those of one kind
    read in one statement.
    """
    referred: dict[str, list[int]] = {}
    for name in spec.label_fields:
        f = spec.field(name)
        value = getattr(record, name)
        if f.is_single_reference and f.ref_kind and value is not None:
            referred.setdefault(f.ref_kind, []).append(value)
    names = {kind: labels_in(session, kind, ids) for kind, ids in referred.items()}
    parts = []
    for name in spec.label_fields:
        value = getattr(record, name)
        if value is None or value == "":
            continue
        f = spec.field(name)
        if f.is_single_reference and f.ref_kind:
            parts.append(names[f.ref_kind].get(value, "?"))
        else:
            parts.append(str(value))
    return spec.label_separator.join(parts)


def labels(db: Database, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """Names of records of ``kind`` by id, for pickers and list columns."""
    with db.reading() as session:
        return labels_in(session, kind, ids)


def labels_in(session: Session, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """The labels of ``kind``'s records (all, or those of ``ids``), read in ``session``."""
    spec = spec_for(kind)
    query = select(spec.model.id, *label_columns(kind))
    if ids is not None:
        query = query.where(spec.model.id.in_(list(ids)))
    return labels_of_rows(session, kind, session.execute(query).all())


def label_columns(kind: str) -> list[Any]:
    """The columns a label of ``kind`` is made of, to select beside others."""
    spec = spec_for(kind)
    return [getattr(spec.model, n) for n in spec.label_fields]


def labels_of_rows(session: Session, kind: str, rows: Sequence[Any]) -> dict[int, str]:
    """The labels of rows already read with ``id`` and the :func:`label_columns` of ``kind``.

    Only the records they refer to are read: a caller that reads the rows for
    its own purpose saves the statement that would read them again.
    """
    spec = spec_for(kind)
    # One read per kind referred to: a twinning's two towns are named in one statement.
    wanted: dict[str, set[int]] = {}
    for name in spec.label_fields:
        f = spec.field(name)
        if f.is_single_reference and f.ref_kind:
            ids = {getattr(r, name) for r in rows if getattr(r, name) is not None}
            wanted.setdefault(f.ref_kind, set()).update(ids)
    by_kind = {
        ref_kind: labels_in(session, ref_kind, sorted(ids)) if ids else {}
        for ref_kind, ids in wanted.items()
    }
    ref_labels: dict[str, dict[int, str]] = {}
    for name in spec.label_fields:
        f = spec.field(name)
        if f.is_single_reference and f.ref_kind:
            ref_labels[name] = by_kind[f.ref_kind]
    separator = spec.label_separator
    result = {}
    for row in rows:
        parts = []
        for name in spec.label_fields:
            value = getattr(row, name)
            if value is None or value == "":
                continue
            parts.append(ref_labels[name].get(value, "?") if name in ref_labels else str(value))
        result[row.id] = separator.join(parts)
    return result
