"""Two people saving one record: fields nobody else changed go through, a clash asks.

A save carries the version it was read at. When the stored version has moved
on, the record as it was read (the *base*) tells which fields each person
changed: mine where the save differs from the base, theirs where the stored
row does. Disjoint changes merge onto the stored row; a field both changed to
different values is a clash, shown with both values and who changed it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.services.conversion import row_id
from app.services.errors import ConflictError, FieldClash
from app.services.kinds import KindSpec, R, spec_for
from db import models as m

_SKIP = ("id", "version")
# Names of records of a kind by id (record_labels.labels_in), for showing a linked record.
NamesOf = Callable[[Session, str, Sequence[int]], dict[int, str]]


def changed_fields(before: Any, after: Any) -> set[str]:
    """The record fields whose values differ between two versions of one record."""
    return {
        f.name
        for f in dataclasses.fields(after)
        if f.name not in _SKIP and getattr(before, f.name) != getattr(after, f.name)
    }


def merge_onto_stored(
    session: Session, spec: KindSpec[R], base: R | None, mine: R, stored: R, names_of: NamesOf
) -> R:
    """``mine`` applied onto ``stored``, at the stored version; ConflictError on a clash.

    Without a ``base`` read at ``mine``'s version, nobody can tell whose change a
    difference is, so the save is refused as a whole, as before.
    """
    if base is None or base.id != mine.id or base.version != mine.version:
        raise conflict(session, spec, row_id(stored), ())
    my_fields = changed_fields(base, mine)
    their_fields = changed_fields(base, stored)
    clashing = sorted(
        name for name in my_fields & their_fields if getattr(mine, name) != getattr(stored, name)
    )
    if clashing:
        clashes = tuple(
            FieldClash(
                name,
                translate("Field", spec.field(name).label) if _has_field(spec, name) else name,
                _shown(session, spec, name, getattr(mine, name), names_of),
                _shown(session, spec, name, getattr(stored, name), names_of),
            )
            for name in clashing
        )
        raise conflict(session, spec, row_id(stored), clashes)
    return dataclasses.replace(
        stored, **{name: getattr(mine, name) for name in my_fields}, version=stored.version
    )


def conflict(
    session: Session, spec: KindSpec, record_id: int, clashes: tuple[FieldClash, ...]
) -> ConflictError:
    """The refusal of a save that met someone else's change, naming them when known."""
    who, when = last_change(session, spec.kind, record_id)
    what = spec.display_singular().lower()
    if who and when:
        text = translate(
            "Validation",
            "%2 changed the %1 at %3, after you opened it. Reload it to see their changes.",
        )
        text = text.replace("%2", who).replace("%3", when.strftime("%Y-%m-%d %H:%M"))
    else:
        text = translate(
            "Validation",
            "The %1 was changed by someone else after you opened it. Reload it to see their "
            "changes.",
        )
    details = tuple(
        translate("Validation", "%1: you wrote “%2”, they wrote “%3”.")
        .replace("%1", clash.label)
        .replace("%2", clash.mine)
        .replace("%3", clash.theirs)
        for clash in clashes
    )
    return ConflictError(text.replace("%1", what), spec.kind, record_id, clashes, details)


def last_change(session: Session, kind: str, record_id: int) -> tuple[str | None, datetime | None]:
    """Who changed the record last and when (local time), from the change log."""
    table = m.ChangeLogEntry
    row = session.execute(
        select(table.user, table.at)
        .where(table.target_kind == kind, table.target_id == record_id)
        .order_by(table.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None, None
    at = row.at.astimezone() if row.at is not None else None
    return row.user, at


def _has_field(spec: KindSpec, name: str) -> bool:
    return any(f.name == name for f in spec.fields)


def _shown(session: Session, spec: KindSpec, name: str, value: Any, names_of: NamesOf) -> str:
    """A value as the user reads it: a linked record by its name, nothing as a dash."""
    if value is None or value == "" or value == ():
        return "–"
    field = next((f for f in spec.fields if f.name == name), None)
    if field is not None and field.is_reference and field.ref_kind:
        ids = [value] if isinstance(value, int) else list(value)
        names = names_of(session, spec_for(field.ref_kind).kind, ids)
        return ", ".join(names.get(i, "?") for i in ids)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
