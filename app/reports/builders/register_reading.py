"""Reading the register for the twin town register and the fact sheets.

Towns and twinnings are read as the plain rows the database gives (a national
association's register holds 30 000 of each), sorted out into who is a twin
town and who gets a fact sheet, and the details of the fact sheets are read
in chunks for the towns that get one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import vocabulary
from app.formatting import format_stored
from app.i18n import translate
from app.places.suggestion import map_position
from app.reports.builders.common import (
    PersonalData,
    date_range_text,
    sort_key,
)
from app.reports.cell_text import fill
from db import models as m
from db.in_lists import in_chunks

FULL_REGISTER_UP_TO = 500
"""Up to this many twin towns every one gets a fact sheet and a derived status."""


# Towns and twinnings stay the rows the database gave: at 30 000 of each, making
# objects of them would cost as much as the whole overview.
#   a town: id, name, local_name, country, region, kind, population, is_home
#   a pair: id, a, b, contact_year, status, contact_year_edtf (the twinning, as the
#   overview needs it; the last says how precisely the contact year is known)
TownRow = Any
PairRow = Any


class PairFacts(NamedTuple):
    """What a fact sheet says of a twinning beyond the overview's row."""

    kind: str
    start_date: date | None
    end_date: date | None
    end_reason: str | None
    areas: list[str] | None
    responsible_person_id: int | None
    start_date_edtf: str | None
    end_date_edtf: str | None


