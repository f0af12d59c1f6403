"""The records linked to one twin town, as short lines the town page lists and opens.

Agreements with the town (or one of its organisations) as a party, trips and
activities with it, its organisations and their people, the decisions that
concern the town, its twinnings or those records, and the attachments of all
of them. Each line names its record (kind and id), so the window opens it;
an attachment opens the record it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app import vocabulary
from app.dates import known_date, written
from app.formatting import minute_item
from app.i18n import translate
from app.reports.cell_text import fill
from db import models as m
from db.session import Database

AGREEMENTS, WORK, PEOPLE, DECISIONS, FILES = "agreement", "work", "people", "decision", "file"
"""The groups of lines, in the page's order."""
HISTORY = "history"
"""The twinnings' dated history (:mod:`app.towns.standing` reads it with their status)."""

_CHUNK = 900


@dataclass(frozen=True)
class LinkedRecord:
    """One line of the town page: what it is, when, and the record it opens."""

    group: str
    kind: str  # the record kind it opens ("trip", "agreement" ...)
    record_id: int
    text: str
    when: str  # as precise as known ("1947", "våren 2014"); blank when unknown
    detail: str  # its status, role or kind, short
    sort_day: date | None = None


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for first in range(0, len(ids), _CHUNK):
        yield list(ids[first : first + _CHUNK])


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _latest_first(lines: list[LinkedRecord]) -> list[LinkedRecord]:
    """Newest first, undated last: what she did lately is what she looks for."""
    return sorted(
        lines, key=lambda r: (r.sort_day is None, -(r.sort_day or date.min).toordinal(), r.text)
    )


def linked_records(db: Database, town_id: int, twinning_ids: Sequence[int]) -> list[LinkedRecord]:
    """Every line of the town page's lists, group by group."""
    with db.reading() as session:
        organisations = _organisations(session, town_id)
        agreements = _agreements(session, town_id, [r.record_id for r in organisations])
        work = _work(session, town_id)
        people = _people(session, [r.record_id for r in organisations])
        targets: dict[str, list[int]] = {
            "town": [town_id],
            "twinning": list(twinning_ids),
            "agreement": [r.record_id for r in agreements],
            "organisation": [r.record_id for r in organisations],
            "trip": [r.record_id for r in work if r.kind == "trip"],
            "activity": [r.record_id for r in work if r.kind == "activity"],
        }
        decisions = _decisions(session, targets, twinning_ids)
        targets["decision"] = [r.record_id for r in decisions]
        files = _attachments(session, targets)
    return [
        *_latest_first(agreements),
        *_latest_first(work),
        *organisations,
        *people,
        *_latest_first(decisions),
        *files,
    ]


def _organisations(session: Session, town_id: int) -> list[LinkedRecord]:
    o = m.Organisation
    return [
        LinkedRecord(
            PEOPLE, "organisation", oid, name, written(when) if when else "", vocabulary.label(kind)
        )
        for oid, name, kind, founded, founded_edtf in session.execute(
            select(o.id, o.name, o.kind, o.founded, o.founded_edtf)
            .where(o.town_id == town_id)
            .order_by(o.name, o.id)
        )
        for when in [known_date(founded, founded_edtf)]
    ]


def _people(session: Session, organisation_ids: list[int]) -> list[LinkedRecord]:
    p, o = m.Person, m.Organisation
    found: list[LinkedRecord] = []
    for chunk in _chunks(organisation_ids):
        for pid, name, role, organisation in session.execute(
            select(p.id, p.name, p.role, o.name)
            .join(o, o.id == p.organisation_id)
            .where(p.organisation_id.in_(chunk))
            .order_by(p.name, p.id)
        ):
            detail = (
                fill(translate("TownPage", "%1, %2"), role, organisation) if role else organisation
            )
            found.append(LinkedRecord(PEOPLE, "person", pid, name, "", detail))
    return found


