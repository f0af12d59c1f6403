"""A twinning's status in a period (active, sporadic, dormant, ended) and the evidence behind it.

The categories are those of the Swedish national survey quoted in seeds/004.
The thresholds are the municipality's settings (``app.rules.Rules``):
``status_period_years``, ``status_active_per_year`` and ``status_sporadic_min``.

The rule, exactly
-----------------
A *period* is a first and a last day, both included. Its length in years is its
number of days divided by 365.25, rounded to one decimal, so a calendar year is
1.0 whether or not it is a leap year and 2010-01-01..2013-12-31 is 4.0.

The twinning's *home side* is the one of its two towns marked as a home town
(``Town.is_home``); the other is the *partner*. When both or neither are home
towns (a national association's register), no side is implied.

An activity or trip *names the twinning* when its towns include both towns, or
when they include the partner and no home town at all: a municipality's own
register names only Herning for an exchange with Herning, the home side being
implied. An activity listing another home town belongs to that town's
twinnings, not to this one.

Evidence, everything found for the twinning in the period:

1. ``activity``: activities naming the twinning whose dates (start, or start to
   end) touch the period. Activities without a start date are in no period.
2. ``trip``: trips, except cancelled ones, naming the twinning (their
   destinations) whose dates touch the period.
3. ``meeting``: meetings (and seminars) of a network both towns were members of
   in the meeting's year (joined in or before that year, or no join year; not
   left in or before it). A meeting with dates is in the period when its dates
   touch it; a meeting with only a year when that year is one of the period's
   calendar years. Both towns attend a chain meeting: it is a joint event.
4. ``agreement``: agreements other than drafts with both towns among their
   parties, signed in the period or in force during it. In force: status
   "active" with validity (from ``valid_from``, else the signed date, to
   ``valid_to``; a missing date leaves that side open) touching the period, or
   status "ended"/"expired" with a ``valid_to`` on or after the period's first
   day and a start not after its last.
5. ``decision``: decisions concerning the twinning taken in the period.

*Contacts* are the evidence that counts: every item of 1-3, and the agreements
of 4 signed within the period. An agreement merely in force and a decision are
shown beside them but do not count: paper alone is not contact.

The derived status is the first of these that holds:

- ``ended``: the twinning has an end date on or before the period's last day,
  or its stored status is "ended" and it has no end date (an end date after the
  period means it was still running then);
- ``active``: contacts >= needed, where needed is the largest of 1,
  ``status_sporadic_min`` and ceil(``status_active_per_year`` x the period's
  years): regular contact, on average at least the set number a year;
- ``sporadic``: contacts >= max(1, ``status_sporadic_min``): some contact;
- ``dormant``: nothing that counts was recorded.

With the defaults (4 years, 1.0 a year, sporadic from 1) a four-year period
needs 4 contacts to be active; 1 to 3 are sporadic; none is dormant.

The coordinator may judge otherwise (``Twinning.status_override`` with its
reason). The judgement is kept beside the derived status, never instead of it:
``effective`` is the judgement when there is one, else the derived status.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app import vocabulary
from app.derived.source import Source, database_of
from app.i18n import translate
from app.rules import Rules
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from app.services.records import RecordRef
from app.services.settings import load_settings
from db import models as m

Period = tuple[date, date]

# Above this many ids, reading everything in the period and filtering here is
# cheaper than long IN lists (and stays under SQLite's bound-parameter limit).
_IN_LIMIT = 900

_KIND_ORDER = {"agreement": 0, "decision": 1, "meeting": 2, "trip": 3, "activity": 4}


@dataclass(frozen=True)
class Evidence:
    """One thing found for a twinning in a period; ``counts`` says whether it is contact."""

    kind: str  # "activity", "trip", "meeting", "agreement" or "decision" (record kinds)
    record_id: int
    date_or_year: date | int | None
    label: str
    counts: bool = True

    @property
    def ref(self) -> RecordRef:
        return RecordRef(self.kind, self.record_id)


@dataclass(frozen=True)
class TwinningStatus:
    """The derived status of a twinning in ``period``, with the coordinator's judgement beside it."""

    twinning_id: int
    derived: str  # "active", "sporadic", "dormant" or "ended"
    override: str | None
    override_reason: str | None
    effective: str  # the override when there is one, else the derived status
    evidence: tuple[Evidence, ...]
    period: Period
    contacts: int = 0  # evidence that counts
    needed_for_active: int = 1

    @property
    def overridden(self) -> bool:
        """True when the coordinator's judgement differs from the derived status."""
        return self.override is not None and self.override != self.derived


