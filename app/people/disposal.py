"""Disposal (gallring) of a person's data, by the person's rule date or by a decision.

What happens, in one transaction:
- links naming the person (traveller, signatory, participant, responsible
  person, contact of an organisation ...) are removed or emptied;
- on request, the person's name in other records' free text is replaced by a
  marker saying that personal data was disposed of;
- the change-log entries about the person keep their date, user and action, but
  their summary says which decision disposed of the data and their values go;
  the person's name is taken out of every other entry;
- files attached to the person's record are removed, and the name is taken out
  of other attachments' names, descriptions and stored file names;
- the person's record is deleted, and the disposal itself is logged, naming the
  decision and not the person.

:func:`plan_disposal` lists the same without changing anything (a dry run).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from app import paths
from app.i18n import translate
from app.people.mentions import (
    Mention,
    attachments_naming,
    attachments_of,
    change_log_rows,
    in_free_text,
    linked,
    name_pattern,
)
from app.services.attachments import safe_name
from app.services.change_entries import write_log
from app.services.errors import ServiceError
from app.services.kinds import KINDS
from db import models as m
from db.session import Database


class DisposalRefused(ServiceError):
    """The disposal cannot be done as asked; nothing was changed."""


@dataclass
class DisposalPlan:
    """What a disposal removes (or removed): for the dry run and the report after."""

    person_id: int
    name: str
    links: list[Mention] = field(default_factory=list)
    free_text: list[Mention] = field(default_factory=list)
    log_entries: int = 0
    files: list[str] = field(default_factory=list)
    attachments_renamed: int = 0
    grounds: str = ""


def marker() -> str:
    """What replaces a disposed name in free text and in the change log."""
    return translate("People", "[personal data disposed of]")


def _grounds(session: Any, person: m.Person, decision_id: int | None, today: date) -> str:
    if decision_id is not None:
        decision = session.get(m.Decision, decision_id)
        if decision is None:
            raise DisposalRefused(
                translate("People", "There is no decision number %1 in the register.").replace(
                    "%1", str(decision_id)
                )
            )
        reference = (
            " ".join(part for part in (decision.registry_no, decision.section) if part)
            or decision.title
        )
        return translate("People", "Personal data disposed of by decision %1.").replace(
            "%1", reference
        )
    if person.dispose_after is None or person.dispose_after > today:
        raise DisposalRefused(
            translate(
                "People",
                "The person's data may not be disposed of by rule before its date (%1); name "
                "a decision instead.",
            ).replace("%1", person.dispose_after.isoformat() if person.dispose_after else "–")
        )
    return translate("People", "Personal data disposed of by rule (to be kept until %1).").replace(
        "%1", person.dispose_after.isoformat()
    )


def _plan(session: Any, person: m.Person, free_text: bool) -> DisposalPlan:
    plan = DisposalPlan(person.id, person.name)
    plan.links = linked(session, person.id)
    if free_text:
        plan.free_text = in_free_text(session, person.name, person.id)
    plan.log_entries = len(change_log_rows(session, person.name, person.id))
    plan.files = [a.filename for a in attachments_of(session, person.id)]
    plan.attachments_renamed = len(
        [a for a in attachments_naming(session, person.name) if a.target_id != person.id]
    )
    return plan


def plan_disposal(db: Database, person_id: int, *, free_text: bool = False) -> DisposalPlan:
    """What :func:`dispose` would remove, without changing anything."""
    with db.reading() as session:
        person = session.get(m.Person, person_id)
        if person is None:
            raise DisposalRefused(translate("People", "The person is no longer in the register."))
        return _plan(session, person, free_text)


def dispose(
    db: Database,
    person_id: int,
    *,
    decision_id: int | None = None,
    free_text: bool = False,
    today: date | None = None,
) -> DisposalPlan:
    """Dispose of the person's data (see the module's description); returns what was removed.

    Without ``decision_id`` the person's own "dispose after" date must have come.
    """
    today = today or date.today()
    files: list[Path] = []
    renames: list[tuple[Path, Path]] = []
    with db.transaction() as session:
        person = session.get(m.Person, person_id)
        if person is None:
            raise DisposalRefused(translate("People", "The person is no longer in the register."))
        grounds = _grounds(session, person, decision_id, today)
        plan = _plan(session, person, free_text)
        plan.grounds = grounds
        pattern = name_pattern(person.name)
        hidden = marker()
        for table in m.PERSON_LINK_TABLES:
            session.execute(delete(table).where(table.c.person_id == person_id))
        for spec in KINDS.values():
            for f in spec.fields:
                if f.refers_to("person"):
                    column = getattr(spec.model, f.name)
                    for row in session.scalars(select(spec.model).where(column == person_id)):
                        setattr(row, f.name, None)
        for mention in plan.free_text:
            named = session.get(KINDS[mention.kind].model, mention.record_id)
            if named is not None:
                setattr(named, mention.field, pattern.sub(hidden, getattr(named, mention.field)))
        for entry in change_log_rows(session, person.name, person_id):
            if entry.target_kind == "person" and entry.target_id == person_id:
                entry.summary = grounds
                entry.changes = {}
            else:
                entry.summary = pattern.sub(hidden, entry.summary or "") or None
                entry.changes = {
                    key: [pattern.sub(hidden, v) if isinstance(v, str) else v for v in pair]
                    for key, pair in (entry.changes or {}).items()
                }
        folder = paths.attachments_dir(db.path) if db.path is not None else None
        for attachment in attachments_of(session, person_id):
            if folder is not None:
                files.append(folder / attachment.stored_name)
            session.delete(attachment)
        for attachment in attachments_naming(session, person.name):
            attachment.filename = pattern.sub(hidden, attachment.filename)
            if attachment.description:
                attachment.description = pattern.sub(hidden, attachment.description)
            # The stored file's own name ("12-Anna Berg inbjudan.pdf") names the person too.
            if folder is not None and pattern.search(attachment.stored_name):
                stored = safe_name(pattern.sub(hidden, attachment.stored_name))
                renames.append((folder / attachment.stored_name, folder / stored))
                attachment.stored_name = stored
        session.flush()
        session.delete(person)
        session.flush()
        write_log(session, "dispose", "person", person_id, grounds, {})
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for old, new in renames:
        with contextlib.suppress(OSError):
            os.replace(old, new)
    return plan
