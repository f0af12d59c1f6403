"""Writing the change log: who changed which record, and each field from what to what.

Reading the log back for the window is app.services.changelog's job.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from app.dates import ApproxDate
from app.login_name import current_user as current_user
from app.services.records import RecordRef
from db import models as m
from db.base import utcnow_aware
from db.session import WITNESS

# What a record's log entry leaves out: the id is the entry's own, the version bookkeeping.
_NOT_LOGGED = ("id", "version")


def changed_values(old: Any | None, new: Any) -> dict[str, list[str | None]]:
    """Each field that differs between two records of a kind, as [before, after] texts.

    ``old`` None is a record that was not there: every field with a value counts.
    """
    diff: dict[str, list[str | None]] = {}
    for f in dataclasses.fields(new):
        if f.name in _NOT_LOGGED:
            continue
        before = getattr(old, f.name) if old is not None else None
        after = getattr(new, f.name)
        if before != after:
            diff[f.name] = [logged_text(before), logged_text(after)]
    return diff


def logged_text(value: Any) -> str | None:
    """A field's value as the log keeps it: the stored form, which the program reads back."""
    if value is None:
        return None
    if isinstance(value, tuple):
        return ", ".join(logged_text(v) or "" for v in value)
    if isinstance(value, RecordRef):
        return f"{value.kind}:{value.id}"
    if isinstance(value, ApproxDate):
        return value.edtf()  # the log is read back by the program: keep the stored form
    if isinstance(value, date | Decimal):
        return str(value)
    return str(value)


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
    if on_server:
        session.info[WITNESS] = _write_on_server(
            session, action, kind, record_id, summary, changes or {}, user
        )
        return
    entry = m.ChangeLogEntry(
        user=user or current_user(),
        action=action,
        target_kind=kind,
        target_id=record_id,
        summary=summary,
        changes=changes or {},
    )
    session.add(entry)
    session.info[WITNESS] = entry


@dataclass(frozen=True)
class _Written:
    """A change log entry written on a server: its id is all the commit check needs."""

    id: int


def _write_on_server(
    session: Session,
    action: str,
    kind: str,
    record_id: int | None,
    summary: str | None,
    changes: dict[str, list[str | None]],
    user: str | None,
) -> _Written:
    """Write the entry and send the colleagues' notice in one statement (one round trip).

    The user is the server's ``CURRENT_USER`` unless the caller named one.
    """
    from app.services.colleagues import notice

    session.flush()  # what the entry records goes to the server before it
    table = cast(Table, m.ChangeLogEntry.__table__)
    entry = (
        insert(table)
        .values(
            at=utcnow_aware(),
            user=user or func.current_user(),
            action=action,
            target_kind=kind,
            target_id=record_id,
            summary=summary,
            changes=changes,
        )
        .returning(table.c.id)
        .cte("entry")
    )
    sent = notice(session, action, kind, record_id, sorted(changes))
    return _Written(int(session.execute(select(entry.c.id, sent)).scalar_one()))
