"""What the coordinator does with a to-do item: mark it done, snooze it, or bring it back.

Each call is one transaction that writes the item's Reminder row (one per
key) and a change log entry, so the list looks the same on every computer
sharing the register.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_date
from app.i18n import translate
from app.services.errors import FieldError, ValidationError
from app.services.store import write_log
from db import models as m
from db.session import Database

_KEY_LENGTH = 200  # Reminder.key


def mark_done(
    db: Database, key: str, done_on: date, note: str | None = None, *, user: str | None = None
) -> None:
    """Mark the item ``key`` done on ``done_on``; it leaves the list for good (until reopened)."""
    _check_key(key)
    with db.transaction() as session:
        row, old = _row(session, key)
        row.done_on = done_on
        row.snoozed_until = None
        if note is not None:
            row.reason = note.strip() or None
        session.flush()
        summary = translate("Todo", "%1 done on %2").replace("%1", key)
        summary = summary.replace("%2", format_date(done_on))
        write_log(session, "create" if old is None else "update", "reminder", row.id, summary,
                  _changes(old, row), user=user)  # fmt: skip


def snooze(
    db: Database,
    key: str,
    until: date,
    reason: str | None = None,
    *,
    today: date | None = None,
    user: str | None = None,
) -> None:
    """Hide the item ``key`` until ``until`` (it is listed again on that day), with a reason.

    Raises ValidationError when ``until`` is not after ``today`` (default: the current date).
    """
    _check_key(key)
    if until <= (today or date.today()):
        raise ValidationError(
            [
                FieldError(
                    "snoozed_until",
                    translate("Todo", "Choose a day after today to snooze the item until."),
                )
            ]
        )
    with db.transaction() as session:
        row, old = _row(session, key)
        row.snoozed_until = until
        row.done_on = None
        row.reason = (reason or "").strip() or None
        session.flush()
        summary = translate("Todo", "%1 snoozed until %2").replace("%1", key)
        summary = summary.replace("%2", format_date(until))
        write_log(session, "create" if old is None else "update", "reminder", row.id, summary,
                  _changes(old, row), user=user)  # fmt: skip


def reopen(db: Database, key: str, *, user: str | None = None) -> None:
    """Undo done or snoozed: the item is listed again whenever its rule says so."""
    _check_key(key)
    with db.transaction() as session:
        row = session.scalars(select(m.Reminder).where(m.Reminder.key == key)).first()
        if row is None:
            return
        old = _state(row)
        row.done_on = None
        row.snoozed_until = None
        session.flush()
        summary = translate("Todo", "%1 listed again").replace("%1", key)
        write_log(session, "update", "reminder", row.id, summary, _changes(old, row), user=user)


def _check_key(key: str) -> None:
    if not key or len(key) > _KEY_LENGTH:
        raise ValueError(f"not a to-do key: {key!r}")


def _row(session: Session, key: str) -> tuple[m.Reminder, dict[str, str | None] | None]:
    row = session.scalars(select(m.Reminder).where(m.Reminder.key == key)).first()
    if row is None:
        row = m.Reminder(key=key)
        session.add(row)
        return row, None
    return row, _state(row)


def _state(row: m.Reminder) -> dict[str, str | None]:
    return {
        "done_on": _text(row.done_on),
        "snoozed_until": _text(row.snoozed_until),
        "reason": row.reason,
    }


def _text(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _changes(old: dict[str, str | None] | None, row: m.Reminder) -> dict[str, list[str | None]]:
    new = _state(row)
    before = old or {}
    return {
        name: [before.get(name), value] for name, value in new.items() if before.get(name) != value
    }
