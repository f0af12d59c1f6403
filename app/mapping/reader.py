"""The mapping's reading of the register: one session, the records in scope, as facts.

:class:`RegisterReader` reads what the mapping shows (its twinnings and
networks, their towns, agreements, meetings, activities and grants) and keeps
it for the modules that shape the report's parts from it
(:mod:`app.mapping.town_tables`, :mod:`app.mapping.sources`,
:mod:`app.mapping.story_facts`, :mod:`app.mapping.fact_sheets` …).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.formatting import format_stored
from app.i18n import current_language
from app.mapping.content import MappingContent
from app.mapping.data import (
    ActivityFacts,
    AgreementFacts,
    GrantFacts,
    MeetingFacts,
)
from app.mapping.scope import (
    _network_choices,
    _period,
    _twinning_choices,
    member_year_in,
    relevant_towns,
)
from app.places.countries import country_name
from db import models as m
from db.agreement_parties import binds_both
from db.home_towns import home_town_ids
from db.in_lists import in_chunks


@dataclass
class TwinningRow:
    """A twinning in the mapping's scope, seen from its home side."""

    id: int
    home: int
    partner: int
    kind: str
    contact_year: int | None
    start: date | None
    end: date | None
    stored_status: str
    contact_written: str | None = None  # "i början av 2010-talet" when not a plain year


