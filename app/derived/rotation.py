"""A network's hosting rotation: who hosts the next meeting, and when the home town hosts again.

The rule, exactly
-----------------
- The rotation is the network's members that have a place in the hosting order
  (``NetworkMember.rotation_position``) and have not left (no ``left_year``),
  in order of that place (ties by the order they were entered).
- The order continues from the last *meeting* held (kind "meeting", the latest
  year) whose host is in the rotation: the next host is the member after that
  host, wrapping round to the first.
- The next meeting is ``cadence_years`` after the last event held, meeting or
  seminar: a seminar held instead of the meeting (Husby 2014) uses up its year
  but does not move the order, since nobody hosted the meeting.
- From there one meeting each ``cadence_years``, one full round of the
  rotation in the schedule, so the home town's next hosting year is in it
  whenever the home town is in the rotation. Gothenburg, one of four towns
  meeting every second year, hosts every eighth year.
- With no meeting held yet, the first in the order hosts in ``start_year``.
- ``not_before`` (optional) moves the schedule forward, keeping the order,
  until the next meeting is not before that year: for a register whose last
  recorded meeting is long past.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from db import models as m
from db.session import Database


class Hosting(NamedTuple):
    """One planned meeting: the year and the host town."""

    year: int
    town_id: int


class HeldMeeting(NamedTuple):
    """A meeting or seminar that took place."""

    year: int
    host_town_id: int | None
    kind: str = "meeting"


@dataclass(frozen=True)
class Rotation:
    """Who hosts next, when, and when the home town hosts again (None: not in the rotation)."""

    next_year: int | None
    next_host_town_id: int | None
    home_next_year: int | None
    schedule: tuple[Hosting, ...]  # one full round from the next meeting
    cadence_years: int = 1
    last_year: int | None = None  # the last meeting that set the order
    last_host_town_id: int | None = None


def plan_rotation(
    order: Sequence[int],
    cadence_years: int,
    held: Iterable[HeldMeeting],
    home_town_ids: Collection[int] = (),
    *,
    start_year: int | None = None,
    not_before: int | None = None,
) -> Rotation:
    """The rotation of hosts ``order`` (town ids) given the meetings ``held``; see the module."""
    cadence = max(1, cadence_years)
    if not order:
        return Rotation(None, None, None, (), cadence)
    held = list(held)
    last: HeldMeeting | None = None
    for meeting in held:
        if meeting.kind != "meeting" or meeting.host_town_id not in order:
            continue
        if last is None or meeting.year >= last.year:
            last = meeting
    if last is not None and last.host_town_id is not None:
        position = order.index(last.host_town_id) + 1
        latest = max(meeting.year for meeting in held)
        first_year: int | None = max(last.year, latest) + cadence
    else:
        position = 0
        latest_any = max((meeting.year for meeting in held), default=None)
        first_year = latest_any + cadence if latest_any is not None else start_year
    if first_year is None:
        return Rotation(None, order[0], None, (), cadence)
    if not_before is not None and first_year < not_before:
        steps = -(-(not_before - first_year) // cadence)  # ceiling division
        first_year += steps * cadence
        position += steps
    schedule = tuple(
        Hosting(first_year + step * cadence, order[(position + step) % len(order)])
        for step in range(len(order))
    )
    home_year = next((h.year for h in schedule if h.town_id in home_town_ids), None)
    return Rotation(
        next_year=schedule[0].year,
        next_host_town_id=schedule[0].town_id,
        home_next_year=home_year,
        schedule=schedule,
        cadence_years=cadence,
        last_year=last.year if last else None,
        last_host_town_id=last.host_town_id if last else None,
    )


def network_rotation(
    db: Database,
    network_id: int,
    *,
    home_town_ids: Collection[int] | None = None,
    start_year: int | None = None,
    not_before: int | None = None,
) -> Rotation:
    """The rotation of one network; the home towns default to the members marked as home.

    Raises RecordNotFound when the network does not exist.
    """
    found = rotations(
        db,
        [network_id],
        home_town_ids=home_town_ids,
        start_year=start_year,
        not_before=not_before,
    )
    if network_id not in found:
        raise RecordNotFound(spec_for("network").sentence("not_found"), "network", network_id)
    return found[network_id]


def rotations(
    db: Database,
    network_ids: Sequence[int] | None = None,
    *,
    home_town_ids: Collection[int] | None = None,
    start_year: int | None = None,
    not_before: int | None = None,
) -> dict[int, Rotation]:
    """The rotations of many networks (all when ``network_ids`` is None) in three queries."""
    with db.reading() as session:
        return rotations_in(
            session,
            network_ids,
            home_town_ids=home_town_ids,
            start_year=start_year,
            not_before=not_before,
        )


def rotations_in(
    session: Session,
    network_ids: Sequence[int] | None = None,
    *,
    home_town_ids: Collection[int] | None = None,
    start_year: int | None = None,
    not_before: int | None = None,
) -> dict[int, Rotation]:
    """:func:`rotations` read in an open ``session``, for a caller reading much else in it."""
    return plan_rotations(
        read_networks(session, network_ids),
        home_town_ids=home_town_ids,
        start_year=start_year,
        not_before=not_before,
    )


class Member(NamedTuple):
    """A town's membership of a network, as the rotation and the start page read it."""

    id: int
    network_id: int
    town_id: int
    is_home: bool
    rotation_position: int | None
    left_year: int | None


