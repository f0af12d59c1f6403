"""Every place a person is named: links to the person, free text, the change log, attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.services.errors import ServiceError
from app.services.kinds import KINDS
from app.services.links import LINK_FIELDS
from app.services.record_labels import labels_in
from db import models as m
from db.session import Database

_FREE_TEXT = ("text", "longtext")


@dataclass(frozen=True)
class Mention:
    """One record that names the person, and in which field."""

    kind: str
    record_id: int
    label: str
    field: str
    field_label: str
    text: str = ""


def name_pattern(name: str) -> re.Pattern[str]:
    """The person's name as a whole word or words, in any case ("Anna Berg", "ANNA BERG")."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


class PersonNotFound(ServiceError):
    """No person, or more than one, answers to what was asked for."""


def find_person(db: Database, wanted: str) -> tuple[int, str]:
    """The person named by an id or a name (whole, any case); one clear sentence otherwise."""
    wanted = wanted.strip()
    with db.reading() as session:
        if wanted.isdigit():
            row = session.get(m.Person, int(wanted))
            if row is not None:
                return row.id, row.name
        rows = session.execute(
            select(m.Person.id, m.Person.name).where(func.lower(m.Person.name) == wanted.lower())
        ).all()
    if len(rows) == 1:
        return int(rows[0][0]), str(rows[0][1])
    if not rows:
        raise PersonNotFound(
            translate("People", "No person in the register is called or numbered %1.").replace(
                "%1", wanted
            )
        )
    numbers = ", ".join(str(r[0]) for r in rows)
    raise PersonNotFound(
        translate("People", "Several people are called %1 (numbers %2); give the number.")
        .replace("%1", wanted)
        .replace("%2", numbers)
    )


def linked(session: Session, person_id: int) -> list[Mention]:
    """Records that refer to the person through a field (a link, not a name in text)."""
    found: list[Mention] = []
    for spec in KINDS.values():
        for f in spec.fields:
            if not (f.is_reference and f.ref_kind == "person"):
                continue
            link = LINK_FIELDS.get((spec.kind, f.name))
            if link is not None:
                ids = sorted(link.owners_of(session, person_id)) if link.owners_of else []
            else:
                column = getattr(spec.model, f.name)
                ids = list(session.scalars(select(spec.model.id).where(column == person_id)))
            labels = labels_in(session, spec.kind, ids)
            found += [
                Mention(spec.kind, i, labels.get(i, str(i)), f.name, f.display_label()) for i in ids
            ]
    return found


def in_free_text(session: Session, name: str, person_id: int) -> list[Mention]:
    """Records whose free-text fields name the person (the person's own record left out)."""
    pattern = name_pattern(name)
    needle = f"%{name.split()[0].lower()}%" if name.split() else "%"
    found: list[Mention] = []
    for spec in KINDS.values():
        fields = [
            f
            for f in spec.fields
            if f.type in _FREE_TEXT and (spec.kind, f.name) not in LINK_FIELDS
        ]
        if not fields:
            continue
        columns = [getattr(spec.model, f.name) for f in fields]
        query = select(spec.model).where(or_(*(func.lower(c).like(needle) for c in columns)))
        for row in session.scalars(query):
            if spec.kind == "person" and row.id == person_id:
                continue
            for f in fields:
                value = getattr(row, f.name)
                if isinstance(value, str) and pattern.search(value):
                    label = labels_in(session, spec.kind, [row.id]).get(row.id, str(row.id))
                    found.append(
                        Mention(spec.kind, row.id, label, f.name, f.display_label(), value)
                    )
    return found


def change_log_rows(session: Session, name: str, person_id: int) -> list[m.ChangeLogEntry]:
    """Change-log entries about the person, or naming the person in their summary or changes."""
    pattern = name_pattern(name)
    needle = f"%{name.split()[0].lower()}%" if name.split() else "%"
    about = (m.ChangeLogEntry.target_kind == "person") & (m.ChangeLogEntry.target_id == person_id)
    naming = or_(
        func.lower(m.ChangeLogEntry.summary).like(needle),
        func.lower(cast(m.ChangeLogEntry.changes, String)).like(needle),
    )
    rows = session.scalars(
        select(m.ChangeLogEntry).where(or_(about, naming)).order_by(m.ChangeLogEntry.id)
    )
    return [
        row
        for row in rows
        if (row.target_kind == "person" and row.target_id == person_id)
        or pattern.search(row.summary or "")
        or pattern.search(_changes_text(row.changes))
    ]


def _changes_text(changes: Any) -> str:
    if not changes:
        return ""
    return " ".join(str(v) for pair in changes.values() for v in (pair or []) if v is not None)


def attachments_of(session: Session, person_id: int) -> list[m.Attachment]:
    """Files attached to the person's own record."""
    return list(
        session.scalars(
            select(m.Attachment).where(
                m.Attachment.target_kind == "person", m.Attachment.target_id == person_id
            )
        )
    )


def attachments_naming(session: Session, name: str) -> list[m.Attachment]:
    """Other attachments whose file name or description names the person."""
    pattern = name_pattern(name)
    return [
        row
        for row in session.scalars(select(m.Attachment))
        if pattern.search(row.filename or "") or pattern.search(row.description or "")
    ]