def _agreements(session: Session, town_id: int, organisation_ids: list[int]) -> list[LinkedRecord]:
    ag, party = m.Agreement, m.AgreementParty
    ids = select(party.agreement_id).where(
        or_(party.town_id == town_id, party.organisation_id.in_(organisation_ids or [-1]))
    )
    return [
        LinkedRecord(
            AGREEMENTS,
            "agreement",
            aid,
            title,
            written(signed) if signed else "",
            vocabulary.label(status),
            signed.earliest if signed else None,
        )
        for aid, title, status, day, edtf in session.execute(
            select(ag.id, ag.title, ag.status, ag.signed_date, ag.signed_date_edtf).where(
                ag.id.in_(ids)
            )
        )
        for signed in [known_date(day, edtf)]
    ]


def _work(session: Session, town_id: int) -> list[LinkedRecord]:
    """Trips and activities with the town, each with its days and its status or kind."""
    found: list[LinkedRecord] = []
    trips = select(m.trip_towns.c.trip_id).where(m.trip_towns.c.town_id == town_id)
    for tid, title, start, status in session.execute(
        select(m.Trip.id, m.Trip.title, m.Trip.start_date, m.Trip.status).where(
            m.Trip.id.in_(trips)
        )
    ):
        found.append(
            LinkedRecord(WORK, "trip", tid, title, _day(start), vocabulary.label(status), start)
        )
    activities = select(m.activity_towns.c.activity_id).where(m.activity_towns.c.town_id == town_id)
    for aid, title, start, kind in session.execute(
        select(m.Activity.id, m.Activity.title, m.Activity.start_date, m.Activity.kind).where(
            m.Activity.id.in_(activities)
        )
    ):
        found.append(
            LinkedRecord(WORK, "activity", aid, title, _day(start), vocabulary.label(kind), start)
        )
    return found


def _decisions(
    session: Session, targets: dict[str, list[int]], twinning_ids: Sequence[int]
) -> list[LinkedRecord]:
    d, link = m.Decision, m.DecisionLink
    concerning = [
        and_(link.target_kind == kind, link.target_id.in_(ids))
        for kind, ids in targets.items()
        if ids
    ]
    ids = set(session.scalars(select(link.decision_id).where(or_(*concerning))))
    if twinning_ids:
        ids.update(
            i
            for i in session.scalars(
                select(m.Twinning.end_decision_id).where(m.Twinning.id.in_(list(twinning_ids)))
            )
            if i is not None
        )
    trips = targets.get("trip") or []
    for chunk in _chunks(trips):
        for approval, report in session.execute(
            select(m.Trip.approval_decision_id, m.Trip.report_back_decision_id).where(
                m.Trip.id.in_(chunk)
            )
        ):
            ids.update(i for i in (approval, report) if i is not None)
    found: list[LinkedRecord] = []
    for chunk in _chunks(sorted(ids)):
        for did, title, day, edtf, section, registry, body in session.execute(
            select(
                d.id, d.title, d.decided_on, d.decided_on_edtf, d.section, d.registry_no, d.body
            ).where(d.id.in_(chunk))
        ):
            decided = known_date(day, edtf)
            marks = ", ".join(x for x in (registry or "", minute_item(section)) if x)
            found.append(
                LinkedRecord(
                    DECISIONS,
                    "decision",
                    did,
                    title,
                    written(decided) if decided else "",
                    marks or vocabulary.label(body),
                    decided.earliest if decided else None,
                )
            )
    return found


def _attachments(session: Session, targets: dict[str, list[int]]) -> list[LinkedRecord]:
    a = m.Attachment
    concerning = [
        and_(a.target_kind == kind, a.target_id.in_(ids)) for kind, ids in targets.items() if ids
    ]
    return [
        LinkedRecord(FILES, kind, target, filename, "", vocabulary.label(kind))
        for filename, kind, target in session.execute(
            select(a.filename, a.target_kind, a.target_id)
            .where(or_(*concerning))
            .order_by(a.filename)
        )
    ]