# ---------------------------------------------------------------- the rule


def period_years(period: Period) -> float:
    """The period's length in years, to one decimal (leap days do not make a year longer)."""
    start, end = period
    return round(((end - start).days + 1) / 365.25, 1)


def needed_contacts(rules: Rules, period: Period) -> tuple[int, int]:
    """How many contacts make a twinning active, and how many sporadic, in ``period``."""
    sporadic = max(1, rules.status_sporadic_min)
    # The small epsilon keeps 4.0 x 1.0 from becoming 5 through float noise.
    per_year = math.ceil(rules.status_active_per_year * period_years(period) - 1e-9)
    return max(1, sporadic, per_year), sporadic


def classify(
    contacts: int,
    period: Period,
    rules: Rules,
    *,
    end_date: date | None = None,
    stored_status: str = "active",
) -> str:
    """The derived status of a twinning with ``contacts`` counted in ``period``."""
    if end_date is not None and end_date <= period[1]:
        return "ended"
    if end_date is None and stored_status == "ended":
        return "ended"
    active, sporadic = needed_contacts(rules, period)
    if contacts >= active:
        return "active"
    if contacts >= sporadic:
        return "sporadic"
    return "dormant"


def recent_period(years: int, today: date | None = None) -> Period:
    """The ``years`` years up to and including ``today``: the default period."""
    last = today or date.today()
    try:
        first = last.replace(year=last.year - years)
    except ValueError:  # 29 February in a year that has none
        first = last.replace(year=last.year - years, day=28)
    return first + timedelta(days=1), last


# ---------------------------------------------------------------- the calls


def status_of(
    source: Source,
    twinning_id: int,
    period: Period | None = None,
    *,
    rules: Rules | None = None,
) -> TwinningStatus:
    """The status of one twinning in ``period`` (default: the set number of years up to today).

    Raises RecordNotFound when the twinning does not exist.
    """
    found = statuses(source, period, [twinning_id], rules=rules)
    if twinning_id not in found:
        spec = spec_for("twinning")
        text = translate("Validation", "The %1 no longer exists; someone may have deleted it.")
        raise RecordNotFound(
            text.replace("%1", spec.display_singular().lower()), "twinning", twinning_id
        )
    return found[twinning_id]


def statuses(
    source: Source,
    period: Period | None = None,
    twinning_ids: Sequence[int] | None = None,
    *,
    rules: Rules | None = None,
) -> dict[int, TwinningStatus]:
    """The status of many twinnings (all when ``twinning_ids`` is None) in a handful of queries.

    ``rules`` defaults to the municipality's settings; ``period`` to the
    ``status_period_years`` years up to today.
    """
    db = database_of(source)
    if rules is None:
        rules = load_settings(db).rules
    if period is None:
        period = recent_period(rules.status_period_years)
    if period[1] < period[0]:
        raise ValueError("the period ends before it starts")
    with db.reading() as session:
        return _statuses_in(session, period, twinning_ids, rules)


# ---------------------------------------------------------------- reading


class _Twinning(NamedTuple):
    id: int
    a: int
    b: int
    status: str
    end_date: date | None
    override: str | None
    reason: str | None


@dataclass(frozen=True)
class _Dated:
    """An activity or trip in the period with the towns it names."""

    id: int
    label: str
    day: date
    towns: frozenset[int]


@dataclass(frozen=True)
class _Meeting:
    id: int
    network_id: int
    year: int
    day: date | None
    label: str


@dataclass(frozen=True)
class _Agreement:
    id: int
    title: str
    signed: date | None
    signed_in_period: bool
    in_force: bool
    start: date | None
    towns: frozenset[int]


