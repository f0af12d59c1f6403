"""The register (vänortsregister): every twin town, an overview table and fact sheets.

Which towns: a town is a *twin town* when it is one side of a twinning, unless
it is a home town whose partner is not one (so the home municipality itself is
not listed as its own twin town; two home towns twinned with each other, as in
an association's register, both are).

The overview table lists every twin town, in Swedish alphabetical order, with
its country or area, kind, population (a column left out when no town has
one), earliest contact year and status, and whom it is twinned with when the
register has no single home town.

Fact sheets follow the overview. A municipality's register has a handful of
twin towns and every one gets a fact sheet: country or area, kind,
population, the twinning with its contact year, derived status and the
evidence for it, agreements, networks, organisations with their contact
people, recent activities and notes.

A large register (more than :data:`FULL_REGISTER_UP_TO` twin towns: a
national association's, with up to 30 000 towns) would run to thousands of
pages of fact sheets. There the overview still lists every town, with the
status as registered (deriving 26 000 statuses from every activity would cost
more than the whole table), and fact sheets with derived statuses are made
only for the twin towns of the home towns. The report says so in its
introduction. The overview is read with two lean queries and built in one
pass, so the register of 30 000 towns costs little more than writing its rows.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import vocabulary
from app.dates import ApproxDate, known_date
from app.derived.source import Source, database_of
from app.derived.status import Period, TwinningStatus, recent_period, statuses
from app.derived.status_wording import rule_sentence
from app.formatting import format_stored, year_or_text
from app.i18n import translate
from app.reports.builders.common import (
    PersonalData,
    contacts_left_out_note,
    counted,
    data_source,
    date_range_text,
    evidence_text,
    gc_paused,
    letterhead_of,
    lines,
    note_facts,
    period_text,
    place_text,
    sort_key,
    status_text,
)
from app.reports.cell_text import fill
from app.reports.document import (
    UNKNOWN,
    Block,
    CellValue,
    FactSheet,
    Figure,
    MapPlace,
    Note,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    TownMap,
)
from app.rules import Rules
from app.services.settings import load_settings
from db import models as m
from db.in_lists import in_chunks

FULL_REGISTER_UP_TO = 500
"""Up to this many twin towns every one gets a fact sheet and a derived status."""

MAP_UP_TO = 60
"""A map is drawn when at most this many towns (home towns included) have coordinates."""

RECENT_ACTIVITIES = 5
"""Activities listed per fact sheet, latest first."""

_STATUS_ORDER = {"active": 0, "sporadic": 1, "planned": 2, "dormant": 3, "ended": 4}


# Towns and twinnings stay the rows the database gave: at 30 000 of each, making
# objects of them would cost as much as the whole overview.
#   a town: id, name, local_name, country, region, kind, population, is_home
#   a pair: id, a, b, contact_year, status, contact_year_edtf (the twinning, as the
#   overview needs it; the last says how precisely the contact year is known)
_Town = Any
_Pair = Any


class _PairFacts(NamedTuple):
    kind: str
    start_date: date | None
    end_date: date | None
    end_reason: str | None
    areas: list[str] | None
    responsible_person_id: int | None
    start_date_edtf: str | None
    end_date_edtf: str | None


@dataclass
class _Details:
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
    pairs: dict[int, _PairFacts] = field(default_factory=dict)
    responsible: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Register:
    """The towns of the register sorted out: who is listed, who gets a fact sheet."""

    towns: dict[int, _Town]
    homes: set[int]
    by_town: dict[int, list[_Pair]]
    listed: list[_Town]
    full: bool
    sheet_towns: list[_Town]


def build_register(
    source: Source,
    *,
    include_contacts: bool = False,
    today: date | None = None,
    registry_no: str = "",
) -> ReportDocument:
    """The register of twin towns as a document (see the module for what it holds).

    ``include_contacts`` adds the e-mail addresses and phone numbers of
    organisations and contact people; they are left out by default.
    """
    db = database_of(source)
    settings = load_settings(db)
    today = today or date.today()
    period = recent_period(settings.rules.status_period_years, today)
    with gc_paused(), db.reading() as session:
        register = _sort_out(_read_towns(session), _read_pairs(session))
    shown = {
        pair.id
        for town in register.sheet_towns
        for pair in _shown_pairs(register.by_town[town.id], register.homes)
    }
    found = statuses(db, period, sorted(shown), rules=settings.rules) if shown else {}
    personal = PersonalData()
    with db.reading() as session:
        details = _read_details(session, register, shown, include_contacts, personal)
    body: list[Block] = [_introduction(register, period, settings.rules, include_contacts)]
    if register.full:
        figure = _map(register, details)
        if figure is not None:
            body.append(figure)
    with gc_paused():
        body.append(_overview(register, found if register.full else None))
    if register.sheet_towns:
        sheets = [
            _fact_sheet(town, register, found, details, period) for town in register.sheet_towns
        ]
        body.append(Section(translate("Reports", "Fact sheets"), sheets))
    if include_contacts:
        contacts = translate("Reports", "included")
    else:
        contacts = translate("Reports", "left out")
    return ReportDocument(
        title=translate("Reports", "Twin town register"),
        subtitle=settings.name.strip(),
        letterhead=letterhead_of(settings),
        date=today,
        registry_no=registry_no,
        description=translate(
            "Reports",
            "Every twin town in the register with an overview table and fact sheets: country "
            "or area, kind, population, contact year, status with its evidence, agreements, "
            "networks, organisations and recent activities.",
        ),
        source=data_source(
            db,
            {
                translate("Reports", "Status period"): period_text(period),
                translate("Reports", "Contact details"): contacts,
            },
        ),
        personal_data=personal.statement(),
        body=body,
    )


def _sort_out(towns: dict[int, _Town], pairs: list[_Pair]) -> _Register:
    # Rows are unpacked rather than read by attribute: this runs once per twinning.
    homes = {town_id for town_id, *_, is_home in towns.values() if is_home}
    by_town: defaultdict[int, list[_Pair]] = defaultdict(list)
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
    return _Register(towns, homes, dict(by_town), listed, full, sheet_towns)


# ---------------------------------------------------------------- reading


def _rows(session: Session, query: Any) -> list[Any]:
    # Through the connection: plain rows without the ORM's per-row bookkeeping.
    return list(session.connection().execute(query).all())


def _read_towns(session: Session) -> dict[int, _Town]:
    t = m.Town
    query = select(t.id, t.name, t.local_name, t.country, t.region, t.kind, t.population, t.is_home)
    return {row[0]: row for row in _rows(session, query)}


def _read_pairs(session: Session) -> list[_Pair]:
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


def _read_details(
    session: Session,
    register: _Register,
    pair_ids: set[int],
    include_contacts: bool,
    personal: PersonalData,
) -> _Details:
    details = _Details()
    town_ids = [town.id for town in register.sheet_towns]
    t = m.Town
    # The map shows the home towns too, but only their places: nothing else of
    # theirs (their organisations' people above all) belongs in this report.
    mapped = town_ids + sorted(register.homes) if register.full else []
    for chunk in in_chunks(sorted(set(mapped))):
        for town_id, latitude, longitude in _rows(
            session, select(t.id, t.latitude, t.longitude).where(t.id.in_(chunk))
        ):
            if latitude is not None and longitude is not None:
                details.coordinates[town_id] = (latitude, longitude)
    for chunk in in_chunks(sorted(set(town_ids))):
        for town_id, website, notes in _rows(
            session, select(t.id, t.website, t.notes).where(t.id.in_(chunk))
        ):
            if website:
                details.websites[town_id] = website
            if notes:
                details.notes[town_id] = notes
        for town_id, name in _rows(
            session,
            select(m.TownName.town_id, m.TownName.name)
            .where(m.TownName.town_id.in_(chunk))
            .order_by(m.TownName.name),
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
            details.pairs[pair_id] = _PairFacts(*facts)
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


def _read_agreements(session: Session, chunk: list[int], details: _Details) -> None:
    ag, party = m.Agreement, m.AgreementParty
    rows = _rows(
        session,
        select(
            party.town_id,
            ag.title,
            ag.kind,
            ag.status,
            ag.signed_date,
            ag.valid_from,
            ag.valid_to,
            ag.signed_date_edtf,
        )
        .join(ag, ag.id == party.agreement_id)
        .where(party.town_id.in_(chunk))
        .order_by(ag.signed_date, ag.title),
    )
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


def _read_networks(session: Session, chunk: list[int], details: _Details) -> None:
    member, network = m.NetworkMember, m.Network
    rows = _rows(
        session,
        select(
            member.town_id,
            network.name,
            member.joined_year,
            member.left_year,
            member.joined_year_edtf,
            member.left_year_edtf,
        )
        .join(network, network.id == member.network_id)
        .where(member.town_id.in_(chunk))
        .order_by(network.name),
    )
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
    details: _Details,
    include_contacts: bool,
    personal: PersonalData,
) -> None:
    o, p = m.Organisation, m.Person
    organisations: dict[int, tuple[int, str]] = {}
    for org_id, town_id, name, kind, email, phone in _rows(
        session,
        select(o.id, o.town_id, o.name, o.kind, o.email, o.phone)
        .where(o.town_id.in_(chunk))
        .order_by(o.name),
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


def _read_activities(session: Session, chunk: list[int], details: _Details) -> None:
    act, links = m.Activity, m.activity_towns
    rows = _rows(
        session,
        select(links.c.town_id, act.start_date, act.end_date, act.title, act.kind)
        .join(act, act.id == links.c.activity_id)
        .where(links.c.town_id.in_(chunk), act.start_date.is_not(None)),
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


# ---------------------------------------------------------------- the document


def _introduction(
    register: _Register, period: Period, rules: Rules, include_contacts: bool
) -> Section:
    home_names = sorted((register.towns[h].name for h in register.homes), key=sort_key)
    count = counted(
        len(register.listed),
        translate("Reports", "1 twin town"),
        translate("Reports", "%1 twin towns"),
    )
    if len(home_names) == 1:
        text = fill(translate("Reports", "The register holds %1 of %2."), count, home_names[0])
    else:
        text = fill(translate("Reports", "The register holds %1."), count)
    blocks: list[Block] = [Paragraph(text)]
    blocks.append(Paragraph(rule_sentence(rules, period)))
    if not register.full:
        blocks.append(
            Note(
                fill(
                    translate(
                        "Reports",
                        "This register is large. To keep it printable the overview gives each "
                        "town's country and number of twinnings, and fact sheets with derived "
                        "statuses are made only for the twin towns of the home municipality "
                        "(%1 towns).",
                    ),
                    str(len(register.sheet_towns)),
                ),
                label=translate("Reports", "Note"),
            )
        )
    if not include_contacts:
        blocks.append(Paragraph(contacts_left_out_note()))
    return Section(translate("Reports", "About this register"), blocks)


def _map(register: _Register, details: _Details) -> Figure | None:
    towns = register.towns
    order = sorted(register.homes, key=lambda h: sort_key(towns[h].name))
    order += [town.id for town in register.listed]
    places: list[MapPlace] = []
    seen: set[int] = set()
    for town_id in order:
        if town_id in seen or town_id not in details.coordinates:
            continue
        seen.add(town_id)
        latitude, longitude = details.coordinates[town_id]
        places.append(MapPlace(towns[town_id].name, latitude, longitude))
    if len(places) < 2 or len(places) > MAP_UP_TO:
        return None
    return Figure(TownMap(tuple(places)), caption=translate("Reports", "The twin towns on a map"))


def _shown_pairs(pairs: list[_Pair], homes: set[int]) -> list[_Pair]:
    """The twinnings a town's row and fact sheet speak of: those with a home town, if any."""
    with_home = [pair for pair in pairs if pair[1] in homes or pair[2] in homes]
    return with_home or pairs


