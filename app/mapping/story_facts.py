"""The facts the drafted prose needs beyond the tables: history steps, associations, levels.

Each function reads on from a :class:`~app.mapping.gather.RegisterReader` (the
included twinnings and networks, the period) and returns plain facts that go
into :class:`~app.mapping.data.MappingData`, so a final report's snapshot
keeps them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select

from app.derived.status import TwinningStatus
from app.mapping.content import MappingContent
from app.mapping.data import AssociationFacts, EvaluationFacts, HistoryEvent, LevelStatus
from app.mapping.reader import RegisterReader
from app.rules import Rules
from db import models as m
from db.home_towns import twinning_with_town_in
from db.in_lists import in_chunks
from db.session import Database

# Kinds of evidence that are the municipality's own contact; a chain meeting is
# the associations' (DESIGN 3: "a chain meeting ... is civil contact").
_MUNICIPAL_KINDS = frozenset({"trip", "decision"})


def register_history(db: Database, content: MappingContent, today: date) -> list[HistoryEvent]:
    """The history steps of ``content``'s scope, read on their own (for a new draft)."""
    with db.reading() as session:
        reader = RegisterReader(session, content, today)
        reader.read()
        return history_events(reader)


def home_name(db: Database) -> str:
    """The home town's name ("Vänersborg"), several joined with commas."""
    with db.reading() as session:
        names = session.scalars(select(m.Town.name).where(m.Town.is_home.is_(True)))
        return ", ".join(sorted(names))


def history_events(reader: RegisterReader) -> list[HistoryEvent]:
    """Who joined and left the included networks and twinnings, and when, oldest first."""
    session = reader.session
    events: list[HistoryEvent] = []
    twinned_partners: dict[int, int] = {}
    for twin in reader.twinnings.values():
        twinned_partners[twin.partner] = twin.id
    networks = m.Network
    for network_id in reader.network_ids:
        row = session.execute(
            select(networks.name, networks.founded_year).where(networks.id == network_id)
        ).one_or_none()
        if row is None:
            continue
        name, founded = row
        if founded is not None:
            events.append(HistoryEvent(founded, "founded", "", network=name))
        member = m.NetworkMember
        for town_id, joined, left in session.execute(
            select(member.town_id, member.joined_year, member.left_year)
            .where(member.network_id == network_id)
            .order_by(member.joined_year, member.id)
        ):
            town, code, area = _town(reader, town_id)
            if town_id in reader.homes:
                code, area = None, ""  # "Vänersborg", not "Vänersborg i Sverige"
            if joined is not None:
                events.append(HistoryEvent(joined, "joined", town, None, name, code, area))
            if left is not None:
                reason = _end_reason(reader, twinned_partners.get(town_id), town_id)
                events.append(HistoryEvent(left, "left", town, None, name, code, area, reason))
    in_network = {e.town for e in events if e.kind == "joined"}
    for twin in reader.twinnings.values():
        town, code, area = _town(reader, twin.partner)
        start_year = twin.start.year if twin.start else None
        rough = twin.contact_written if not start_year else None
        if twin.contact_year is not None and twin.contact_year != start_year and not rough:
            events.append(
                HistoryEvent(
                    twin.contact_year, "first_contact", town, None, None, code, area,
                    twinning_kind=twin.kind,
                )
            )  # fmt: skip
        first = start_year or twin.contact_year
        if first is not None and town not in in_network:
            day = (
                twin.start if twin.start and (twin.start.month, twin.start.day) != (1, 1) else None
            )
            events.append(
                HistoryEvent(
                    first, "twinned", town, day, None, code, area,
                    twinning_kind=twin.kind, written=rough,
                )
            )  # fmt: skip
        if twin.end is not None and town not in in_network:
            reason = _end_reason(reader, twin.id, twin.partner)
            events.append(
                HistoryEvent(twin.end.year, "ended", town, None, None, code, area, reason)
            )
    events += _ended_outside(reader, in_network)
    # A step dated after the report's day had not been taken on it.
    events = [e for e in events if not reader.after_today(e.day, e.year)]
    order = {"founded": 0, "first_contact": 1, "twinned": 2, "joined": 2, "left": 3, "ended": 3}
    events.sort(key=lambda e: (e.year, order.get(e.kind, 9)))
    return events


