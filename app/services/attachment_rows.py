"""The attachment rows of a record that is deleted, and put back when the delete is undone.

Apart from the attachments service because the record store needs it inside
its delete and restore transactions, and the service itself builds on the store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.records import RecordRef
from db import models as m

__all__ = ["put_back_after_restore", "take_for_delete"]

# Columns carried through a delete and an undo of the record the files belong to.
_ROW_FIELDS = (
    "id",
    "target_kind",
    "target_id",
    "filename",
    "stored_name",
    "size",
    "sha256",
    "description",
    "created_at",
    "content",  # on a server the file itself goes and comes back with its record
)


def take_for_delete(session: Session, ref: RecordRef) -> tuple[dict[str, Any], ...]:
    """Remove the attachment rows of a record being deleted, in the caller's transaction.

    Meant for the record delete (``DeletedRecord.attachments``): SQLite may give
    the next new record the deleted one's id, and it must not inherit its files.
    The files stay in the folder, so ``put_back_after_restore`` makes the undo whole.
    """
    rows = list(
        session.scalars(
            select(m.Attachment).where(
                m.Attachment.target_kind == ref.kind, m.Attachment.target_id == ref.id
            )
        )
    )
    taken = tuple({name: getattr(row, name) for name in _ROW_FIELDS} for row in rows)
    for row in rows:
        session.delete(row)
    session.flush()
    return taken


def put_back_after_restore(session: Session, taken: tuple[dict[str, Any], ...]) -> None:
    """Undo ``take_for_delete`` once the record is back (same transaction as the restore)."""
    for values in taken:
        if session.get(m.Attachment, values["id"]) is not None:
            # The id was given to another attachment meanwhile: this one takes a new id.
            values = {k: v for k, v in values.items() if k != "id"}
        session.add(m.Attachment(**values))
    session.flush()
