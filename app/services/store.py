"""Create, read, update, delete and list any record kind, one transaction per call."""

from __future__ import annotations

import dataclasses
import getpass
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, cast, delete, false, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.dates import ApproxDate, known_date
from app.i18n import translate
from app.services.attachment_rows import put_back_after_restore, take_for_delete
from app.services.errors import ConflictError, FieldError, RecordNotFound, ValidationError
from app.services.fields import (
    APPROX_TYPES,
    as_approx,
    check_date_order,
    check_value,
    stored_columns,
)
from app.services.kinds import KindSpec, spec_for
from app.services.links import LINK_FIELDS
from app.services.merging import conflict, merge_onto_stored
from app.services.record_labels import label_separator, labels_in
from app.services.records import RecordRef
from db import models as m
from db.base import utcnow
from db.session import WITNESS, Database

Validator = Callable[[Session, Any], list[FieldError]]
# Kind-specific checks beyond single fields (a twinning of a town with itself,
# a trip approved without a decision ...). Other modules register theirs.
VALIDATORS: dict[str, list[Validator]] = {}


def register_validator(kind: str, validator: Validator) -> None:
    """Add a check run before every save of ``kind``."""
    VALIDATORS.setdefault(kind, []).append(validator)


def _twinning_of_two_towns(_session: Session, record: Any) -> list[FieldError]:
    # The table's check constraint would refuse it too, but as "already exists".
    if record.town_a_id is not None and record.town_a_id == record.town_b_id:
        text = translate("Validation", "A town cannot be twinned with itself.")
        return [FieldError("town_b_id", text)]
    return []


register_validator("twinning", _twinning_of_two_towns)


def _decision_takes_up_a_proposal(session: Session, record: Any) -> list[FieldError]:
    # Only a proposal can be decided, and a record cannot decide itself: either
    # would break the chain from the committee's proposal to the body's decision.
    if record.proposal_id is None:
        return []
    if record.id is not None and record.proposal_id == record.id:
        text = translate("Validation", "A decision cannot decide itself as a proposal.")
        return [FieldError("proposal_id", text)]
    proposal = session.get(m.Decision, record.proposal_id)
    if proposal is not None and not proposal.is_proposal:
        text = translate(
            "Validation", "The decision chosen as the proposal is not marked as a proposal."
        )
        return [FieldError("proposal_id", text)]
    return []


register_validator("decision", _decision_takes_up_a_proposal)


def current_user() -> str:
    """Who the change log names: VANORT_USER, else the login name."""
    try:
        return os.environ.get("VANORT_USER") or getpass.getuser()
    except Exception:  # getpass fails without a login name (some services)
        return "?"


# ---------------------------------------------------------------- conversion


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    return value


def _record_fields(spec: KindSpec) -> list[str]:
    return [f.name for f in dataclasses.fields(spec.record)]


def _approx_names(spec: KindSpec) -> frozenset[str]:
    return frozenset(f.name for f in spec.fields if f.type in APPROX_TYPES)


def _row_value(row: m.Editable, name: str, approx: frozenset[str]) -> Any:
    if name in approx:
        # The column holds the earliest day; its companion says how precisely it is known.
        return known_date(getattr(row, name), getattr(row, f"{name}_edtf"))
    return _plain(getattr(row, name))


def to_record(session: Session, spec: KindSpec, row: m.Editable) -> Any:
    """The plain record of an ORM row, link fields included."""
    values: dict[str, Any] = {}
    approx = _approx_names(spec)
    for name in _record_fields(spec):
        link = LINK_FIELDS.get((spec.kind, name))
        if link is not None:
            values[name] = link.load(session, [row.id]).get(row.id, ())
        else:
            values[name] = _row_value(row, name, approx)
    return spec.record(**values)


def _changes(old: Any | None, new: Any) -> dict[str, list[str | None]]:
    diff: dict[str, list[str | None]] = {}
    for f in dataclasses.fields(new):
        if f.name in ("id", "version"):
            continue
        before = getattr(old, f.name) if old is not None else None
        after = getattr(new, f.name)
        if before != after:
            diff[f.name] = [_text(before), _text(after)]
    return diff


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(_text(v) or "" for v in value)
    if isinstance(value, RecordRef):
        return f"{value.kind}:{value.id}"
    if isinstance(value, ApproxDate):
        return value.edtf()  # the log is read back by the program: keep the stored form
    if isinstance(value, date | Decimal):
        return str(value)
    return str(value)


# ---------------------------------------------------------------- validation