def _ended_outside(reader: RegisterReader, in_network: set[str]) -> list[HistoryEvent]:
    """Ended twinnings she left out of the mapping: the history still tells how they began and ended."""
    t = m.Twinning
    events: list[HistoryEvent] = []
    homes = reader.homes
    if not homes:
        return events
    for tid, a, b, kind, contact, start, end, reason in reader.session.execute(
        select(t.id, t.town_a_id, t.town_b_id, t.kind, t.contact_year, t.start_date, t.end_date,
               t.end_reason)
        .where(t.end_date.is_not(None), twinning_with_town_in(homes))
        .order_by(t.id)
    ):  # fmt: skip
        if tid in reader.twinnings or end is None:
            continue
        partner = b if a in reader.homes else a
        town, code, area = _town(reader, partner)
        if town in in_network:
            continue  # the network's history tells when it joined and left
        first = start.year if start else contact
        if first is not None:
            day = start if start and (start.month, start.day) != (1, 1) else None
            events.append(
                HistoryEvent(first, "twinned", town, day, None, code, area, twinning_kind=kind)
            )
        text = reason.strip() if reason and reason.strip() else None
        events.append(HistoryEvent(end.year, "ended", town, None, None, code, area, text))
    return events


def _town(reader: RegisterReader, town_id: int) -> tuple[str, str | None, str]:
    row = reader.town_rows.get(town_id)
    if row is None:
        found = reader.session.execute(
            select(
                m.Town.name, m.Town.country, m.Town.region, m.Town.latitude, m.Town.longitude
            ).where(m.Town.id == town_id)
        ).one_or_none()
        if found is None:
            return "", None, ""
        reader.town_rows[town_id] = tuple(found)  # type: ignore[assignment]
    name, country, region, _lat, _lon = reader.town_rows[town_id]
    if region and region.strip():
        return name, None, region.strip()
    return name, country, reader.area_of(town_id)


def _end_reason(reader: RegisterReader, twinning_id: int | None, town_id: int) -> str | None:
    """Why a town left: the twinning's end reason, as the coordinator wrote it."""
    query = select(m.Twinning.end_reason)
    if twinning_id is not None:
        query = query.where(m.Twinning.id == twinning_id)
    else:
        query = query.where(
            twinning_with_town_in((town_id,)),
            m.Twinning.end_reason.is_not(None),
        )
    reason = reader.session.scalars(query).first()
    return reason.strip() if reason and reason.strip() else None


def associations(reader: RegisterReader) -> list[AssociationFacts]:
    """The associations that carry the twinnings: the home town's local branches and their parents.

    The national association comes first, as in the survey (Föreningen Norden,
    then Föreningen Norden Vänersborg).
    """
    session = reader.session
    org = m.Organisation
    if not reader.homes:
        return []
    branches = list(
        session.execute(
            select(org.id, org.name, org.founded, org.notes, org.parent_id, org.town_id)
            .where(org.kind == "local_branch", org.town_id.in_(sorted(reader.homes)))
            .order_by(org.id)
        )
    )
    found: list[AssociationFacts] = []
    parents_done: set[int] = set()
    for _bid, _name, _founded, _notes, parent_id, _town in branches:
        if parent_id is None or parent_id in parents_done:
            continue
        parents_done.add(parent_id)
        row = session.execute(
            select(org.id, org.name, org.founded, org.notes).where(org.id == parent_id)
        ).one_or_none()
        if row is None:
            continue
        pid, pname, pfounded, pnotes = row
        in_register = session.scalar(
            select(func.count()).select_from(org).where(org.parent_id == pid)
        )
        found.append(
            AssociationFacts(
                id=pid,
                name=pname,
                national=True,
                founded=pfounded,
                description=_text(pnotes),
                member_counts=_counts(reader, pid),
                branches_in_register=int(in_register or 0),
            )
        )
    parent_names = {a.id: a.name for a in found}
    for bid, name, founded, notes, parent_id, town_id in branches:
        found.append(
            AssociationFacts(
                id=bid,
                name=name,
                national=False,
                founded=founded,
                town=reader.name_of(town_id) if town_id is not None else None,
                description=_text(notes),
                member_counts=_counts(reader, bid),
                parent=parent_names.get(parent_id) if parent_id is not None else None,
            )
        )
    return found


