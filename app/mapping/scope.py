"""What a mapping can cover: the twinnings and networks to choose from, and the default choices.

The default scope is every twinning of the home town that was still running at
the start of the period, and every network the home town belongs to. The
default period runs from the first to the last year the register has
something to tell about them (meetings, activities, trips, grants, member
counts), never past this year; the default year of the member counts is the
period's latest year in which most towns have a count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from app.i18n import translate
from app.reports.cell_text import fill
from db import models as m
from db.home_towns import home_town_ids, twinning_with_town_in
from db.in_lists import in_chunks
from db.session import Database


@dataclass(frozen=True)
class TwinningChoice:
    """A twinning the coordinator may include: the partner town and how it is linked."""

    id: int
    partner_town_id: int
    partner: str
    home: str
    kind: str
    contact_year: int | None
    start_year: int | None
    end_year: int | None
    ended: bool

    def label(self) -> str:
        """ "Herning (1946)" or "Utajärvi (1948–1976, ended)" for the checkable list."""
        first = self.contact_year or self.start_year
        if self.ended:
            years = f"{first}–{self.end_year}" if first and self.end_year else ""
            state = translate("Mapping", "ended")
            inside = f"{years}, {state}" if years else state
        else:
            inside = str(first) if first else ""
        return f"{self.partner} ({inside})" if inside else self.partner


@dataclass(frozen=True)
class NetworkChoice:
    """A network (vänortskedja) the coordinator may include."""

    id: int
    name: str
    founded_year: int | None
    home_is_member: bool

    def label(self) -> str:
        """ "Den nordiska vänortskedjan (1946)"."""
        return f"{self.name} ({self.founded_year})" if self.founded_year else self.name


def twinning_choices(db: Database) -> list[TwinningChoice]:
    """Every twinning with a home-town side (every twinning when there is no home town)."""
    with db.reading() as session:
        return _twinning_choices(session)


def _twinning_choices(session: Session) -> list[TwinningChoice]:
    homes = home_town_ids(session)
    t = m.Twinning
    a, b = aliased(m.Town), aliased(m.Town)
    query = (
        select(
            t.id,
            t.kind,
            t.contact_year,
            t.start_date,
            t.end_date,
            t.status,
            a.id,
            a.name,
            b.id,
            b.name,
        )
        .join(a, a.id == t.town_a_id)
        .join(b, b.id == t.town_b_id)
        .order_by(t.id)
    )
    if homes:
        query = query.where(twinning_with_town_in(homes))
    choices = []
    for tid, kind, contact, start, end, status, a_id, a_name, b_id, b_name in session.execute(
        query
    ):
        if a_id in homes and b_id not in homes:
            partner_id, partner, home = b_id, b_name, a_name
        else:
            partner_id, partner, home = a_id, a_name, b_name
        choices.append(
            TwinningChoice(
                id=tid,
                partner_town_id=partner_id,
                partner=partner,
                home=home,
                kind=kind,
                contact_year=contact,
                start_year=start.year if start else None,
                end_year=end.year if end else None,
                ended=end is not None or status == "ended",
            )
        )
    choices.sort(key=lambda c: (c.ended, c.contact_year or c.start_year or 9999, c.id))
    return choices


def network_choices(db: Database) -> list[NetworkChoice]:
    """Every network, those the home town belongs to first."""
    with db.reading() as session:
        return _network_choices(session)


def _network_choices(session: Session) -> list[NetworkChoice]:
    homes = home_town_ids(session)
    member_of: set[int] = set()
    if homes:
        member_of = set(
            session.scalars(
                select(m.NetworkMember.network_id).where(m.NetworkMember.town_id.in_(sorted(homes)))
            )
        )
    choices = [
        NetworkChoice(nid, name, founded, nid in member_of)
        for nid, name, founded in session.execute(
            select(m.Network.id, m.Network.name, m.Network.founded_year).order_by(m.Network.id)
        )
    ]
    choices.sort(key=lambda c: (not c.home_is_member, c.name.casefold(), c.id))
    return choices


def default_scope(db: Database, today: date | None = None) -> tuple[list[int], list[int]]:
    """The twinnings and networks a new mapping includes before she changes anything.

    Networks: those the home town belongs to (all of them when no town is a
    home town). Twinnings: those not ended before the default period starts.
    """
    with db.reading() as session:
        networks = _network_choices(session)
        chosen_networks = [n.id for n in networks if n.home_is_member] or [n.id for n in networks]
        twinnings = _twinning_choices(session)
        running = [t for t in twinnings if not t.ended]
        first, _last = _period(session, [t.id for t in twinnings], chosen_networks, today)
        chosen = [
            t.id
            for t in twinnings
            if not t.ended or (t.end_year is not None and t.end_year >= first)
        ]
        if not chosen:
            chosen = [t.id for t in running]
    return chosen, chosen_networks


def default_period(
    db: Database,
    twinning_ids: Sequence[int],
    network_ids: Sequence[int],
    today: date | None = None,
) -> tuple[int, int]:
    """The years a mapping of these twinnings and networks covers by default."""
    with db.reading() as session:
        return _period(session, twinning_ids, network_ids, today)


def relevant_towns(
    session: Session, twinning_ids: Iterable[int], network_ids: Iterable[int]
) -> set[int]:
    """The partner towns of the twinnings and the member towns of the networks (home aside)."""
    homes = home_town_ids(session)
    towns: set[int] = set()
    ids = sorted(set(twinning_ids))
    for chunk in in_chunks(ids):
        for a, b in session.execute(
            select(m.Twinning.town_a_id, m.Twinning.town_b_id).where(m.Twinning.id.in_(chunk))
        ):
            towns.update((a, b))
    networks = sorted(set(network_ids))
    if networks:
        towns.update(
            session.scalars(
                select(m.NetworkMember.town_id).where(m.NetworkMember.network_id.in_(networks))
            )
        )
    return towns - homes if towns - homes else towns


def _years_of_data(session: Session, towns: set[int], network_ids: Sequence[int]) -> list[int]:
    """The first and last years of what the register holds about these towns and networks."""
    years: list[int] = []

    def span(query: Any) -> None:
        first, last = session.execute(query).one()
        years.extend(y for y in (first, last) if y is not None)

    def span_of_days(query: Any) -> None:
        first, last = session.execute(query).one()
        years.extend(day.year for day in (first, last) if day is not None)

    networks = sorted(set(network_ids))
    for chunk in in_chunks(networks):
        year = m.NetworkMeeting.year
        span(select(func.min(year), func.max(year)).where(m.NetworkMeeting.network_id.in_(chunk)))
    for chunk in in_chunks(sorted(towns)):
        day = m.Activity.start_date
        span_of_days(
            select(func.min(day), func.max(day))
            .join(m.activity_towns, m.activity_towns.c.activity_id == m.Activity.id)
            .where(m.activity_towns.c.town_id.in_(chunk))
        )
        day = m.Trip.start_date
        span_of_days(
            select(func.min(day), func.max(day))
            .join(m.trip_towns, m.trip_towns.c.trip_id == m.Trip.id)
            .where(m.trip_towns.c.town_id.in_(chunk))
        )
        organisations = select(m.Organisation.id).where(m.Organisation.town_id.in_(chunk))
        year = m.Grant.year
        span(
            select(func.min(year), func.max(year)).where(
                or_(m.Grant.organisation_id.in_(organisations), m.Grant.payer_town_id.in_(chunk))
            )
        )
        year = m.MemberCount.year
        span(
            select(func.min(year), func.max(year)).where(
                m.MemberCount.organisation_id.in_(organisations),
                m.MemberCount.count.is_not(None),
            )
        )
    return years


def _period(
    session: Session,
    twinning_ids: Sequence[int],
    network_ids: Sequence[int],
    today: date | None,
) -> tuple[int, int]:
    this_year = (today or date.today()).year
    towns = relevant_towns(session, twinning_ids, network_ids)
    # Planned meetings and trips may lie ahead; the period stops at this year.
    years = [min(y, this_year) for y in _years_of_data(session, towns, network_ids)]
    if not years:
        return this_year - 3, this_year
    return min(years), max(years)


def default_member_year(
    db: Database, town_ids: Iterable[int], period: tuple[int, int]
) -> int | None:
    """The period's latest year in which most of ``town_ids`` have a member count.

    That is the latest year with counts for at least half as many towns as the
    year with the most counts.
    """
    with db.reading() as session:
        return member_year_in(session, town_ids, period)


def member_year_in(
    session: Session, town_ids: Iterable[int], period: tuple[int, int]
) -> int | None:
    """:func:`default_member_year` inside an open session."""
    towns = sorted(set(town_ids))
    if not towns:
        return None
    branch = m.Organisation
    known: Counter[int] = Counter()
    for chunk in in_chunks(towns):  # the chunks share no town, so their counts add up
        for year, number in session.execute(
            select(m.MemberCount.year, func.count(func.distinct(branch.town_id)))
            .join(branch, branch.id == m.MemberCount.organisation_id)
            .where(
                branch.kind == "local_branch",
                branch.town_id.in_(chunk),
                m.MemberCount.count.is_not(None),
                m.MemberCount.year >= period[0],
                m.MemberCount.year <= period[1],
            )
            .group_by(m.MemberCount.year)
        ):
            known[year] += number
    if not known:
        return None
    # A year in which only the home branch has reported would hide everyone
    # else as "unknown": take the latest year with at least half the best coverage.
    best = max(known.values())
    return max(year for year, number in known.items() if 2 * number >= best)


def period_text(period: tuple[int, int]) -> str:
    """ "1992–2014", or one year alone."""
    first, last = period
    return str(first) if first == last else fill("%1–%2", str(first), str(last))


@dataclass(frozen=True)
class AttachmentChoice:
    """An attachment she may list in the appendix: the file and the record it is kept with."""

    id: int
    filename: str
    attached_to: str

    def label(self) -> str:
        """ "Kedjeavtal.pdf (Den nordiska vänortskedjan)"."""
        return f"{self.filename} ({self.attached_to})" if self.attached_to else self.filename


def attachment_choices(db: Database) -> list[AttachmentChoice]:
    """Every attachment of the register, with the label of its record, oldest first."""
    from app.services.kinds import KINDS
    from app.services.record_labels import labels_in

    att = m.Attachment
    with db.reading() as session:
        rows = list(
            session.execute(
                select(att.id, att.filename, att.target_kind, att.target_id).order_by(att.id)
            )
        )
        wanted: dict[str, set[int]] = {}
        for _id, _name, kind, target in rows:
            wanted.setdefault(kind, set()).add(target)
        labels: dict[str, dict[int, str]] = {}
        for kind, ids in wanted.items():
            if kind in KINDS:
                found: dict[int, str] = {}
                ordered = sorted(ids)
                for chunk in in_chunks(ordered):
                    found.update(labels_in(session, kind, chunk))
                labels[kind] = found
    return [
        AttachmentChoice(aid, name, labels.get(kind, {}).get(target, ""))
        for aid, name, kind, target in rows
    ]