class RegisterReader:
    """Reads what the mapping shows in one session and shapes it into facts.

    :mod:`app.mapping.sources` and :mod:`app.mapping.fact_sheets` read on from
    what it found (the included records, the period, the agreements ...).
    """

    def __init__(self, session: Session, content: MappingContent, today: date) -> None:
        self.session = session
        self.content = content
        # The day the report speaks from (its own date when that lies in the past):
        # what the register dates later had not happened yet on it.
        self.today = today
        self.language = current_language()
        self.twinning_ids: list[int] = []
        self.network_ids: list[int] = []
        self.network_names: dict[int, str] = {}
        self.known_twinnings: list[int] = []
        self.known_networks: list[int] = []
        self.left_out: list[str] = []
        self.left_out_ended: list[tuple[str, int | None]] = []
        self.left_out_ended_ids: list[int] = []
        self.left_out_towns: list[str] = []
        self.left_out_networks: list[str] = []
        self.period = (today.year, today.year)
        self.member_year: int | None = None
        self.table_year = today.year
        self.homes: set[int] = set()
        self.twinnings: dict[int, TwinningRow] = {}
        self.towns: set[int] = set()
        self.town_rows: dict[
            int, tuple[str, str | None, str | None, float | None, float | None]
        ] = {}
        self.agreements: list[AgreementFacts] = []
        self.without_agreement: list[str] = []
        self.meetings: list[MeetingFacts] = []
        self.activities: list[ActivityFacts] = []
        self.planned_meetings: list[MeetingFacts] = []
        """Meetings of the period after the report's day: coming, not held."""
        self.planned_activities: list[ActivityFacts] = []
        """Activities and trips starting after the report's day: planned, not done."""
        self.grants: list[GrantFacts] = []
        self.members_of: dict[int, dict[int, tuple[int | None, int | None, int]]] = {}
        self.table_names: dict[int, str] = {}
        self.other_names: dict[int, list[str]] = {}

    # ------------------------------------------------------------ reading

    def read(self) -> None:
        """Read everything the mapping shows, in this session."""
        session, scope = self.session, self.content.scope
        self.homes = home_town_ids(session)
        twinning_choices = _twinning_choices(session)
        network_choices = _network_choices(session)
        self.known_twinnings = [c.id for c in twinning_choices]
        self.known_networks = [c.id for c in network_choices]
        wanted_t, wanted_n = set(scope.twinning_ids), set(scope.network_ids)
        self.twinning_ids = [c.id for c in twinning_choices if c.id in wanted_t]
        self.network_ids = [c.id for c in network_choices if c.id in wanted_n]
        self.network_names = {c.id: c.name for c in network_choices}
        for choice in twinning_choices:
            if choice.id not in wanted_t:
                self.left_out.append(choice.label())
                if choice.ended:
                    self.left_out_ended.append((choice.partner, choice.end_year))
                    self.left_out_ended_ids.append(choice.id)
                else:
                    self.left_out_towns.append(choice.partner)
        for network in network_choices:
            if network.id not in wanted_n:
                self.left_out.append(network.label())
                self.left_out_networks.append(network.name)
        default = _period(session, self.twinning_ids, self.network_ids, self.today)
        first = scope.period_from if scope.period_from is not None else default[0]
        last = scope.period_to if scope.period_to is not None else default[1]
        self.period = (min(first, last), max(first, last))
        self._read_twinnings()
        self._read_members()
        self.towns = relevant_towns(session, self.twinning_ids, self.network_ids)
        table_towns = self.towns | self.homes
        chosen_year = self.content.towns.member_year
        self.member_year = (
            chosen_year
            if chosen_year is not None
            # The figures of a year after the report's day were not known on it.
            else member_year_in(
                session, table_towns, (self.period[0], min(self.period[1], self.today.year))
            )
        )
        self.table_year = self.member_year if self.member_year is not None else self.period[1]
        self._read_towns(table_towns)
        self._read_agreements()
        self._read_meetings()
        self._read_activities()
        self._read_grants()

    def _read_twinnings(self) -> None:
        t = m.Twinning
        for chunk in in_chunks(self.twinning_ids):
            for row in self.session.execute(
                select(
                    t.id,
                    t.town_a_id,
                    t.town_b_id,
                    t.kind,
                    t.contact_year,
                    t.start_date,
                    t.end_date,
                    t.status,
                    t.contact_year_edtf,
                ).where(t.id.in_(chunk))
            ):
                tid, a, b, kind, contact, start, end, status, contact_edtf = row
                home, partner = (a, b) if a in self.homes and b not in self.homes else (b, a)
                written = format_stored(contact, contact_edtf) if contact_edtf else None
                rough = written if written is not None and written != str(contact) else None
                self.twinnings[tid] = TwinningRow(
                    tid, home, partner, kind, contact, start, end, status, rough
                )

    def _read_members(self) -> None:
        member = m.NetworkMember
        for network_id in self.network_ids:
            self.members_of[network_id] = {
                town_id: (joined, left, member_id)
                for member_id, town_id, joined, left in self.session.execute(
                    select(member.id, member.town_id, member.joined_year, member.left_year).where(
                        member.network_id == network_id
                    )
                )
            }

    def _read_towns(self, town_ids: set[int]) -> None:
        t = m.Town
        for chunk in in_chunks(sorted(town_ids)):
            for tid, name, country, region, lat, lon in self.session.execute(
                select(t.id, t.name, t.country, t.region, t.latitude, t.longitude).where(
                    t.id.in_(chunk)
                )
            ):
                self.town_rows[tid] = (name, country, region, lat, lon)
        self._read_table_names(town_ids)

    def _read_table_names(self, town_ids: set[int]) -> None:
        """Each town's other names, and the names she chose for the table among them.

        A chosen name is kept only while it is still one of the town's names.
        """
        t, other = m.Town, m.TownName
        for chunk in in_chunks(sorted(town_ids)):
            for tid, local, alias in self.session.execute(
                select(t.id, t.local_name, other.name)
                .outerjoin(other, other.town_id == t.id)
                .where(t.id.in_(chunk))
                .order_by(t.id, other.name)
            ):
                known = self.other_names.setdefault(tid, [])
                for name in (local, alias):
                    if name and name != self.town_rows[tid][0] and name not in known:
                        known.append(name)
        self.table_names = {
            tid: name
            for tid, name in self.content.towns.names
            if tid in self.town_rows
            and name in (self.town_rows[tid][0], *self.other_names.get(tid, ()))
        }

    def area_of(self, town_id: int) -> str:
        """The town's region as written, else its country's name in the report's language."""
        _name, country, region, _lat, _lon = self.town_rows[town_id]
        if region and region.strip():
            return region.strip()
        return country_name(country, self.language) if country else ""

    def area_code(self, town_id: int) -> str | None:
        """The country code when the area is a country (no region written), else None."""
        row = self.town_rows.get(town_id)
        if row is None or (row[2] and row[2].strip()):
            return None
        return row[1]

    def _name(self, town_id: int) -> str:
        row = self.town_rows.get(town_id)
        return row[0] if row else ""

    def _read_agreements(self) -> None:
        ag, party = m.Agreement, m.AgreementParty
        towns = sorted(self.towns)
        if not towns:
            return
        org = aliased(m.Organisation)
        heads: dict[int, tuple[str, str, str, date | None, date | None, date | None]] = {}
        parties: dict[int, list[str]] = defaultdict(list)
        party_towns: dict[int, set[int]] = defaultdict(set)
        query = (
            select(
                ag.id,
                ag.title,
                ag.kind,
                ag.status,
                ag.signed_date,
                ag.valid_from,
                ag.valid_to,
                party.town_id,
                m.Town.name,
                org.name,
            )
            .join(party, party.agreement_id == ag.id)
            .outerjoin(m.Town, m.Town.id == party.town_id)
            .outerjoin(org, org.id == party.organisation_id)
            .order_by(ag.id, party.id)
        )
        # Rows of an agreement found through two chunks repeat harmlessly: the
        # parties are kept once each.
        for chunk in in_chunks(towns):
            chosen = aliased(m.AgreementParty)
            organisations = select(m.Organisation.id).where(m.Organisation.town_id.in_(chunk))
            ids = select(chosen.agreement_id).where(
                or_(chosen.town_id.in_(chunk), chosen.organisation_id.in_(organisations))
            )
            for row in self.session.execute(query.where(ag.id.in_(ids))):
                aid, title, kind, status, signed, start, end, town_id, town, organisation = row
                if signed is not None and signed > self.today:
                    continue  # signed after the report's day: not there yet on it
                heads[aid] = (title, kind, status, signed, start, end)
                name = town or organisation
                if name and name not in parties[aid]:
                    parties[aid].append(name)
                if town_id is not None:
                    party_towns[aid].add(town_id)
        twins = [self.twinnings[t] for t in self.twinning_ids]
        with_agreement: set[int] = set()
        for aid, (title, kind, status, signed, start, end) in heads.items():
            between = []
            for twin in twins:
                if status != "draft" and binds_both(party_towns[aid], twin.home, twin.partner):
                    between.append(self.name_of(twin.partner))
                    with_agreement.add(twin.id)
            self.agreements.append(
                AgreementFacts(
                    id=aid,
                    title=title,
                    kind=kind,
                    status=status,
                    parties=tuple(parties[aid]),
                    signed=signed,
                    valid_from=start,
                    valid_to=end,
                    between_twins=tuple(between),
                )
            )
        self.agreements.sort(key=lambda a: (a.signed or a.valid_from or date.max, a.id))
        self.without_agreement = [
            self.name_of(t.partner)
            for t in twins
            if t.id not in with_agreement and t.end is None and t.stored_status != "ended"
        ]

    def name_of(self, town_id: int) -> str:
        """The town's name, read from the register when the reader has not seen it."""
        name = self._name(town_id)
        if name:
            return name
        found = self.session.scalar(select(m.Town.name).where(m.Town.id == town_id))
        return found or ""

    def _period_bounds(self) -> tuple[date, date]:
        return date(self.period[0], 1, 1), date(self.period[1], 12, 31)

    def _read_meetings(self) -> None:
        if not self.network_ids:
            return
        mt = m.NetworkMeeting
        host = aliased(m.Town)
        query = (
            select(
                mt.id,
                m.Network.name,
                mt.year,
                mt.kind,
                host.name,
                mt.place,
                mt.start_date,
                mt.end_date,
            )
            .join(m.Network, m.Network.id == mt.network_id)
            .outerjoin(host, host.id == mt.host_town_id)
            .where(
                mt.network_id.in_(self.network_ids),
                mt.year >= self.period[0],
                mt.year <= self._last_year_read(),
            )
            .order_by(mt.year, mt.start_date, mt.id)
        )
        for mid, network, year, kind, host_name, place, start, end in self.session.execute(query):
            facts = MeetingFacts(mid, network, year, kind, host_name, place, start, end)
            if self.after_today(start, year):
                self.planned_meetings.append(facts)
            else:
                self.meetings.append(facts)

    def _last_year_read(self) -> int:
        """The last year of meetings, activities and trips to read.

        A period that reaches the report's day also looks past its end: what is
        planned next year is told as coming (the survey spoke of the September
        seminar), not lost. A period wholly before the day ends where it ends.
        """
        return 9999 if self.period[1] >= self.today.year else self.period[1]

    def after_today(self, day: date | None, year: int | None = None) -> bool:
        """Whether a thing dated ``day`` (or only ``year``) lies after the report's day.

        A bare year counts as after only when the whole year is: the register
        does not say whether a meeting of the report's own year was before it.
        """
        if day is not None:
            return day > self.today
        return year is not None and year > self.today.year

    def _read_activities(self) -> None:
        towns = sorted(self.towns)
        if not towns:
            return
        first, _last = self._period_bounds()
        last = date(self._last_year_read(), 12, 31)
        found: list[ActivityFacts] = []
        for kind, model, links, key in (
            ("activity", m.Activity, m.activity_towns, m.activity_towns.c.activity_id),
            ("trip", m.Trip, m.trip_towns, m.trip_towns.c.trip_id),
        ):
            in_period = or_(
                model.start_date.is_(None),
                and_(
                    model.start_date <= last,
                    func.coalesce(model.end_date, model.start_date) >= first,
                ),
            )
            columns = [model.id, model.title, model.start_date, model.end_date]
            if model is m.Activity:
                columns += [m.Activity.kind, m.Activity.area, m.Activity.description]
            else:
                columns += [m.Trip.status, m.Trip.status, m.Trip.purpose]
            query = (
                select(*columns, m.Town.name)
                .join(links, key == model.id)
                .join(m.Town, m.Town.id == links.c.town_id)
                .where(in_period)
                .order_by(model.id, m.Town.name)
            )
            if model is m.Trip:
                query = query.where(m.Trip.status != "cancelled")
            heads: dict[int, tuple[str, date | None, date | None, str, str | None, str | None]] = {}
            names: dict[int, list[str]] = defaultdict(list)
            for chunk in in_chunks(towns):
                chosen = links.alias("chosen")
                ids = select(chosen.c[key.name]).where(chosen.c.town_id.in_(chunk))
                for row in self.session.execute(query.where(model.id.in_(ids))):
                    rid, title, start, end, what, area, text, town = list(row)
                    heads[rid] = (
                        title, start, end, what if kind == "activity" else "trip", area, text,
                    )  # fmt: skip
                    if town not in names[rid]:  # found again through another chunk
                        names[rid].append(town)
            for rid, (title, start, end, what, area, text) in heads.items():
                found.append(
                    ActivityFacts(
                        record_kind=kind,
                        id=rid,
                        title=title,
                        kind=what,
                        towns=tuple(names[rid]),
                        area=area if kind == "activity" else None,
                        start=start,
                        end=end,
                        description=text.strip() if text and text.strip() else None,
                    )
                )
        found.sort(key=lambda a: (a.start is None, a.start or date.max, a.record_kind, a.id))
        self.activities = [a for a in found if not self.after_today(a.start)]
        self.planned_activities = [a for a in found if self.after_today(a.start)]

    def _read_grants(self) -> None:
        towns = sorted(self.towns)
        if not towns:
            return
        g, org = m.Grant, m.Organisation
        payer = aliased(m.Town)
        place = aliased(m.Town)
        query = (
            select(g.id, org.name, place.name, payer.name, g.year, g.amount, g.currency)
            .join(org, org.id == g.organisation_id)
            .outerjoin(place, place.id == org.town_id)
            .outerjoin(payer, payer.id == g.payer_town_id)
            # A grant of a year after the report's is not known on its day.
            .where(g.year >= self.period[0], g.year <= min(self.period[1], self.today.year))
            .order_by(g.year, org.name, g.id)
        )
        found: dict[int, GrantFacts] = {}
        for chunk in in_chunks(towns):
            for gid, recipient, town, payer_name, year, amount, currency in self.session.execute(
                query.where(or_(org.town_id.in_(chunk), g.payer_town_id.in_(chunk)))
            ):
                found[gid] = GrantFacts(
                    gid, recipient, year, amount, currency or "SEK", town, payer_name
                )
        self.grants = sorted(found.values(), key=lambda gr: (gr.year, gr.recipient, gr.id))
