"""Whether a record may be saved: its stored form, then every check on it.

The checks come in the order a user can act on them: each field on its own
(app.services.fields), the order of its date ranges, the records it refers to,
and last the kind's own checks declared on its spec (a twinning of a town with
itself, the municipality's trip rules).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.services.errors import FieldError
from app.services.fields import as_approx, check_date_order, check_value
from app.services.kinds import KindSpec, R, spec_for, spec_of
from db.in_lists import in_chunks


def normalise(spec: KindSpec[R], record: R) -> R:
    """Trim texts, turn blank texts into None, upper-case codes, then the kind's own form."""
    changes: dict[str, Any] = {}
    for f in spec.fields:
        value = getattr(record, f.name)
        if isinstance(value, str):
            stripped = value.strip() if f.type != "longtext" else value.strip("\n ")
            if stripped != value:
                changes[f.name] = stripped
            if not stripped and not f.is_code:
                changes[f.name] = None if f.name in spec.nullable else ""
        if f.type == "country" and isinstance(value, str) and value.strip():
            changes[f.name] = value.strip().upper()
        if f.type == "currency" and isinstance(value, str):
            changes[f.name] = value.strip().upper()
        if f.is_approx and as_approx(f, value) is not value:
            changes[f.name] = as_approx(f, value)
    if changes:
        record = dataclasses.replace(record, **changes)
    if spec.normalise is not None:
        record = spec.normalise(record)
    return record


def _known_countries() -> set[str] | None:
    try:
        from app.places.countries import all_countries
    except ImportError:  # the country list is optional for the services
        return None
    return {c.code for c in all_countries()}


def validate(session: Session, record: R, stored: R | None = None) -> list[FieldError]:
    """Every problem with ``record`` as field errors; empty when it can be saved.

    ``stored`` is the record as it is stored now (for an update): the records it
    refers to already are not looked up again.
    """
    spec = spec_of(record)
    errors: list[FieldError] = []
    countries = _known_countries()
    for f in spec.fields:
        problem = check_value(f, getattr(record, f.name), known_countries=countries)
        if problem:
            errors.append(FieldError(f.name, problem))
    labels = {f.name: f.label for f in spec.fields}
    for first, last in spec.date_ranges:
        problem_order = _check_order(record, first, last, labels)
        if problem_order and not any(e.field == last for e in errors):
            errors.append(problem_order)
    if not errors:
        errors.extend(check_references(session, spec, record, stored))
    if not errors:
        for check in spec.checks():
            errors.extend(check(session, record))
    return errors


def _check_order(record: Any, first: str, last: str, labels: dict[str, str]) -> FieldError | None:
    a, b = getattr(record, first), getattr(record, last)
    if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool) and b < a:
        text = translate("Validation", "%1 cannot be before %2.")
        return FieldError(
            last,
            text.replace("%1", translate("Field", labels[last])).replace(
                "%2", translate("Field", labels[first])
            ),
        )
    return check_date_order({first: a, last: b}, first, last, labels)


def _referred(f: Any, record: Any) -> list[int]:
    value = getattr(record, f.name)
    return [value] if f.type == "ref" and value is not None else list(value or ())


def _kept_whole(spec: KindSpec[Any], f: Any) -> bool:
    """Whether a foreign key keeps the field's stored references whole (a link table's do)."""
    column = spec.model.__table__.c.get(f.name)
    return column is None or bool(column.foreign_keys)


def check_references(
    session: Session, spec: KindSpec[R], record: R, stored: R | None = None
) -> list[FieldError]:
    """A refusal for every reference field naming a record that is no longer there.

    The records of one kind are looked up in one statement. A reference the
    ``stored`` record holds already is not looked up where a foreign key keeps it
    whole (every one but a decision's proposal): only new ones can name a record gone.
    """
    wanted: dict[Any, list[int]] = {}
    for f in spec.fields:
        if not f.is_reference or f.ref_kind is None:
            continue
        known = set(_referred(f, stored)) if stored is not None and _kept_whole(spec, f) else set()
        ids = [i for i in _referred(f, record) if i not in known]
        if ids:
            wanted[f] = ids
    found: dict[str, set[int]] = {}
    for ref_kind in dict.fromkeys(f.ref_kind for f in wanted):
        ids = sorted({i for f, some in wanted.items() if f.ref_kind == ref_kind for i in some})
        model = spec_for(ref_kind).model
        found[ref_kind] = set()
        for chunk in in_chunks(ids):
            found[ref_kind].update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    errors = []
    for f, ids in wanted.items():
        if set(ids) - found[f.ref_kind]:
            text = translate("Validation", "%1 refers to a record that no longer exists.")
            errors.append(FieldError(f.name, text.replace("%1", translate("Field", f.label))))
    return errors
