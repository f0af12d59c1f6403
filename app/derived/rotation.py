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
from typing import NamedTuple

from sqlalchemy import select
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
    networks = select(m.Network.id, m.Network.cadence_years)
    member = m.NetworkMember
    members = (
        select(member.network_id, member.town_id, m.Town.is_home)
        .join(m.Town, m.Town.id == member.town_id)
        .where(member.rotation_position.is_not(None), member.left_year.is_(None))
        .order_by(member.network_id, member.rotation_position, member.id)
    )
    meeting = m.NetworkMeeting
    meetings = select(meeting.network_id, meeting.year, meeting.host_town_id, meeting.kind)
    if network_ids is not None:
        ids = sorted(set(network_ids))
        networks = networks.where(m.Network.id.in_(ids))
        members = members.where(member.network_id.in_(ids))
        meetings = meetings.where(meeting.network_id.in_(ids))
    cadences = {network_id: cadence for network_id, cadence in session.execute(networks)}
    order: dict[int, list[int]] = defaultdict(list)
    homes: dict[int, set[int]] = defaultdict(set)
    for network_id, town_id, is_home in session.execute(members):
        order[network_id].append(town_id)
        if is_home:
            homes[network_id].add(town_id)
    held: dict[int, list[HeldMeeting]] = defaultdict(list)
    for network_id, year, host, kind in session.execute(meetings):
        held[network_id].append(HeldMeeting(year, host, kind))
    return {
        network_id: plan_rotation(
            order.get(network_id, []),
            cadence,
            held.get(network_id, []),
            homes.get(network_id, set()) if home_town_ids is None else home_town_ids,
            start_year=start_year,
            not_before=not_before,
        )
        for network_id, cadence in cadences.items()
    }
