"""Totals that keep unknown values visible: "1 135 (uppgift saknas för 1)", never a silent 0.

A network's member total in a year takes every town that was a member that
year (joined in or before it, or no join year; not left in or before it), the
town's local branches (organisations of kind "local_branch" in the town) and
their member counts for the year. A town's count is the sum of its branches'
counts; it is unknown when the town has no branch, or when any of its branches
has no count for the year or a count recorded as unknown, since a part of a
sum would read as the whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import and_, or_, select

from app.formatting import format_total
from app.services.errors import RecordNotFound
from app.services.kinds import spec_for
from db import models as m
from db.session import Database


class TownCount(NamedTuple):
    """One row of a member table: the town, its name and its count (None: unknown)."""

    town_id: int
    town_name: str
    members: int | None


@dataclass(frozen=True)
class MemberTotal:
    """The sum of the known counts, how many are known and unknown, and whose are unknown."""

    total: int
    known: int
    unknown: int
    unknown_names: tuple[str, ...]

    def text(self) -> str:
        """ "1 135 (unknown for 1)" in the current language."""
        return format_total([self.total, *([None] * self.unknown)])


def member_total(counts: Iterable[tuple[str, int | None]]) -> MemberTotal:
    """The total of named counts, keeping the unknown ones (None) visible."""
    total = known = 0
    unknown_names: list[str] = []
    for name, count in counts:
        if count is None:
            unknown_names.append(name)
        else:
            total += count
            known += 1
    return MemberTotal(total, known, len(unknown_names), tuple(unknown_names))


def network_member_total(
    db: Database, network_id: int, year: int
) -> tuple[list[TownCount], MemberTotal]:
    """The member counts of the local branches of a network's towns in ``year``, and their total.

    Rows come home town first, then by the year the town joined and by name.
    Raises RecordNotFound when the network does not exist.
    """
    member = m.NetworkMember
    in_year = and_(
        or_(member.joined_year.is_(None), member.joined_year <= year),
        or_(member.left_year.is_(None), member.left_year > year),
    )
    with db.reading() as session:
        if session.get(m.Network, network_id) is None:
            raise RecordNotFound(spec_for("network").sentence("not_found"), "network", network_id)
        towns = [
            (town_id, name, is_home, joined)
            for town_id, name, is_home, joined in session.execute(
                select(member.town_id, m.Town.name, m.Town.is_home, member.joined_year)
                .join(m.Town, m.Town.id == member.town_id)
                .where(member.network_id == network_id, in_year)
            )
        ]
        org, count = m.Organisation, m.MemberCount
        branches = session.execute(
            select(org.town_id, count.count, count.id)
            .outerjoin(count, and_(count.organisation_id == org.id, count.year == year))
            .where(
                org.kind == "local_branch",
                org.town_id.in_(
                    select(member.town_id).where(member.network_id == network_id, in_year)
                ),
            )
        )
        counts: dict[int, list[int | None]] = defaultdict(list)
        for town_id, value, count_id in branches:
            if town_id is not None:
                counts[town_id].append(value if count_id is not None else None)
    towns.sort(key=lambda row: (not row[2], row[3] is None, row[3] or 0, row[1].casefold()))
    rows = [
        TownCount(town_id, name, _town_count(counts.get(town_id, [])))
        for town_id, name, _home, _joined in towns
    ]
    return rows, member_total((row.town_name, row.members) for row in rows)


def _town_count(values: list[int | None]) -> int | None:
    if not values or any(value is None for value in values):
        return None
    return sum(value for value in values if value is not None)