def _counts(reader: RegisterReader, organisation_id: int) -> tuple[tuple[int, int | None], ...]:
    count = m.MemberCount
    return tuple(
        (year, value)
        for year, value in reader.session.execute(
            select(count.year, count.count)
            # The figures of later years than the report's were not known on its day.
            .where(count.organisation_id == organisation_id, count.year <= reader.today.year)
            .order_by(count.year)
        )
    )


def _text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def evaluations(reader: RegisterReader) -> list[EvaluationFacts]:
    """The latest term evaluation of each included twinning that recommends something."""
    ev, term = m.Evaluation, m.TermOfOffice
    latest: dict[int, EvaluationFacts] = {}
    for chunk in in_chunks(reader.twinning_ids):
        for twinning_id, first, last, recommendation, benefit, notes in reader.session.execute(
            select(
                ev.twinning_id, term.start_year, term.end_year, ev.recommendation, ev.benefit,
                ev.notes,
            )
            .join(term, term.id == ev.term_id)
            .where(ev.twinning_id.in_(chunk), ev.recommendation.is_not(None))
            .order_by(term.start_year)
        ):  # fmt: skip
            twin = reader.twinnings.get(twinning_id)
            if twin is None or not recommendation:
                continue
            latest[twinning_id] = EvaluationFacts(
                town=reader.name_of(twin.partner),
                term=f"{first}–{last}",
                recommendation=recommendation,
                benefit=_text(benefit),
                notes=_text(notes),
            )
    return [latest[t] for t in reader.twinning_ids if t in latest]


def author_role(reader: RegisterReader, author: str) -> str | None:
    """The title of the person the report's author is in the register, if she is there."""
    if not author.strip():
        return None
    role = reader.session.scalars(
        select(m.Person.role).where(m.Person.name == author.strip(), m.Person.role.is_not(None))
    ).first()
    return role.strip() if role and role.strip() else None


def level_statuses(
    reader: RegisterReader,
    found: Mapping[int, TwinningStatus],
    rules: Rules,
) -> list[LevelStatus]:
    """Each included twinning's status at the municipal and the civil level.

    The levels are :mod:`app.derived.status`'s own: trips, decisions and what the
    municipality took part in are its contact, chain meetings and the
    associations' activities civil contact. The coordinator's judgement is a
    judgement of the municipality's own twinning, so it stands at the municipal
    level and is marked as hers.
    """
    del rules  # the thresholds were applied when ``found`` was computed
    levels: list[LevelStatus] = []
    for twinning_id in reader.twinning_ids:
        status, twin = found.get(twinning_id), reader.twinnings.get(twinning_id)
        if status is None or twin is None:
            continue
        levels.append(
            LevelStatus(
                twinning_id=twinning_id,
                town=reader.name_of(twin.partner),
                municipal=status.effective,
                civil=status.civil,
                municipal_contacts=status.contacts,
                civil_contacts=status.civil_contacts,
                judged=status.overridden,
                reason=status.override_reason if status.overridden else None,
                computed=status.derived if status.overridden else None,
            )
        )
    return levels