@dataclass
class SheetDetails:
    """What the fact sheets need besides the towns and their twinnings."""

    websites: dict[int, str] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    coordinates: dict[int, tuple[float, float]] = field(default_factory=dict)
    other_names: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    agreements: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    networks: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    organisations: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    people: defaultdict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    activities: defaultdict[int, list[tuple[date, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    pairs: dict[int, PairFacts] = field(default_factory=dict)
    responsible: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RegisterTowns:
    """The towns of the register sorted out: who is listed, who gets a fact sheet."""

    towns: dict[int, TownRow]
    homes: set[int]
    by_town: dict[int, list[PairRow]]
    listed: list[TownRow]
    full: bool
    sheet_towns: list[TownRow]


def sort_out(towns: dict[int, TownRow], pairs: list[PairRow]) -> RegisterTowns:
    """Who is a twin town, whose twinnings each speaks of, and who gets a fact sheet."""
    # Rows are unpacked rather than read by attribute: this runs once per twinning.
    homes = {town_id for town_id, *_, is_home in towns.values() if is_home}
    by_town: defaultdict[int, list[PairRow]] = defaultdict(list)
    homes_twins: set[int] = set()
    for pair in pairs:
        _id, a, b, _year, _status, _known = pair
        a_home, b_home = a in homes, b in homes
        if not a_home or b_home:
            by_town[a].append(pair)
        if not b_home or a_home:
            by_town[b].append(pair)
        if a_home or b_home:
            homes_twins.update((a, b))
    listed = sorted(
        (towns[town_id] for town_id in by_town if town_id in towns),
        key=lambda town: sort_key(town[1]),
    )
    full = len(listed) <= FULL_REGISTER_UP_TO
    sheet_towns = listed if full else [town for town in listed if town[0] in homes_twins]
    return RegisterTowns(towns, homes, dict(by_town), listed, full, sheet_towns)


# ---------------------------------------------------------------- reading


def _rows(session: Session, query: Any) -> list[Any]:
    # Through the connection: plain rows without the ORM's per-row bookkeeping.
    return list(session.connection().execute(query).all())


def _of_towns(
    session: Session,
    town_id: Any,
    chunk: list[int],
    columns: Sequence[Any],
    *,
    join: tuple[Any, Any] | None = None,
    where: Sequence[Any] = (),
    order_by: Sequence[Any] = (),
) -> list[Any]:
    """Rows of the town id and ``columns`` for the towns of ``chunk``.

    ``town_id`` is the column naming the town (a town's own id, or the town of
    an agreement party, a network member, an organisation ...); ``join`` the
    table and condition that bring in the rest of ``columns``; ``where`` more
    conditions.
    """
    query = select(town_id, *columns)
    if join is not None:
        query = query.join(*join)
    return _rows(session, query.where(town_id.in_(chunk), *where).order_by(*order_by))


def read_towns(session: Session) -> dict[int, TownRow]:
    """Every town as a plain row, by id."""
    t = m.Town
    query = select(t.id, t.name, t.local_name, t.country, t.region, t.kind, t.population, t.is_home)
    return {row[0]: row for row in _rows(session, query)}


def read_pairs(session: Session) -> list[PairRow]:
    """Every twinning as the overview needs it, as plain rows in id order."""
    t = m.Twinning
    query = select(
        t.id,
        t.town_a_id.label("a"),
        t.town_b_id.label("b"),
        t.contact_year,
        t.status,
        t.contact_year_edtf,
    ).order_by(t.id)
    return _rows(session, query)


def read_coordinates(session: Session, town_ids: Iterable[int]) -> dict[int, tuple[float, float]]:
    """(latitude, longitude) of those of ``town_ids`` whose place is known."""
    t = m.Town
    found: dict[int, tuple[float, float]] = {}
    for chunk in in_chunks(sorted(set(town_ids))):
        for town_id, latitude, longitude, name, country in _rows(
            session,
            select(t.id, t.latitude, t.longitude, t.name, t.country).where(t.id.in_(chunk)),
        ):
            # A town without coordinates is drawn where the gazetteer has it.
            latitude, longitude = map_position(name, country, latitude, longitude)
            if latitude is not None and longitude is not None:
                found[town_id] = (latitude, longitude)
    return found


def read_details(
    session: Session,
    register: RegisterTowns,
    pair_ids: set[int],
    include_contacts: bool,
    personal: PersonalData,
) -> SheetDetails:
    """What the fact sheets of ``register.sheet_towns`` and the twinnings ``pair_ids`` need."""
    details = SheetDetails()
    town_ids = [town.id for town in register.sheet_towns]
    t = m.Town
    # The map shows the home towns too, but only their places: nothing else of
    # theirs (their organisations' people above all) belongs in this report.
    mapped = town_ids + sorted(register.homes) if register.full else []
    details.coordinates = read_coordinates(session, mapped)
    for chunk in in_chunks(sorted(set(town_ids))):
        for town_id, website, notes in _of_towns(session, t.id, chunk, (t.website, t.notes)):
            if website:
                details.websites[town_id] = website
            if notes:
                details.notes[town_id] = notes
        names = m.TownName
        for town_id, name in _of_towns(
            session, names.town_id, chunk, (names.name,), order_by=(names.name,)
        ):
            details.other_names[town_id].append(name)
        _read_agreements(session, chunk, details)
        _read_networks(session, chunk, details)
        _read_organisations(session, chunk, details, include_contacts, personal)
        _read_activities(session, chunk, details)
    tw = m.Twinning
    for chunk in in_chunks(sorted(set(pair_ids))):
        for pair_id, *facts in _rows(
            session,
            select(
                tw.id,
                tw.kind,
                tw.start_date,
                tw.end_date,
                tw.end_reason,
                tw.areas,
                tw.responsible_person_id,
                tw.start_date_edtf,
                tw.end_date_edtf,
            ).where(tw.id.in_(chunk)),
        ):
            details.pairs[pair_id] = PairFacts(*facts)
    responsible = {
        f.responsible_person_id
        for f in details.pairs.values()
        if f.responsible_person_id is not None
    }
    p = m.Person
    for chunk in in_chunks(sorted(set(responsible))):
        for person_id, name, role, email, phone in _rows(
            session, select(p.id, p.name, p.role, p.email, p.phone).where(p.id.in_(chunk))
        ):
            details.responsible[person_id] = _person_text(
                name, role, None, email, phone, include_contacts, personal
            )
    return details


def _read_agreements(session: Session, chunk: list[int], details: SheetDetails) -> None:
    ag, party = m.Agreement, m.AgreementParty
    dates = (ag.signed_date, ag.valid_from, ag.valid_to, ag.signed_date_edtf)
    through = (ag, ag.id == party.agreement_id)
    columns, order = (ag.title, ag.kind, ag.status, *dates), (ag.signed_date, ag.title)
    rows = _of_towns(session, party.town_id, chunk, columns, join=through, order_by=order)
    for town_id, title, kind, status, signed, valid_from, valid_to, signed_known in rows:
        facts = [vocabulary.label(kind), vocabulary.label(status)]
        if signed is not None:
            facts.append(
                fill(translate("Reports", "signed %1"), format_stored(signed, signed_known))
            )
        if valid_from is not None or valid_to is not None:
            facts.append(
                fill(translate("Reports", "valid %1"), date_range_text(valid_from, valid_to))
            )
        details.agreements[town_id].append(f"{title} ({', '.join(facts)})")


def _read_networks(session: Session, chunk: list[int], details: SheetDetails) -> None:
    member, network = m.NetworkMember, m.Network
    years = (member.joined_year, member.left_year, member.joined_year_edtf, member.left_year_edtf)
    through = (network, network.id == member.network_id)
    columns, order = (network.name, *years), (network.name,)
    rows = _of_towns(session, member.town_id, chunk, columns, join=through, order_by=order)
    for town_id, name, joined_year, left_year, joined_known, left_known in rows:
        # As known: "1940-talet", "ca 1949", or the plain year.
        joined = format_stored(joined_year, joined_known) or None
        left = format_stored(left_year, left_known) or None
        if joined is not None and left is not None:
            when = fill(translate("Reports", "member %1–%2"), str(joined), str(left))
        elif joined is not None:
            when = fill(translate("Reports", "member since %1"), str(joined))
        elif left is not None:
            when = fill(translate("Reports", "left %1"), str(left))
        else:
            when = ""
        details.networks[town_id].append(f"{name} ({when})" if when else name)


def _read_organisations(
    session: Session,
    chunk: list[int],
    details: SheetDetails,
    include_contacts: bool,
    personal: PersonalData,
) -> None:
    o, p = m.Organisation, m.Person
    organisations: dict[int, tuple[int, str]] = {}
    for town_id, org_id, name, kind, email, phone in _of_towns(
        session, o.town_id, chunk, (o.id, o.name, o.kind, o.email, o.phone), order_by=(o.name,)
    ):
        text = f"{name} ({vocabulary.label(kind)})"
        contact = _contact(email, phone) if include_contacts else ""
        if contact:
            personal.contact_details()
            text = f"{text}, {contact}"
        details.organisations[town_id].append(text)
        organisations[org_id] = (town_id, name)
    for org_chunk in in_chunks(sorted(set(organisations))):
        for name, role, org_id, email, phone in _rows(
            session,
            select(p.name, p.role, p.organisation_id, p.email, p.phone)
            .where(p.organisation_id.in_(org_chunk))
            .order_by(p.name),
        ):
            town_id, org_name = organisations[org_id]
            details.people[town_id].append(
                _person_text(name, role, org_name, email, phone, include_contacts, personal)
            )


def _read_activities(session: Session, chunk: list[int], details: SheetDetails) -> None:
    act, links = m.Activity, m.activity_towns
    rows = _of_towns(
        session,
        links.c.town_id,
        chunk,
        (act.start_date, act.end_date, act.title, act.kind),
        join=(act, act.id == links.c.activity_id),
        where=(act.start_date.is_not(None),),
    )
    for town_id, start, end, title, kind in rows:
        text = f"{date_range_text(start, end)} {title} ({vocabulary.label(kind)})"
        details.activities[town_id].append((start, text))


def _contact(email: str | None, phone: str | None) -> str:
    return ", ".join(part.strip() for part in (email, phone) if part and part.strip())


def _person_text(
    name: str,
    role: str | None,
    organisation: str | None,
    email: str | None,
    phone: str | None,
    include_contacts: bool,
    personal: PersonalData,
) -> str:
    personal.contact_names()
    text = ", ".join(part for part in (name, role, organisation) if part)
    contact = _contact(email, phone) if include_contacts else ""
    if contact:
        personal.contact_details()
        text = f"{text} ({contact})"
    return text


def shown_pairs(pairs: list[PairRow], homes: set[int]) -> list[PairRow]:
    """The twinnings a town's row and fact sheet speak of: those with a home town, if any."""
    with_home = [pair for pair in pairs if pair[1] in homes or pair[2] in homes]
    return with_home or pairs


def partner_of(pair: PairRow, town_id: int) -> int:
    """The other town of ``pair`` seen from ``town_id``."""
    a: int = pair[1]
    b: int = pair[2]
    return b if a == town_id else a
