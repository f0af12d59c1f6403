"""Reading what the register holds for twinnings in a period: the evidence their status rests on.

An activity or trip *names the twinning* when its towns include both towns, or
when they include the partner and no home town at all: a municipality's own
register names only Herning for an exchange with Herning, the home side being
implied. An activity listing another home town belongs to that town's
twinnings, not to this one. The *home side* is the town marked as a home town
(``Town.is_home``); when both or neither are, no side is implied.

Evidence, everything found for the twinning in the period, with the levels it
is contact at (app.derived.status_rule):

1. ``activity``: activities naming the twinning whose dates (start, or start to
   end) touch the period; municipal when the municipality took part (its flag,
   or one of its own organisations among the participants), civil when an
   association, school, club or company took part or nobody of the
   municipality did. Activities without a start date are in no period.
2. ``trip``: the municipality's trips, except cancelled ones, naming the
   twinning (their destinations) whose dates touch the period: municipal.
3. ``meeting``: meetings (and seminars) of a chain both towns were members of in
   the meeting's year (joined in or before it, or no join year; not left in or
   before it), dated in the period (a meeting with only a year: that year is one
   of the period's): civil, the chains being the towns' associations'.
4. ``agreement``: agreements other than drafts with both towns among their
   parties: signed in the period (municipal contact), or merely in force during
   it (shown, not contact: paper alone is not contact); an action of such an
   agreement's plan done in the period is municipal contact.
5. ``decision``: decisions concerning the twinning taken in the period: municipal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Column, Select, Table, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app import vocabulary
from app.derived.status_agreements import AgreementFound, agreement_evidence, agreements_in
from app.derived.status_rule import (
    CIVIL,
    MUNICIPAL,
    MUNICIPAL_ORGANISATION_KINDS,
    Evidence,
    Period,
    latest_day,
)
from app.i18n import translate
from db import models as m
from db.agreement_parties import binds_both
from db.home_towns import home_town_ids
from db.in_lists import IN_LIMIT, in_chunks, rows_among

_KIND_ORDER = {"agreement": 0, "decision": 1, "meeting": 2, "trip": 3, "activity": 4}
_ALL_TIME: Period = (date(1, 1, 1), date(9999, 12, 31))
_MUNICIPAL_ONLY = frozenset({MUNICIPAL})
_CIVIL_ONLY = frozenset({CIVIL})


@dataclass(frozen=True)
class TwinningFacts:
    """A twinning as the status rule needs it, with its evidence in the period."""

    id: int
    a: int
    b: int
    status: str
    start_date: date | None
    contact_year: int | None
    end_date: date | None
    override: str | None
    reason: str | None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class _Dated:
    """An activity or trip in the period with the towns it names and the levels it counts at."""

    id: int
    label: str
    day: date
    towns: frozenset[int]
    levels: frozenset[str]


@dataclass(frozen=True)
class _Meeting:
    id: int
    network_id: int
    year: int
    day: date | None
    label: str


def twinnings_with_evidence(
    session: Session,
    period: Period,
    twinning_ids: Sequence[int] | None,
    homes: set[int] | None = None,
    facts: list[TwinningFacts] | None = None,
) -> list[TwinningFacts]:
    """The twinnings (all when ``twinning_ids`` is None) with their evidence in ``period``.

    ``homes`` (the home town ids) and ``facts`` (:func:`twinning_facts` of
    ``twinning_ids``) are passed when the caller has read them already.
    """
    twinnings = facts if facts is not None else _twinnings(session, twinning_ids)
    if not twinnings:
        return []
    towns: set[int] | None = None
    if twinning_ids is not None:
        towns = {t.a for t in twinnings} | {t.b for t in twinnings}
        # Above IN_LIMIT ids, reading everything in the period and filtering here is
        # cheaper than long IN lists (and stays under SQLite's bound-parameter limit).
        if len(towns) > IN_LIMIT:
            towns = None
    ids_filter = (
        [t.id for t in twinnings]
        if twinning_ids is not None and len(twinnings) <= IN_LIMIT
        else None
    )
    if homes is None:
        homes = home_town_ids(session)
    activities = _by_town(_activities(session, period, towns))
    trips = _by_town(_trips(session, period, towns))
    meetings, membership = _meetings(session, period, towns)
    agreements = _by_town(agreements_in(session, period, towns))
    decisions = _decisions(session, period, ids_filter)

    result = []
    for twinning in twinnings:
        evidence: list[Evidence] = []
        for kind, index in (("activity", activities), ("trip", trips)):
            for item in _candidates(index, twinning, homes):
                if _names_pair(item.towns, twinning.a, twinning.b, homes):
                    evidence.append(
                        Evidence(kind, item.id, item.day, item.label, True, item.levels)
                    )
        for meeting in _shared_meetings(meetings, membership, twinning):
            when = meeting.day or meeting.year
            evidence.append(Evidence("meeting", meeting.id, when, meeting.label, True, _CIVIL_ONLY))
        for agreement in _candidates(agreements, twinning, homes):
            if binds_both(agreement.towns, twinning.a, twinning.b):
                evidence.extend(agreement_evidence(agreement))
        evidence.extend(decisions.get(twinning.id, ()))
        evidence.sort(key=_evidence_order)
        result.append(_with(twinning, tuple(evidence)))
    return result


def last_signs_of_life(session: Session, twinning_ids: Sequence[int]) -> dict[int, date | None]:
    """The latest day anything about each twinning is recorded: its start, contact or paper.

    Used for a twinning marked ended without an end date; None when nothing at
    all is recorded.
    """
    found: dict[int, date | None] = {}
    for twinning in twinnings_with_evidence(session, _ALL_TIME, twinning_ids):
        days = [latest_day(e.date_or_year) for e in twinning.evidence]
        days += [twinning.start_date, latest_day(twinning.contact_year)]
        known = [day for day in days if day is not None]
        found[twinning.id] = max(known) if known else None
    return found


def _with(twinning: TwinningFacts, evidence: tuple[Evidence, ...]) -> TwinningFacts:
    return TwinningFacts(
        twinning.id,
        twinning.a,
        twinning.b,
        twinning.status,
        twinning.start_date,
        twinning.contact_year,
        twinning.end_date,
        twinning.override,
        twinning.reason,
        evidence,
    )


def twinning_facts(session: Session, ids: Sequence[int] | None) -> list[TwinningFacts]:
    """The twinnings of ``ids`` (all when None) as the status rule needs them, no evidence yet."""
    return _twinnings(session, ids)


def _twinnings(session: Session, ids: Sequence[int] | None) -> list[TwinningFacts]:
    t = m.Twinning
    query = select(
        t.id,
        t.town_a_id,
        t.town_b_id,
        t.status,
        t.start_date,
        t.contact_year,
        t.end_date,
        t.status_override,
        t.status_override_reason,
    ).order_by(t.id)
    rows = rows_among(session, query, t.id, ids)
    return [TwinningFacts(*row) for row in rows]


def _within(record: type[m.Activity] | type[m.Trip], start: date, end: date) -> list[Any]:
    """An activity or trip that has begun by ``end`` and not ended before ``start``."""
    return [
        record.start_date.is_not(None),
        record.start_date <= end,
        func.coalesce(record.end_date, record.start_date) >= start,
    ]


def _linked_to(links: Table, owner: Column[int], towns: set[int]) -> Select[tuple[int]]:
    """The ids in ``owner`` of the records ``links`` ties to any of ``towns``."""
    chosen = links.alias("chosen")
    return select(chosen.c[owner.name]).where(chosen.c.town_id.in_(sorted(towns)))


def _activities(session: Session, period: Period, towns: set[int] | None) -> list[_Dated]:
    start, end = period
    act, links = m.Activity, m.activity_towns
    query = (
        select(act.id, act.title, act.start_date, links.c.town_id, act.municipality_took_part)
        .join(links, links.c.activity_id == act.id)
        .where(*_within(act, start, end))
    )
    if towns is not None:
        query = query.where(act.id.in_(_linked_to(links, links.c.activity_id, towns)))
    rows = list(session.execute(query))
    took_part = {row[0]: bool(row[4]) for row in rows}
    kinds = _participant_kinds(session, sorted(took_part))
    levels = {
        activity_id: _activity_levels(own, kinds.get(activity_id, set()))
        for activity_id, own in took_part.items()
    }
    return _group_towns(((row[0], row[1], row[2], row[3]) for row in rows), levels)


def _participant_kinds(session: Session, activity_ids: list[int]) -> dict[int, set[str]]:
    """The kinds of the organisations that took part in each activity."""
    links, org = m.activity_organisations, m.Organisation
    found: dict[int, set[str]] = defaultdict(set)
    for chunk in in_chunks(activity_ids):
        for activity_id, kind in session.execute(
            select(links.c.activity_id, org.kind)
            .join(org, org.id == links.c.organisation_id)
            .where(links.c.activity_id.in_(chunk))
        ):
            found[activity_id].add(kind)
    return found


def _activity_levels(municipality_took_part: bool, kinds: set[str]) -> frozenset[str]:
    """Who took part decides the level: the municipality, civil society, or both."""
    levels = set()
    if municipality_took_part or kinds & MUNICIPAL_ORGANISATION_KINDS:
        levels.add(MUNICIPAL)
    if kinds - MUNICIPAL_ORGANISATION_KINDS or not levels:
        levels.add(CIVIL)
    return frozenset(levels)


def _trips(session: Session, period: Period, towns: set[int] | None) -> list[_Dated]:
    start, end = period
    trip, links = m.Trip, m.trip_towns
    query = (
        select(trip.id, trip.title, trip.start_date, links.c.town_id)
        .join(links, links.c.trip_id == trip.id)
        .where(trip.status != "cancelled", *_within(trip, start, end))
    )
    if towns is not None:
        query = query.where(trip.id.in_(_linked_to(links, links.c.trip_id, towns)))
    return _group_towns(session.execute(query), None)


def _group_towns(
    rows: Iterable[tuple[int, str, date, int]], levels: dict[int, frozenset[str]] | None
) -> list[_Dated]:
    heads: dict[int, tuple[str, date]] = {}
    towns: dict[int, set[int]] = defaultdict(set)
    for record_id, title, day, town_id in rows:
        heads[record_id] = (title, day)
        towns[record_id].add(town_id)
    return [
        _Dated(
            record_id,
            title,
            day,
            frozenset(towns[record_id]),
            _MUNICIPAL_ONLY if levels is None else levels[record_id],
        )
        for record_id, (title, day) in heads.items()
    ]


# Members of each network: town -> (joined_year, left_year)
_Membership = dict[int, dict[int, tuple[int | None, int | None]]]


def _meetings(
    session: Session, period: Period, towns: set[int] | None
) -> tuple[dict[int, list[_Meeting]], _Membership]:
    start, end = period
    mt = m.NetworkMeeting
    host = aliased(m.Town)
    dated = and_(
        mt.start_date.is_not(None),
        mt.start_date <= end,
        func.coalesce(mt.end_date, mt.start_date) >= start,
    )
    undated = and_(mt.start_date.is_(None), mt.year >= start.year, mt.year <= end.year)
    query = (
        select(mt.id, mt.network_id, mt.year, mt.start_date, mt.kind, m.Network.name, host.name)
        .join(m.Network, m.Network.id == mt.network_id)
        .outerjoin(host, host.id == mt.host_town_id)
        .where(or_(dated, undated))
    )
    meetings: dict[int, list[_Meeting]] = defaultdict(list)
    for meeting_id, network_id, year, day, kind, network_name, host_name in session.execute(query):
        meetings[network_id].append(
            _Meeting(
                meeting_id, network_id, year, day, _meeting_label(network_name, kind, host_name)
            )
        )
    membership: _Membership = defaultdict(dict)
    if not meetings:
        return meetings, membership
    member = m.NetworkMember
    query_members = select(member.network_id, member.town_id, member.joined_year, member.left_year)
    if towns is not None:
        query_members = query_members.where(member.town_id.in_(sorted(towns)))
    for chunk in in_chunks(sorted(meetings)):
        for network_id, town_id, joined, left in session.execute(
            query_members.where(member.network_id.in_(chunk))
        ):
            membership[network_id][town_id] = (joined, left)
    return meetings, membership


def _meeting_label(network: str, kind: str, host: str | None) -> str:
    if host is None:
        text = translate("Evidence", "%1: %2")
        return text.replace("%1", network).replace("%2", vocabulary.label(kind))
    text = translate("Evidence", "%1: %2 hosted by %3")
    return text.replace("%1", network).replace("%2", vocabulary.label(kind)).replace("%3", host)


def _decisions(
    session: Session, period: Period, twinning_ids: list[int] | None
) -> dict[int, list[Evidence]]:
    start, end = period
    link, decision = m.DecisionLink, m.Decision
    query = (
        select(
            link.target_id,
            decision.id,
            decision.decided_on,
            decision.registry_no,
            decision.section,
            decision.title,
        )
        .join(decision, decision.id == link.decision_id)
        .where(
            link.target_kind == "twinning",
            decision.decided_on >= start,
            decision.decided_on <= end,
        )
    )
    queries = (
        [query]
        if twinning_ids is None
        else [query.where(link.target_id.in_(chunk)) for chunk in in_chunks(twinning_ids)]
    )
    found: dict[int, list[Evidence]] = defaultdict(list)
    for each in queries:
        for twinning_id, decision_id, day, registry_no, section, title in session.execute(each):
            label = " ".join(part for part in (registry_no, section, title) if part)
            found[twinning_id].append(Evidence("decision", decision_id, day, label, True))
    return found


# ---------------------------------------------------------------- matching


_T = TypeVar("_T", _Dated, AgreementFound)


def _by_town(items: list[_T]) -> dict[int, list[_T]]:
    index: dict[int, list[_T]] = defaultdict(list)
    for item in items:
        for town in item.towns:
            index[town].append(item)
    return index


def _candidates(index: dict[int, list[_T]], twinning: TwinningFacts, homes: set[int]) -> list[_T]:
    """The items that may belong to the twinning: every match names the partner, or both towns."""
    a_home, b_home = twinning.a in homes, twinning.b in homes
    if a_home != b_home:
        return index.get(twinning.b if a_home else twinning.a, [])
    first, second = index.get(twinning.a, []), index.get(twinning.b, [])
    return first if len(first) <= len(second) else second


def _names_pair(towns: frozenset[int], a: int, b: int, homes: set[int]) -> bool:
    """Whether an activity or trip naming ``towns`` belongs to the twinning of ``a`` and ``b``."""
    if a in towns and b in towns:
        return True
    a_home, b_home = a in homes, b in homes
    if a_home == b_home:  # no side can be implied
        return False
    partner = b if a_home else a
    return partner in towns and towns.isdisjoint(homes)


def _shared_meetings(
    meetings: dict[int, list[_Meeting]], membership: _Membership, twinning: TwinningFacts
) -> Iterator[_Meeting]:
    for network_id, held in meetings.items():
        members = membership.get(network_id, {})
        first, second = members.get(twinning.a), members.get(twinning.b)
        if first is None or second is None:
            continue
        for meeting in held:
            if _member_in(first, meeting.year) and _member_in(second, meeting.year):
                yield meeting


def _member_in(years: tuple[int | None, int | None], year: int) -> bool:
    joined, left = years
    return (joined is None or joined <= year) and (left is None or year < left)


def _evidence_order(evidence: Evidence) -> tuple[date, int, int]:
    when = evidence.date_or_year
    if isinstance(when, int):
        day = date(when, 1, 1)
    elif when is None:
        day = date.min
    else:
        day = when
    return day, _KIND_ORDER.get(evidence.kind, 9), evidence.record_id