def _partner(pair: _Pair, town_id: int) -> int:
    a: int = pair[1]
    b: int = pair[2]
    return b if a == town_id else a


def _overview(register: _Register, found: dict[int, TwinningStatus] | None) -> Section:
    """The table of every twin town.

    A full register shows each town's status (derived, with the coordinator's
    judgement) and its region beside the country. A large one keeps every cell
    short, so that its 30 000 rows print one line each: the country alone and,
    instead of a status, how many twinnings the town has (the statuses are in
    the fact sheets and the register itself).
    """
    towns, homes = register.towns, register.homes
    full = found is not None
    with_population = any(town[6] is not None for town in register.listed)
    with_partners = len(homes) != 1
    columns = [
        translate("Reports", "Twin town"),
        translate("Reports", "Country or area"),
        translate("Reports", "Kind"),
    ]
    if with_population:
        columns.append(translate("Reports", "Population"))
    columns.append(translate("Reports", "Contact year"))
    if with_partners:
        columns.append(translate("Reports", "Twinned with"))
    if full:
        columns.append(translate("Reports", "Status"))
    else:
        columns.append(translate("Reports", "Twinnings"))
    # Labels looked up once per distinct value: 30 000 rows share a few dozen.
    kinds: dict[str, str] = {}
    places: dict[tuple[str | None, str | None], str | None] = {}
    labels: dict[tuple[str, ...], str] = {}
    rows: list[list[CellValue]] = []
    for town_id, name, _local, country, region, kind_code, population, _home in register.listed:
        pairs = register.by_town[town_id]
        if len(pairs) == 1:  # most towns: no lists to make
            contact_year = year_or_text(pairs[0][3], pairs[0][5])
        else:
            first = min(
                (pair for pair in pairs if pair[3] is not None),
                key=_contact_known,
                default=None,
            )
            contact_year = year_or_text(first[3], first[5]) if first is not None else None
        kind = kinds.get(kind_code)
        if kind is None:
            kind = kinds[kind_code] = vocabulary.label(kind_code)
        key = (country, region if full or not country else None)
        if key not in places:
            places[key] = place_text(*key) or None
        row: list[CellValue] = [name, places[key], kind]
        if with_population:
            row.append(population)
        row.append(contact_year)
        if with_partners:
            row.append(", ".join(towns[_partner(pair, town_id)][1] for pair in pairs))
        if found is None:
            row.append(len(pairs))
        else:
            codes = tuple(sorted({_effective(pair, found) for pair in _shown_pairs(pairs, homes)}))
            status = labels.get(codes)
            if status is None:
                ordered = sorted(codes, key=lambda code: (_STATUS_ORDER.get(code, 9), code))
                status = labels[codes] = " / ".join(vocabulary.label(code) for code in ordered)
            row.append(status)
        rows.append(row)
    table = Table(
        columns=columns,
        rows=rows,
        caption=translate("Reports", "The twin towns"),
        sheet_name=translate("Reports", "Twin towns"),
    )
    return Section(translate("Reports", "Overview"), [table])