def _normalise(spec: KindSpec, record: Any) -> Any:
    """Trim texts, turn blank texts into None, order a twinning's towns."""
    changes: dict[str, Any] = {}
    for f in spec.fields:
        value = getattr(record, f.name)
        if isinstance(value, str):
            stripped = value.strip() if f.type != "longtext" else value.strip("\n ")
            if stripped != value:
                changes[f.name] = stripped
            if not stripped and f.type not in ("choice", "currency"):
                changes[f.name] = None if f.name in _nullable(spec) else ""
        if f.type == "country" and isinstance(value, str) and value.strip():
            changes[f.name] = value.strip().upper()
        if f.type == "currency" and isinstance(value, str):
            changes[f.name] = value.strip().upper()
        if f.type in APPROX_TYPES and as_approx(f, value) is not value:
            changes[f.name] = as_approx(f, value)
    if changes:
        record = dataclasses.replace(record, **changes)
    if spec.kind == "twinning":
        a, b = record.town_a_id, record.town_b_id
        if isinstance(a, int) and isinstance(b, int) and a > b:
            record = dataclasses.replace(record, town_a_id=b, town_b_id=a)
    return record


def _nullable(spec: KindSpec) -> set[str]:
    return {f.name for f in dataclasses.fields(spec.record) if "None" in str(f.type)}


def _known_countries() -> set[str] | None:
    try:
        from app.places.countries import all_countries
    except ImportError:  # the country list is optional for the services
        return None
    return {c.code for c in all_countries()}


def validate(session: Session, record: Any) -> list[FieldError]:
    """Every problem with ``record`` as field errors; empty when it can be saved."""
    spec = spec_for(kind_of(record))
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
        errors.extend(_check_references(session, spec, record))
    if not errors:
        for validator in VALIDATORS.get(spec.kind, []):
            errors.extend(validator(session, record))
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


def _check_references(session: Session, spec: KindSpec, record: Any) -> list[FieldError]:
    errors = []
    for f in spec.fields:
        if f.type not in ("ref", "refs") or f.ref_kind is None:
            continue
        value = getattr(record, f.name)
        ids = [value] if f.type == "ref" and value is not None else list(value or ())
        if not ids:
            continue
        model = spec_for(f.ref_kind).model
        found = set(session.scalars(select(model.id).where(model.id.in_(ids))))
        if set(ids) - found:
            text = translate("Validation", "%1 refers to a record that no longer exists.")
            errors.append(FieldError(f.name, text.replace("%1", translate("Field", f.label))))
    return errors


def kind_of(record: Any) -> str:
    """The kind name of a record instance (``Town`` -> "town")."""
    from app.services.kinds import KINDS

    for spec in KINDS.values():
        if type(record) is spec.record:
            return spec.kind
    raise TypeError(f"not a record: {type(record).__name__}")


# ---------------------------------------------------------------- the calls


def get(db: Database, kind: str, record_id: int) -> Any:
    """The record ``record_id`` of ``kind``; RecordNotFound if it is gone."""
    spec = spec_for(kind)
    with db.reading() as session:
        row = session.get(spec.model, record_id)
        if row is None:
            raise _not_found(spec, record_id)
        return to_record(session, spec, row)


def get_many(db: Database, kind: str, ids: Sequence[int] | None = None) -> list[Any]:
    """Several records (all of the kind when ``ids`` is None), in id order."""
    spec = spec_for(kind)
    with db.reading() as session:
        query = select(spec.model).order_by(spec.model.id)
        if ids is not None:
            query = query.where(spec.model.id.in_(list(ids)))
        rows = list(session.scalars(query))
        return _records_bulk(session, spec, rows)


def _records_bulk(session: Session, spec: KindSpec, rows: list[m.Editable]) -> list[Any]:
    names = _record_fields(spec)
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


def _fill_row(spec: KindSpec, row: m.Editable, record: Any) -> None:
    """Copy a record's own fields onto its row (links and the version are not its own)."""
    approx = {f.name: f for f in spec.fields if f.type in APPROX_TYPES}
    for name in _record_fields(spec):
        if name in ("id", "version") or (spec.kind, name) in LINK_FIELDS:
            continue
        value = getattr(record, name)
        if name in approx:
            # Two columns: the earliest day for SQL, and the date as known.
            for column, stored in stored_columns(approx[name], value).items():
                setattr(row, column, stored)
            continue
        setattr(row, name, list(value) if isinstance(value, tuple) else value)