def _statuses_in(
    session: Session, period: Period, twinning_ids: Sequence[int] | None, rules: Rules
) -> dict[int, TwinningStatus]:
    twinnings = _twinnings(session, twinning_ids)
    if not twinnings:
        return {}
    towns: set[int] | None = None
    if twinning_ids is not None:
        towns = {t.a for t in twinnings} | {t.b for t in twinnings}
        if len(towns) > _IN_LIMIT:
            towns = None
    ids_filter = (
        [t.id for t in twinnings]
        if twinning_ids is not None and len(twinnings) <= _IN_LIMIT
        else None
    )
    homes = set(session.scalars(select(m.Town.id).where(m.Town.is_home.is_(True))))
    activities = _by_town(_activities(session, period, towns))
    trips = _by_town(_trips(session, period, towns))
    meetings, membership = _meetings(session, period, towns)
    agreements = _by_town(_agreements(session, period, towns))
    decisions = _decisions(session, period, ids_filter)
    active_needed, _ = needed_contacts(rules, period)

    result: dict[int, TwinningStatus] = {}
    for twinning in twinnings:
        evidence: list[Evidence] = []
        for kind, index in (("activity", activities), ("trip", trips)):
            for item in _candidates(index, twinning, homes):
                if _names_pair(item.towns, twinning.a, twinning.b, homes):
                    evidence.append(Evidence(kind, item.id, item.day, item.label))
        for meeting in _shared_meetings(meetings, membership, twinning):
            evidence.append(
                Evidence("meeting", meeting.id, meeting.day or meeting.year, meeting.label)
            )
        for agreement in _candidates(agreements, twinning, homes):
            if twinning.a in agreement.towns and twinning.b in agreement.towns:
                evidence.append(_agreement_evidence(agreement))
        evidence.extend(decisions.get(twinning.id, ()))
        evidence.sort(key=_evidence_order)
        contacts = sum(1 for e in evidence if e.counts)
        derived = classify(
            contacts, period, rules, end_date=twinning.end_date, stored_status=twinning.status
        )
        result[twinning.id] = TwinningStatus(
            twinning_id=twinning.id,
            derived=derived,
            override=twinning.override,
            override_reason=twinning.reason,
            effective=twinning.override or derived,
            evidence=tuple(evidence),
            period=period,
            contacts=contacts,
            needed_for_active=active_needed,
        )
    return result


def _twinnings(session: Session, ids: Sequence[int] | None) -> list[_Twinning]:
    t = m.Twinning
    query = select(
        t.id,
        t.town_a_id,
        t.town_b_id,
        t.status,
        t.end_date,
        t.status_override,
        t.status_override_reason,
    ).order_by(t.id)
    rows = []
    if ids is None:
        rows = list(session.execute(query))
    else:
        for chunk in _chunks(sorted(set(ids))):
            rows.extend(session.execute(query.where(t.id.in_(chunk))))
    return [_Twinning(*row) for row in rows]


def _activities(session: Session, period: Period, towns: set[int] | None) -> list[_Dated]:
    start, end = period
    act, links = m.Activity, m.activity_towns
    query = (
        select(act.id, act.title, act.start_date, links.c.town_id)
        .join(links, links.c.activity_id == act.id)
        .where(
            act.start_date.is_not(None),
            act.start_date <= end,
            func.coalesce(act.end_date, act.start_date) >= start,
        )
    )
    if towns is not None:
        chosen = links.alias("chosen")
        query = query.where(
            act.id.in_(select(chosen.c.activity_id).where(chosen.c.town_id.in_(sorted(towns))))
        )
    return _group_towns(session.execute(query))


def _trips(session: Session, period: Period, towns: set[int] | None) -> list[_Dated]:
    start, end = period
    trip, links = m.Trip, m.trip_towns
    query = (
        select(trip.id, trip.title, trip.start_date, links.c.town_id)
        .join(links, links.c.trip_id == trip.id)
        .where(
            trip.status != "cancelled",
            trip.start_date.is_not(None),
            trip.start_date <= end,
            func.coalesce(trip.end_date, trip.start_date) >= start,
        )
    )
    if towns is not None:
        chosen = links.alias("chosen")
        query = query.where(
            trip.id.in_(select(chosen.c.trip_id).where(chosen.c.town_id.in_(sorted(towns))))
        )
    return _group_towns(session.execute(query))


