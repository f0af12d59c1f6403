"""The change log as a view reads it: newest first, narrowed by kind, record, user or text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services.kinds import KINDS
from app.services.listing import fold
from app.services.records import ChangeLogEntry
from db import models as m
from db.session import Database

# Enough for any view; the benchmark's Europe-sized register has far more entries,
# and nobody reads beyond the newest few thousand in a list.
DEFAULT_LIMIT = 5000


# What the log records besides the record kinds, named as the coordinator knows them.
_OTHER_KINDS = {
    "settings": QT_TRANSLATE_NOOP("ChangeLog", "Settings"),
    "mapping_report": QT_TRANSLATE_NOOP("ChangeLog", "Mapping report"),
    "attachment": QT_TRANSLATE_NOOP("ChangeLog", "Attachment"),
    "reminder": QT_TRANSLATE_NOOP("ChangeLog", "Reminder"),
}


def kind_name(kind: str) -> str:
    """The name of a logged kind in the current language ("Vänort", "Kartläggning")."""
    spec = KINDS.get(kind)
    if spec is not None:
        return spec.display_singular()
    if kind in _OTHER_KINDS:
        return translate("ChangeLog", _OTHER_KINDS[kind])
    return kind


def logged_kinds() -> list[str]:
    """The kinds the log records besides the record kinds (for the view's kind filter)."""
    return list(_OTHER_KINDS)


@dataclass(frozen=True)
class ChangeLogQuery:
    """Which entries to read. Empty values mean "any"."""

    kind: str | None = None
    record_id: int | None = None
    user: str | None = None
    # Folded substring over the summary, the user and the changed fields' values:
    # "malmo" finds an entry about Malmö.
    text: str = ""
    limit: int | None = DEFAULT_LIMIT


def read_change_log(db: Database, query: ChangeLogQuery | None = None) -> list[ChangeLogEntry]:
    """Entries of ``db``'s change log matching ``query`` (all by default), newest first."""
    with db.reading() as session:
        return change_log_in(session, query)


def change_log_in(session: Session, query: ChangeLogQuery | None = None) -> list[ChangeLogEntry]:
    """:func:`read_change_log` read in an open ``session``, for a caller reading much else in it."""
    query = query or ChangeLogQuery()
    table = m.ChangeLogEntry
    statement = select(table).order_by(table.at.desc(), table.id.desc())
    if query.kind:
        statement = statement.where(table.target_kind == query.kind)
    if query.record_id is not None:
        statement = statement.where(table.target_id == query.record_id)
    if query.user:
        statement = statement.where(table.user == query.user)
    needle = fold(query.text.strip())
    # Without a text filter SQL can stop at the limit; with one, Python must fold
    # each entry first, so the limit is applied after matching.
    if not needle and query.limit is not None:
        statement = statement.limit(query.limit)
    found: list[ChangeLogEntry] = []
    for row in session.scalars(statement):
        entry = _entry(row)
        if needle and needle not in _search_text(entry):
            continue
        found.append(entry)
        if query.limit is not None and len(found) >= query.limit:
            break
    return found


def change_log_users(db: Database) -> list[str]:
    """Everyone who has changed something in the open register, in alphabetical order."""
    table = m.ChangeLogEntry
    with db.reading() as session:
        names = session.scalars(select(table.user).distinct())
        return sorted((n for n in names if n), key=str.casefold)


def change_log_count(db: Database) -> int:
    """How many entries the change log holds."""
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(m.ChangeLogEntry)) or 0


def _entry(row: m.ChangeLogEntry) -> ChangeLogEntry:
    changes: dict[str, list[str | None]] = {}
    for name, value in (row.changes or {}).items():
        changes[str(name)] = _pair(value)
    return ChangeLogEntry(
        id=row.id,
        at=row.at,
        user=row.user,
        action=row.action,
        target_kind=row.target_kind,
        target_id=row.target_id,
        summary=row.summary,
        changes=changes,
    )


def _pair(value: Any) -> list[str | None]:
    # Entries are written as [old, new]; anything else (an import's note) is kept as the new value.
    if isinstance(value, list | tuple) and len(value) == 2:
        return [None if v is None else str(v) for v in value]
    return [None, None if value is None else str(value)]


def _search_text(entry: ChangeLogEntry) -> str:
    parts = [entry.summary or "", entry.user]
    for old, new in entry.changes.values():
        parts.append(old or "")
        parts.append(new or "")
    return fold(" ".join(parts))