def save(db: Database, record: Any, *, user: str | None = None, base: Any | None = None) -> Any:
    """Create (``id`` None) or update a record after validating it; returns it as stored.

    An update whose ``version`` is not the stored one met someone else's save.
    With ``base``, the record as it was read at that version, the fields only
    this save changed are merged onto the stored row and saved; a field both
    changed raises ConflictError with both values (app.services.merging).
    Without ``base`` any such update raises ConflictError.
    """
    spec = spec_for(kind_of(record))
    record = _normalise(spec, record)
    with db.transaction() as session:
        old = None
        row: m.Editable | None = None
        if record.id is not None:
            row = session.get(spec.model, record.id)
            if row is None:
                raise _gone(spec, record.id)
            old = to_record(session, spec, row)
            if row.version != record.version:
                record = merge_onto_stored(session, spec, base, record, old, labels_in)
        errors = validate(session, record)
        if errors:
            raise ValidationError(errors)
        if row is None:
            row = spec.model()
            session.add(row)
        _fill_row(spec, row, record)
        if old is not None and any(
            getattr(old, name) != getattr(record, name)
            for name in _record_fields(spec)
            if (spec.kind, name) in LINK_FIELDS
        ):
            # Links live in other tables; touching the row makes the UPDATE check and
            # bump its version, so a change of links alone still meets a conflict.
            row.updated_at = utcnow()
        try:
            session.flush()
        except IntegrityError as error:
            raise _duplicate(spec) from error
        except StaleDataError as error:
            raise conflict(session, spec, row.id, ()) from error
        for name in _record_fields(spec):
            link = LINK_FIELDS.get((spec.kind, name))
            if link is not None:
                link.store(session, row.id, tuple(getattr(record, name)))
        try:
            session.flush()
        except IntegrityError as error:
            raise _duplicate(spec) from error
        saved = to_record(session, spec, row)
        write_log(
            session,
            "create" if old is None else "update",
            spec.kind,
            row.id,
            record_label(session, spec, saved),
            _changes(old, saved),
            user=user,
        )
        return saved


@dataclass(frozen=True)
class DeletedRecord:
    """Everything needed to undo a delete in the same session of work.

    ``children`` were deleted with the record (a network's meetings); ``cleared``
    are references that the database set to empty (a trip's approval decision);
    ``mentions`` are the decisions that concerned the record.
    """

    record: Any
    children: tuple[Any, ...] = ()
    cleared: tuple[tuple[str, int, str], ...] = ()
    mentions: tuple[int, ...] = ()
    # Attachment rows taken off the record; their files stay in the folder.
    attachments: tuple[dict[str, Any], ...] = ()


def _dependants(
    session: Session, kind: str, record_id: int
) -> tuple[list[Any], list[tuple[str, int, str]]]:
    from app.services.kinds import KINDS

    children: list[Any] = []
    cleared: list[tuple[str, int, str]] = []
    for other in KINDS.values():
        for f in other.fields:
            if f.type != "ref" or f.ref_kind != kind:
                continue
            column = getattr(other.model, f.name)
            rows = list(session.scalars(select(other.model).where(column == record_id)))
            if f.required:
                children.extend(to_record(session, other, row) for row in rows)
            else:
                cleared.extend((other.kind, row.id, f.name) for row in rows)
    return children, cleared


def delete_record(
    db: Database, kind: str, record_id: int, version: int, *, user: str | None = None
) -> DeletedRecord:
    """Delete a record; refused with a clear message while other records depend on it."""
    spec = spec_for(kind)
    with db.transaction() as session:
        row = session.get(spec.model, record_id)
        if row is None:
            raise _gone(spec, record_id)
        if row.version != version:
            raise conflict(session, spec, record_id, ())
        record = to_record(session, spec, row)
        label = record_label(session, spec, record)
        children, cleared = _dependants(session, kind, record_id)
        mention = (m.DecisionLink.target_kind == kind) & (m.DecisionLink.target_id == record_id)
        mentions = tuple(session.scalars(select(m.DecisionLink.decision_id).where(mention)))
        session.execute(delete(m.DecisionLink).where(mention))
        attachments = take_for_delete(session, RecordRef(kind, record_id))
        session.delete(row)
        try:
            session.flush()
        except IntegrityError as error:
            text = translate("Validation", "%1 cannot be deleted while other records refer to it.")
            raise ValidationError([FieldError("", text.replace("%1", label))]) from error
        # What a delete takes away: every value, from what it was to nothing.
        removed = {name: [texts[1], None] for name, texts in _changes(None, record).items()}
        write_log(session, "delete", kind, record_id, label, removed, user=user)
        return DeletedRecord(record, tuple(children), tuple(cleared), mentions, attachments)


