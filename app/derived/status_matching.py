"""Which of the evidence found in a period belongs to which twinning (no database here).

The rules are those of :mod:`app.derived.status_evidence`: an activity or trip
names the twinning when it names both towns, or the partner and no home town;
a network's meeting counts for both towns when both were members in its year;
an agreement when both towns are among its parties.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from app.derived.status_agreements import AgreementFound, agreement_evidence
from app.derived.status_rule import CIVIL, Evidence, Period
from db.agreement_parties import binds_both

_KIND_ORDER = {"agreement": 0, "decision": 1, "meeting": 2, "trip": 3, "activity": 4}
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
class Dated:
    """An activity or trip in the period with the towns it names and the levels it counts at."""

    id: int
    label: str
    day: date
    towns: frozenset[int]
    levels: frozenset[str]
    last: date  # its end date, or its start when it has none


@dataclass(frozen=True)
class Meeting:
    """A network's meeting or seminar, dated or with a year only, with its label."""

    id: int
    network_id: int
    year: int
    day: date | None
    label: str
    last: date | None = None  # its end date, or its start when it has none


# Members of each network: town -> (joined_year, left_year)
Membership = dict[int, dict[int, tuple[int | None, int | None]]]


@dataclass(frozen=True)
class InPeriod:
    """What was found for the twinnings in one period, before it is matched to them."""

    activities: list[Dated]
    trips: list[Dated]
    meetings: dict[int, list[Meeting]]
    membership: Membership
    agreements: list[AgreementFound]
    decisions: dict[int, list[Evidence]]


def meeting_in(meeting: Meeting, period: Period) -> bool:
    """Whether the meeting was held in ``period`` (one with only a year: that year is one of its)."""
    start, end = period
    if meeting.day is None:
        return start.year <= meeting.year <= end.year
    return meeting.day <= end and (meeting.last or meeting.day) >= start


def matched(
    twinnings: list[TwinningFacts], found: InPeriod, homes: set[int]
) -> list[TwinningFacts]:
    """``twinnings`` each with the evidence of ``found`` that belongs to it, in date order."""
    activities, trips = _by_town(found.activities), _by_town(found.trips)
    agreements = _by_town(found.agreements)
    result = []
    for twinning in twinnings:
        evidence: list[Evidence] = []
        for kind, index in (("activity", activities), ("trip", trips)):
            for item in _candidates(index, twinning, homes):
                if _names_pair(item.towns, twinning.a, twinning.b, homes):
                    evidence.append(
                        Evidence(kind, item.id, item.day, item.label, True, item.levels)
                    )
        for meeting in _shared_meetings(found.meetings, found.membership, twinning):
            when = meeting.day or meeting.year
            evidence.append(Evidence("meeting", meeting.id, when, meeting.label, True, _CIVIL_ONLY))
        for agreement in _candidates(agreements, twinning, homes):
            if binds_both(agreement.towns, twinning.a, twinning.b):
                evidence.extend(agreement_evidence(agreement))
        evidence.extend(found.decisions.get(twinning.id, ()))
        evidence.sort(key=_evidence_order)
        result.append(with_evidence(twinning, tuple(evidence)))
    return result


def with_evidence(twinning: TwinningFacts, evidence: tuple[Evidence, ...]) -> TwinningFacts:
    """The twinning with ``evidence`` in place of what it had."""
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


# ---------------------------------------------------------------- matching


_T = TypeVar("_T", Dated, AgreementFound)


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
    meetings: dict[int, list[Meeting]], membership: Membership, twinning: TwinningFacts
) -> Iterator[Meeting]:
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