def _contact_known(pair: _Pair) -> ApproxDate:
    """A pair's contact year as known; only called for pairs that have one."""
    value = known_date(pair[3], pair[5])
    assert value is not None
    return value


def town_fact_sheets(
    source: Source,
    town_ids: Sequence[int],
    *,
    today: date | None = None,
    extra: Mapping[int, Sequence[tuple[str, CellValue]]] | None = None,
    brief: bool = False,
) -> list[tuple[int, FactSheet]]:
    """The fact sheets of ``town_ids`` (each with its town's id), in that order.

    :func:`_fact_sheet` is the one builder of every fact sheet: the register's
    and the mapping report's.

    The register prints them in full. The mapping report asks for ``brief``
    ones, several to a page: without the derived status and its evidence (its
    analysis gives both), contact persons, website, collaboration areas and
    recent activities (its own sections list them), and with its own facts
    per town in ``extra`` (members in the report's year, hosting, grants).
    """
    db = database_of(source)
    settings = load_settings(db)
    today = today or date.today()
    period = recent_period(settings.rules.status_period_years, today)
    with db.reading() as session:
        register = _sort_out(_read_towns(session), _read_pairs(session))
    wanted = [register.towns[i] for i in town_ids if i in register.towns and i in register.by_town]
    register = dataclasses.replace(register, sheet_towns=wanted)
    shown = {
        pair.id
        for town in wanted
        for pair in _shown_pairs(register.by_town[town.id], register.homes)
    }
    found = {} if brief else statuses(db, period, sorted(shown), rules=settings.rules)
    with db.reading() as session:
        details = _read_details(session, register, shown, False, PersonalData())
    more = extra or {}
    return [
        (
            town.id,
            _fact_sheet(
                town, register, found, details, period, brief=brief, extra=more.get(town.id, ())
            ),
        )
        for town in wanted
    ]