def _insert_record(session: Session, record: Any) -> Any:
    spec = spec_for(kind_of(record))
    if session.get(spec.model, record.id) is not None:
        raise _duplicate(spec)
    errors = _check_references(session, spec, record)
    if errors:
        raise ValidationError(errors)
    row = spec.model()
    row.id = record.id
    _fill_row(spec, row, record)
    session.add(row)
    session.flush()
    for name in _record_fields(spec):
        link = LINK_FIELDS.get((spec.kind, name))
        if link is not None:
            link.store(session, row.id, tuple(getattr(record, name)))
    session.flush()
    return to_record(session, spec, row)


def restore_record(db: Database, deleted: DeletedRecord, *, user: str | None = None) -> Any:
    """Undo a delete: the record comes back with its old id, its children and its links."""
    with db.transaction() as session:
        restored = _insert_record(session, deleted.record)
        for child in deleted.children:
            _insert_record(session, child)
        for other_kind, other_id, field_name in deleted.cleared:
            other = session.get(spec_for(other_kind).model, other_id)
            if other is not None and getattr(other, field_name) is None:
                setattr(other, field_name, restored.id)
        if deleted.attachments:
            put_back_after_restore(session, deleted.attachments)
        for decision_id in deleted.mentions:
            if session.get(m.Decision, decision_id) is not None:
                session.add(
                    m.DecisionLink(
                        decision_id=decision_id,
                        target_kind=kind_of(restored),
                        target_id=restored.id,
                    )
                )
        session.flush()
        spec = spec_for(kind_of(restored))
        write_log(
            session,
            "restore",
            spec.kind,
            restored.id,
            record_label(session, spec, restored),
            _changes(None, restored),
            user=user,
        )
        return restored


# ---------------------------------------------------------------- labels


def record_label(session: Session, spec: KindSpec, record: Any) -> str:
    """How a record is named in lists, pickers and the change log."""
    parts = []
    for name in spec.label_fields:
        value = getattr(record, name)
        if value is None or value == "":
            continue
        f = spec.field(name)
        if f.type == "ref" and f.ref_kind:
            ref_spec = spec_for(f.ref_kind)
            ref_row = session.get(ref_spec.model, value)
            parts.append(
                record_label(session, ref_spec, to_record(session, ref_spec, ref_row))
                if ref_row
                else "?"
            )
        else:
            parts.append(str(value))
    return label_separator(spec.kind).join(parts)


# ---------------------------------------------------------------- change log


def write_log(
    session: Session,
    action: str,
    kind: str,
    record_id: int | None,
    summary: str | None,
    changes: dict[str, list[str | None]] | None,
    *,
    user: str | None = None,
) -> None:
    """Add a change log entry to the session's transaction.

    On a server the entry names the database user (``CURRENT_USER``, evaluated by
    the server itself): colleagues who share a computer login stay apart. A file
    names the login. The entry is also the transaction's witness (db.session): if
    the connection breaks during COMMIT, its presence says whether the change is
    stored. On a server, colleagues' windows hear of the change when it commits.
    """
    on_server = session.get_bind().dialect.name == "postgresql"
    entry = m.ChangeLogEntry(
        user=user or current_user(),
        action=action,
        target_kind=kind,
        target_id=record_id,
        summary=summary,
        changes=changes or {},
    )
    if on_server and not user:
        # An SQL expression: the INSERT asks the server, no extra round trip.
        entry.user = func.current_user()  # type: ignore[assignment]
    session.add(entry)
    session.info[WITNESS] = entry
    if on_server:
        from app.services.colleagues import announce

        announce(session, action, kind, record_id, sorted((changes or {}).keys()))


# ---------------------------------------------------------------- errors


def _not_found(spec: KindSpec, record_id: int) -> RecordNotFound:
    return RecordNotFound(spec.sentence("not_found"), spec.kind, record_id)


def _gone(spec: KindSpec, record_id: int) -> ConflictError:
    return ConflictError(spec.sentence("deleted_elsewhere"), spec.kind, record_id)


def _duplicate(spec: KindSpec) -> ValidationError:
    return ValidationError([FieldError("", spec.sentence("duplicate"))])


def search_condition(spec: KindSpec, text: str) -> ColumnElement[bool] | None:
    """A case-insensitive LIKE over the kind's text columns."""
    words = [w for w in text.split() if w]
    if not words:
        return None
    columns = [
        getattr(spec.model, f.name)
        for f in spec.fields
        if f.type in ("text", "longtext", "email", "country", "choice", "currency")
        and hasattr(spec.model, f.name)
    ]
    if not columns:
        # Nothing to search in (a term of office): no record matches a search.
        return false()
    conditions = []
    for word in words:
        pattern = f"%{word.lower()}%"
        conditions.append(or_(*[func.lower(cast(c, String)).like(pattern) for c in columns]))
    from sqlalchemy import and_

    return and_(*conditions)
