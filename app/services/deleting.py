"""Deleting a record and putting it back: the undo of the same session of work.

A delete keeps what the database takes with the record (the children that
need it, the references it empties, the decisions that concerned it and its
attachment rows) so that restoring brings all of it back under the old ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, overload

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.i18n import translate
from app.services.attachment_rows import put_back_after_restore, take_for_delete
from app.services.change_entries import changed_values, write_log
from app.services.conversion import fill_row, row_id, store_links, to_record
from app.services.errors import FieldError, ValidationError
from app.services.kinds import KINDS, R, spec_for, spec_of
from app.services.merging import conflict
from app.services.record_labels import record_label
from app.services.records import RecordRef
from app.services.refusals import deleted_elsewhere, duplicate
from app.services.validation import check_references
from db import models as m
from db.session import Database


@dataclass(frozen=True)
class DeletedRecord(Generic[R]):
    """Everything needed to undo a delete in the same session of work.

    ``children`` were deleted with the record (a network's meetings); ``cleared``
    are references that the database set to empty (a trip's approval decision);
    ``mentions`` are the decisions that concerned the record.
    """

    record: R
    children: tuple[Any, ...] = ()  # records of other kinds
    cleared: tuple[tuple[str, int, str], ...] = ()
    mentions: tuple[int, ...] = ()
    # Attachment rows taken off the record; their files stay in the folder.
    attachments: tuple[dict[str, Any], ...] = ()


def _dependants(
    session: Session, kind: str, record_id: int
) -> tuple[list[Any], list[tuple[str, int, str]]]:
    children: list[Any] = []
    cleared: list[tuple[str, int, str]] = []
    for other in KINDS.values():
        for f in other.fields:
            if not f.refers_to(kind):
                continue
            column = getattr(other.model, f.name)
            rows = list(session.scalars(select(other.model).where(column == record_id)))
            if f.required:
                children.extend(to_record(session, other, row) for row in rows)
            else:
                cleared.extend((other.kind, row.id, f.name) for row in rows)
    return children, cleared


@overload
def delete_record(
    db: Database, kind: type[R], record_id: int, version: int, *, user: str | None = None
) -> DeletedRecord[R]: ...
@overload
def delete_record(
    db: Database, kind: str, record_id: int, version: int, *, user: str | None = None
) -> DeletedRecord[Any]: ...


def delete_record(
    db: Database, kind: type[Any] | str, record_id: int, version: int, *, user: str | None = None
) -> DeletedRecord[Any]:
    """Delete a record; refused with a clear message while other records depend on it.

    ``kind`` is the record type, or its name where only the name is known (a list).
    """
    spec = spec_for(kind)
    with db.transaction() as session:
        row = session.get(spec.model, record_id)
        if row is None:
            raise deleted_elsewhere(spec, record_id)
        if row.version != version:
            raise conflict(session, spec, record_id, ())
        record = to_record(session, spec, row)
        label = record_label(session, spec, record)
        children, cleared = _dependants(session, spec.kind, record_id)
        mention = (m.DecisionLink.target_kind == spec.kind) & (
            m.DecisionLink.target_id == record_id
        )
        mentions = tuple(session.scalars(select(m.DecisionLink.decision_id).where(mention)))
        session.execute(delete(m.DecisionLink).where(mention))
        attachments = take_for_delete(session, RecordRef(spec.kind, record_id))
        session.delete(row)
        try:
            session.flush()
        except IntegrityError as error:
            text = translate("Validation", "%1 cannot be deleted while other records refer to it.")
            raise ValidationError([FieldError("", text.replace("%1", label))]) from error
        # What a delete takes away: every value, from what it was to nothing.
        removed = {name: [texts[1], None] for name, texts in changed_values(None, record).items()}
        write_log(session, "delete", spec.kind, record_id, label, removed, user=user)
        return DeletedRecord(record, tuple(children), tuple(cleared), mentions, attachments)


def _insert_record(session: Session, record: R) -> R:
    spec = spec_of(record)
    if session.get(spec.model, record.id) is not None:
        raise duplicate(spec)
    errors = check_references(session, spec, record)
    if errors:
        raise ValidationError(errors)
    row = spec.model()
    row.id = row_id(record)
    fill_row(spec, row, record)
    session.add(row)
    session.flush()
    store_links(session, spec, row.id, record)
    session.flush()
    return to_record(session, spec, row)


def restore_record(db: Database, deleted: DeletedRecord[R], *, user: str | None = None) -> R:
    """Undo a delete: the record comes back with its old id, its children and its links."""
    with db.transaction() as session:
        restored = _insert_record(session, deleted.record)
        spec = spec_of(restored)
        restored_id = row_id(restored)
        for child in deleted.children:
            _insert_record(session, child)
        for other_kind, other_id, field_name in deleted.cleared:
            other = session.get(spec_for(other_kind).model, other_id)
            if other is not None and getattr(other, field_name) is None:
                setattr(other, field_name, restored_id)
        if deleted.attachments:
            put_back_after_restore(session, deleted.attachments)
        for decision_id in deleted.mentions:
            if session.get(m.Decision, decision_id) is not None:
                session.add(
                    m.DecisionLink(
                        decision_id=decision_id, target_kind=spec.kind, target_id=restored_id
                    )
                )
        session.flush()
        write_log(
            session,
            "restore",
            spec.kind,
            restored_id,
            record_label(session, spec, restored),
            changed_values(None, restored),
            user=user,
        )
        return restored