def _effective(pair: _Pair, found: dict[int, TwinningStatus]) -> str:
    status = found.get(pair.id)
    return status.effective if status is not None else pair.status


def _fact_sheet(
    town: _Town,
    register: _Register,
    found: dict[int, TwinningStatus],
    details: _Details,
    period: Period,
    *,
    brief: bool = False,
    extra: Sequence[tuple[str, CellValue]] = (),
) -> FactSheet:
    unknown_population = town.population if town.population is not None else UNKNOWN
    facts: list[tuple[str, CellValue]] = [
        (translate("Reports", "Country or area"), place_text(town.country, town.region) or UNKNOWN),
        (translate("Reports", "Kind"), vocabulary.label(town.kind)),
    ]
    if not brief or town.population is not None:
        facts.append((translate("Reports", "Population"), unknown_population))
    if town.local_name:
        facts.append((translate("Reports", "Local name"), town.local_name))
    if details.other_names.get(town.id):
        facts.append(
            (translate("Reports", "Other spellings"), ", ".join(details.other_names[town.id]))
        )
    if town.id in details.websites and not brief:
        facts.append((translate("Reports", "Website"), details.websites[town.id]))
    shown = _shown_pairs(register.by_town[town.id], register.homes)
    for pair in shown:
        facts += _twinning_facts(
            town, pair, register, found, details, period, len(shown) > 1, brief=brief
        )
    facts += extra
    none = translate("Reports", "none recorded")
    facts.append(
        (translate("Reports", "Agreements"), lines(details.agreements.get(town.id, [])) or none)
    )
    facts.append(
        (translate("Reports", "Networks"), lines(details.networks.get(town.id, [])) or none)
    )
    facts.append(
        (
            translate("Reports", "Organisations"),
            lines(details.organisations.get(town.id, [])) or none,
        )
    )
    if details.people.get(town.id) and not brief:
        facts.append((translate("Reports", "Contact persons"), lines(details.people[town.id])))
    recent = sorted(details.activities.get(town.id, []), key=lambda item: item[0], reverse=True)
    if not brief:
        facts.append(
            (
                translate("Reports", "Recent activities"),
                lines(text for _day, text in recent[:RECENT_ACTIVITIES]) or none,
            )
        )
    facts.extend(note_facts(translate("Reports", "Notes"), details.notes.get(town.id)))
    return FactSheet(title=town.name, facts=facts)


