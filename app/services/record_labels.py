"""How records are named in lists, pickers and the change log, read many at a time."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.kinds import spec_for
from db.session import Database

# A twinning, a term and an evaluation join two names ("Vänersborg – Herning").
_DASHED = frozenset({"twinning", "term", "evaluation"})


def label_separator(kind: str) -> str:
    """What stands between the parts of a ``kind`` record's label."""
    return " – " if kind in _DASHED else " "


def labels(db: Database, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """Names of records of ``kind`` by id, for pickers and list columns."""
    with db.reading() as session:
        return labels_in(session, kind, ids)


def labels_in(session: Session, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """The labels of ``kind``'s records (all, or those of ``ids``), read in ``session``."""
    spec = spec_for(kind)
    columns = [getattr(spec.model, n) for n in spec.label_fields]
    query = select(spec.model.id, *columns)
    if ids is not None:
        query = query.where(spec.model.id.in_(list(ids)))
    rows = session.execute(query).all()
    ref_labels: dict[str, dict[int, str]] = {}
    for name in spec.label_fields:
        f = spec.field(name)
        if f.type == "ref" and f.ref_kind:
            ref_ids = sorted({getattr(r, name) for r in rows if getattr(r, name) is not None})
            ref_labels[name] = labels_in(session, f.ref_kind, ref_ids) if ref_ids else {}
    separator = label_separator(kind)
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