class Meeting(NamedTuple):
    """A network's meeting or seminar, as the rotation and the to-do rules read it."""

    id: int
    network_id: int
    year: int
    host_town_id: int | None
    kind: str
    start_date: date | None
    end_date: date | None
    follow_up_date: date | None
    follow_up_missing: bool  # no follow-up report written


@dataclass(frozen=True)
class Networks:
    """Networks with their members and meetings: what the rotation, the hosting rules
    and the start page need, read once in three statements."""

    names: dict[int, str]
    cadences: dict[int, int]
    members: tuple[Member, ...]  # by id
    meetings: tuple[Meeting, ...]  # by id


def read_networks(session: Session, network_ids: Sequence[int] | None = None) -> Networks:
    """Every network (or those of ``network_ids``) with its members and meetings."""
    network, member, meeting = m.Network, m.NetworkMember, m.NetworkMeeting
    networks = select(network.id, network.name, network.cadence_years)
    members = select(
        member.id,
        member.network_id,
        member.town_id,
        m.Town.is_home,
        member.rotation_position,
        member.left_year,
    ).join(m.Town, m.Town.id == member.town_id)
    # A flag, not the report: a follow-up report may be pages long.
    no_report = or_(meeting.follow_up_report.is_(None), meeting.follow_up_report == "")
    meetings = select(
        meeting.id,
        meeting.network_id,
        meeting.year,
        meeting.host_town_id,
        meeting.kind,
        meeting.start_date,
        meeting.end_date,
        meeting.follow_up_date,
        no_report,
    )
    if network_ids is not None:
        ids = sorted(set(network_ids))
        networks = networks.where(network.id.in_(ids))
        members = members.where(member.network_id.in_(ids))
        meetings = meetings.where(meeting.network_id.in_(ids))
    names: dict[int, str] = {}
    cadences: dict[int, int] = {}
    for network_id, name, cadence in session.execute(networks):
        names[network_id] = name
        cadences[network_id] = cadence
    return Networks(
        names,
        cadences,
        tuple(Member(*row) for row in session.execute(members.order_by(member.id))),
        tuple(Meeting(*row) for row in session.execute(meetings.order_by(meeting.id))),
    )


def plan_rotations(
    networks: Networks,
    *,
    home_town_ids: Collection[int] | None = None,
    start_year: int | None = None,
    not_before: int | None = None,
) -> dict[int, Rotation]:
    """The rotation of every network read in ``networks``; see :func:`rotations`."""
    in_rotation = sorted(
        (
            member
            for member in networks.members
            if member.rotation_position is not None and member.left_year is None
        ),
        key=lambda member: (member.network_id, member.rotation_position or 0, member.id),
    )
    order: dict[int, list[int]] = defaultdict(list)
    homes: dict[int, set[int]] = defaultdict(set)
    for member in in_rotation:
        order[member.network_id].append(member.town_id)
        if member.is_home:
            homes[member.network_id].add(member.town_id)
    held: dict[int, list[HeldMeeting]] = defaultdict(list)
    for meeting in networks.meetings:
        held[meeting.network_id].append(
            HeldMeeting(meeting.year, meeting.host_town_id, meeting.kind)
        )
    return {
        network_id: plan_rotation(
            order.get(network_id, []),
            cadence,
            held.get(network_id, []),
            homes.get(network_id, set()) if home_town_ids is None else home_town_ids,
            start_year=start_year,
            not_before=not_before,
        )
        for network_id, cadence in networks.cadences.items()
    }