def _twinning_facts(
    town: _Town,
    pair: _Pair,
    register: _Register,
    found: dict[int, TwinningStatus],
    details: _Details,
    period: Period,
    several: bool,
    *,
    brief: bool = False,
) -> list[tuple[str, CellValue]]:
    partner = register.towns[_partner(pair, town.id)].name
    pair_facts = details.pairs.get(pair.id)

    def key(label: str) -> str:
        # With several twinnings each fact names the partner it belongs to.
        return f"{label} ({partner})" if several else label

    kind = vocabulary.label(pair_facts.kind) if pair_facts else ""
    facts: list[tuple[str, CellValue]] = [
        (
            translate("Reports", "Twinning"),
            fill(translate("Reports", "with %1: %2"), partner, kind) if kind else partner,
        ),
        (
            key(translate("Reports", "Contact year")),
            year_or_text(pair.contact_year, pair.contact_year_edtf) or UNKNOWN,
        ),
    ]
    started = (
        format_stored(pair_facts.start_date, pair_facts.start_date_edtf)
        if pair_facts is not None and pair_facts.start_date is not None
        else ""
    )
    if brief:
        # Short sheets fit several to a page: the ordinary kind and a formal start in
        # the contact year go unsaid.
        if pair_facts is not None and pair_facts.kind == "twin_town" and not several:
            facts.pop(0)
        if started == str(year_or_text(pair.contact_year, pair.contact_year_edtf)):
            started = ""
    if started:
        # As precisely as known: "1977", never an invented "1977-01-01".
        facts.append((key(translate("Reports", "Formal start")), started))
    ended_on = format_stored(pair_facts.end_date, pair_facts.end_date_edtf) if pair_facts else ""
    if ended_on or pair.status == "ended":
        reason = pair_facts.end_reason if pair_facts is not None else None
        text = ": ".join(p for p in (ended_on, reason or "") if p)
        facts.append((key(translate("Reports", "Ended")), text or vocabulary.label("ended")))
    status = found.get(pair.id)
    if brief:
        pass  # the report that asks for brief sheets gives the status and its ground itself
    elif status is not None:
        label = fill(translate("Reports", "Status %1"), period_text(period))
        facts.append((key(label), status_text(status)))
        facts.append((key(translate("Reports", "Evidence")), evidence_text(status.evidence)))
    else:
        facts.append(
            (key(translate("Reports", "Status as registered")), vocabulary.label(pair.status))
        )
    if pair_facts is not None and pair_facts.areas and not brief:
        facts.append(
            (
                key(translate("Reports", "Collaboration areas")),
                ", ".join(vocabulary.label(area) for area in pair_facts.areas),
            )
        )
    if pair_facts is not None and pair_facts.responsible_person_id is not None and not brief:
        person = details.responsible.get(pair_facts.responsible_person_id)
        if person:
            facts.append((key(translate("Reports", "Responsible")), person))
    return facts