def _group_towns(rows: Iterable[tuple[int, str, date, int]]) -> list[_Dated]:
    heads: dict[int, tuple[str, date]] = {}
    towns: dict[int, set[int]] = defaultdict(set)
    for record_id, title, day, town_id in rows:
        heads[record_id] = (title, day)
        towns[record_id].add(town_id)
    return [
        _Dated(record_id, title, day, frozenset(towns[record_id]))
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
    for chunk in _chunks(sorted(meetings)):
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


def _agreements(session: Session, period: Period, towns: set[int] | None) -> list[_Agreement]:
    start, end = period
    ag, party = m.Agreement, m.AgreementParty
    begins = func.coalesce(ag.valid_from, ag.signed_date)
    # A coarse filter in SQL; _agreement_row applies the exact rule.
    query = (
        select(
            ag.id,
            ag.title,
            ag.status,
            ag.signed_date,
            ag.valid_from,
            ag.valid_to,
            party.town_id,
        )
        .join(party, party.agreement_id == ag.id)
        .where(
            ag.status != "draft",
            party.town_id.is_not(None),
            or_(
                and_(ag.signed_date >= start, ag.signed_date <= end),
                and_(
                    or_(begins.is_(None), begins <= end),
                    or_(ag.valid_to.is_(None), ag.valid_to >= start),
                ),
            ),
        )
    )
    if towns is not None:
        chosen = aliased(m.AgreementParty)
        query = query.where(
            ag.id.in_(select(chosen.agreement_id).where(chosen.town_id.in_(sorted(towns))))
        )
    heads: dict[int, tuple[str, str, date | None, date | None, date | None]] = {}
    parties: dict[int, set[int]] = defaultdict(set)
    for agreement_id, title, status, signed, valid_from, valid_to, town_id in session.execute(
        query
    ):
        heads[agreement_id] = (title, status, signed, valid_from, valid_to)
        if town_id is not None:  # filtered in SQL; the check keeps mypy honest
            parties[agreement_id].add(town_id)
    found = []
    for agreement_id, (title, status, signed, valid_from, valid_to) in heads.items():
        signed_in = signed is not None and start <= signed <= end
        begins_on = valid_from or signed
        starts_in_time = begins_on is None or begins_on <= end
        if status == "active":
            in_force = starts_in_time and (valid_to is None or valid_to >= start)
        elif status in ("ended", "expired"):
            in_force = starts_in_time and valid_to is not None and valid_to >= start
        else:
            in_force = False
        if signed_in or in_force:
            found.append(
                _Agreement(
                    agreement_id,
                    title,
                    signed,
                    signed_in,
                    in_force,
                    begins_on,
                    frozenset(parties[agreement_id]),
                )
            )
    return found


def _agreement_evidence(agreement: _Agreement) -> Evidence:
    if agreement.signed_in_period:
        label = translate("Evidence", "%1 (signed)").replace("%1", agreement.title)
        return Evidence("agreement", agreement.id, agreement.signed, label, True)
    label = translate("Evidence", "%1 (in force)").replace("%1", agreement.title)
    return Evidence("agreement", agreement.id, agreement.start, label, False)


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
        else [query.where(link.target_id.in_(chunk)) for chunk in _chunks(twinning_ids)]
    )
    found: dict[int, list[Evidence]] = defaultdict(list)
    for each in queries:
        for twinning_id, decision_id, day, registry_no, section, title in session.execute(each):
            label = " ".join(part for part in (registry_no, section, title) if part)
            found[twinning_id].append(Evidence("decision", decision_id, day, label, False))
    return found


# ---------------------------------------------------------------- matching

_T = TypeVar("_T", _Dated, _Agreement)


def _by_town(items: list[_T]) -> dict[int, list[_T]]:
    index: dict[int, list[_T]] = defaultdict(list)
    for item in items:
        for town in item.towns:
            index[town].append(item)
    return index


def _candidates(index: dict[int, list[_T]], twinning: _Twinning, homes: set[int]) -> list[_T]:
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
    meetings: dict[int, list[_Meeting]], membership: _Membership, twinning: _Twinning
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


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for first in range(0, len(ids), _IN_LIMIT):
        yield ids[first : first + _IN_LIMIT]
